import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { ConnectionStatus } from '../database/entities/connection.entity.js';
import { CURSOR_COLUMN, decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../http/pagination.js';
import type { ConnectionError } from './connection-error.js';
import type { ConnectionView } from './connection.dto.js';

interface ConnectionRow {
  id: string;
  platform: string;
  status: ConnectionStatus;
  display_name: string;
  external_account_id: string | null;
  base_url: string | null;
  last_error: unknown;
  administrations_count: number;
  created_at: Date;
  updated_at: Date;
}

// Never the credential columns: what is not selected cannot leak into a response.
const COLUMNS = `id, platform, status, display_name, external_account_id, base_url, last_error, created_at, updated_at,
  (SELECT count(*)::int FROM administrations a WHERE a.tenant_id = c.tenant_id AND a.connection_id = c.id) AS administrations_count`;

/** Connections of the caller's tenant only: another tenant's connection is simply not found. */
@Injectable()
export class ConnectionService {
  private readonly logger = new Logger(ConnectionService.name);

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(tenantId: string, limit = DEFAULT_PAGE_SIZE, cursor?: string): Promise<Page<ConnectionView>> {
    const after = decodeCursor(cursor);
    const rows = await queryRows<ConnectionRow & { cursor_created_at: string }>(
      this.dataSource,
      `SELECT ${COLUMNS}, ${CURSOR_COLUMN} FROM connections c
        WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2::timestamptz, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [tenantId, after?.createdAt ?? null, after?.id ?? null, limit + 1],
    );
    return toPage(rows, limit, present);
  }

  async get(tenantId: string, id: string): Promise<ConnectionView> {
    const [row] = await queryRows<ConnectionRow>(this.dataSource, `SELECT ${COLUMNS} FROM connections c WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    if (row === undefined) throw new NotFoundException(`Connection ${id} not found`);
    return present(row);
  }

  /**
   * Destroys the credentials (ciphertext gone, not just flagged), marks the connection revoked
   * and disables its administrations, in one statement. The UPDATE waits for a token refresh
   * holding the row lock, and that refresh re-reads the row, so no refresh writes tokens back.
   */
  async revoke(tenantId: string, id: string): Promise<ConnectionView> {
    const revoked = await queryRows<{ id: string }>(
      this.dataSource,
      `WITH revoked AS (
         UPDATE connections
            SET status = 'revoked', credentials_key_id = NULL, credentials_ciphertext = NULL,
                credentials_version = credentials_version + 1, updated_at = now()
          WHERE tenant_id = $1 AND id = $2
          RETURNING id
       ), disabled AS (
         UPDATE administrations SET enabled = false, updated_at = now()
          WHERE tenant_id = $1 AND connection_id IN (SELECT id FROM revoked) AND enabled
       )
       SELECT id FROM revoked`,
      [tenantId, id],
    );
    if (revoked.length === 0) throw new NotFoundException(`Connection ${id} not found`);
    this.logger.log({ msg: 'connection revoked, credentials destroyed', tenantId, connectionId: id });
    return this.get(tenantId, id);
  }
}

function present(row: ConnectionRow): ConnectionView {
  return {
    id: row.id,
    platform: row.platform,
    status: row.status,
    displayName: row.display_name,
    externalAccountId: row.external_account_id,
    baseUrl: row.base_url,
    lastError: lastErrorOf(row.last_error),
    administrationsCount: row.administrations_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The stored JSON, reduced to the documented fields (whoever wrote it). */
function lastErrorOf(raw: unknown): ConnectionError | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  const error: ConnectionError = {
    class: text(record.class, 'unknown'),
    message: text(record.message, ''),
    stage: text(record.stage, 'unknown'),
    at: text(record.at, ''),
  };
  if (typeof record.platformStatus === 'number') error.platformStatus = record.platformStatus;
  return error;
}
