import { Inject, Injectable } from '@nestjs/common';
import type { ExactCurrentUser, ExactDivision, ExactTokenSet } from '@hub/connectors';
import { DataSource, type EntityManager } from 'typeorm';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { queryRows } from '../core/sql.js';

export interface ExactGrant {
  tenantId: string;
  baseUrl: string;
  user: ExactCurrentUser;
  tokens: ExactTokenSet;
  divisions: readonly ExactDivision[];
}

export interface SavedAdministration {
  id: string;
  externalId: string;
  name: string;
}

export interface SavedExactConnection {
  connectionId: string;
  administrations: SavedAdministration[];
}

/**
 * Stores what a completed consent grants, in one transaction: the connection keyed by (tenant,
 * Exact user), so connecting the same user again updates it (new tokens, active, error cleared);
 * its tokens, encrypted; and one administration per granted division (keyed by division code).
 */
@Injectable()
export class ExactConnectionWriter {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConnectionCredentialStore) private readonly store: ConnectionCredentialStore,
  ) {}

  save(grant: ExactGrant): Promise<SavedExactConnection> {
    return this.dataSource.transaction(async (manager) => {
      const { connectionId, wasRevoked } = await this.upsertConnection(manager, grant);
      await this.store.write(manager, connectionId, grant.tokens);
      const administrations = await this.upsertAdministrations(manager, grant, connectionId, wasRevoked);
      return { connectionId, administrations };
    });
  }

  private async upsertConnection(manager: EntityManager, grant: ExactGrant): Promise<{ connectionId: string; wasRevoked: boolean }> {
    const [row] = await queryRows<{ id: string; previous_status: string | null }>(
      manager,
      `WITH previous AS (
         SELECT status FROM connections WHERE tenant_id = $1 AND platform = 'exact-online' AND external_account_id = $2
       )
       INSERT INTO connections (tenant_id, platform, status, display_name, external_account_id, base_url)
       VALUES ($1, 'exact-online', 'active', $3, $2, $4)
       ON CONFLICT (tenant_id, platform, external_account_id) WHERE external_account_id IS NOT NULL
       DO UPDATE SET status = 'active', display_name = EXCLUDED.display_name, base_url = EXCLUDED.base_url,
                     last_error = NULL, updated_at = now()
       RETURNING id, (SELECT status FROM previous) AS previous_status`,
      [grant.tenantId, grant.user.userId, displayNameOf(grant.user), grant.baseUrl],
    );
    return { connectionId: row.id, wasRevoked: row.previous_status === 'revoked' };
  }

  /**
   * A division granted again keeps its administration (and settings). It moves to this
   * connection, the latest consent; it is enabled again when it was disabled only because its
   * connection had been revoked, and otherwise keeps the enabled flag its users set.
   */
  private upsertAdministrations(manager: EntityManager, grant: ExactGrant, connectionId: string, wasRevoked: boolean): Promise<SavedAdministration[]> {
    // One row per code: ON CONFLICT cannot update the same row twice in one statement.
    const divisions = [...new Map(grant.divisions.map((division) => [division.code, division])).values()];
    const codes = divisions.map((division) => String(division.code));
    const names = divisions.map((division) => division.description ?? `Division ${division.code}`);
    return queryRows<{ id: string; external_id: string; name: string }>(
      manager,
      `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name)
       SELECT $1, $2, 'exact-online', division.code, division.name
         FROM unnest($3::text[], $4::text[]) AS division (code, name)
       ON CONFLICT (tenant_id, platform, external_id) DO UPDATE
         SET name = EXCLUDED.name,
             connection_id = EXCLUDED.connection_id,
             enabled = administrations.enabled
               OR (administrations.connection_id = $2 AND $5::boolean)
               OR EXISTS (SELECT 1 FROM connections c WHERE c.id = administrations.connection_id AND c.id <> $2 AND c.status = 'revoked'),
             updated_at = now()
       RETURNING id, external_id, name`,
      [grant.tenantId, connectionId, codes, names, wasRevoked],
    ).then((rows) => rows.map((row) => ({ id: row.id, externalId: row.external_id, name: row.name })));
  }
}

function displayNameOf(user: ExactCurrentUser): string {
  return `Exact Online (${user.fullName ?? user.email ?? user.userId})`;
}
