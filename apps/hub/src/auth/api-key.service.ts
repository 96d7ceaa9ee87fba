import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { queryRows } from '../core/sql.js';
import { DataSource, type EntityManager } from 'typeorm';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key-secret.js';
import type { ApiKeyRole, Principal } from './roles.js';

export interface ApiKeyView {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface ApiKeyRow {
  id: string;
  tenant_id: string;
  name: string;
  role: ApiKeyRole;
  key_prefix: string;
  key_hash: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Writing last_used_at on every request would turn every read into a write; once a minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Creates a key; the plain key is returned once and never stored. */
  async create(tenantId: string, name: string, role: ApiKeyRole, manager: EntityManager = this.dataSource.manager): Promise<{ apiKey: string; view: ApiKeyView }> {
    const generated = generateApiKey();
    const rows = await queryRows<ApiKeyRow>(manager, 
      `INSERT INTO api_keys (tenant_id, name, role, key_prefix, key_hash) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [tenantId, name, role, generated.prefix, generated.hash],
    );
    return { apiKey: generated.key, view: present(rows[0]) };
  }

  /** The principal a key stands for, or null when it is unknown, malformed or revoked. */
  async authenticate(key: string): Promise<Principal | null> {
    const prefix = apiKeyPrefix(key);
    if (prefix === null) return null;
    const rows = await queryRows<ApiKeyRow>(this.dataSource, `SELECT * FROM api_keys WHERE key_prefix = $1 AND revoked_at IS NULL`, [prefix]);
    const row = rows[0];
    if (!row || !apiKeyMatches(key, row.key_hash)) return null;
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [row.id]);
    }
    return { tenantId: row.tenant_id, apiKeyId: row.id, role: row.role };
  }

  async list(tenantId: string): Promise<ApiKeyView[]> {
    const rows = await queryRows<ApiKeyRow>(this.dataSource, `SELECT * FROM api_keys WHERE tenant_id = $1 ORDER BY created_at, id`, [tenantId]);
    return rows.map(present);
  }

  async revoke(tenantId: string, id: string): Promise<ApiKeyView> {
    const rows = await queryRows<ApiKeyRow>(this.dataSource, 
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE tenant_id = $1 AND id = $2 RETURNING *`,
      [tenantId, id],
    );
    if (!rows[0]) throw new NotFoundException(`API key ${id} not found`);
    return present(rows[0]);
  }
}

function present(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.key_prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
