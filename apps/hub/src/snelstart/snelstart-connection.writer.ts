import { Inject, Injectable } from '@nestjs/common';
import type { SnelStartCompanyInfo } from '@hub/connectors';
import { DataSource, type EntityManager } from 'typeorm';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { queryRows, type SqlExecutor } from '../core/sql.js';
import { storedSnelStartKey } from './stored-snelstart-key.js';

/** A koppelsleutel that SnelStart accepted, and the administratie it opens. */
export interface SnelStartGrant {
  tenantId: string;
  koppelsleutel: string;
  companyInfo: SnelStartCompanyInfo;
  /** The caller's name for the administration; default SnelStart's. */
  name: string | null;
}

export interface SavedSnelStartConnection {
  connectionId: string;
  administrationId: string;
}

/**
 * Stores a tested koppelsleutel, in the caller's transaction: the connection keyed by (tenant,
 * administratie id), so connecting the same administratie again (pasted or activated) updates it
 * (new key, active, error cleared); the key, encrypted; and its one administration.
 */
@Injectable()
export class SnelStartConnectionWriter {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConnectionCredentialStore) private readonly store: ConnectionCredentialStore,
  ) {}

  save(grant: SnelStartGrant, manager?: EntityManager): Promise<SavedSnelStartConnection> {
    if (manager === undefined) return this.dataSource.transaction((inner) => this.save(grant, inner));
    return this.saveIn(manager, grant);
  }

  /** `Regenerate`: the connection's key is replaced, and a connection that needed a new key is usable again. */
  async replaceKey(executor: SqlExecutor, tenantId: string, connectionId: string, koppelsleutel: string): Promise<void> {
    await executor.query(`UPDATE connections SET status = 'active', last_error = NULL, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, connectionId]);
    await this.store.write(executor, connectionId, storedSnelStartKey(koppelsleutel));
  }

  private async saveIn(manager: EntityManager, grant: SnelStartGrant): Promise<SavedSnelStartConnection> {
    const { connectionId, wasRevoked } = await this.upsertConnection(manager, grant);
    await this.store.write(manager, connectionId, storedSnelStartKey(grant.koppelsleutel));
    const administrationId = await this.upsertAdministration(manager, grant, connectionId, wasRevoked);
    return { connectionId, administrationId };
  }

  private async upsertConnection(manager: EntityManager, grant: SnelStartGrant): Promise<{ connectionId: string; wasRevoked: boolean }> {
    const [row] = await queryRows<{ id: string; previous_status: string | null }>(
      manager,
      `WITH previous AS (
         SELECT status FROM connections WHERE tenant_id = $1 AND platform = 'snelstart' AND external_account_id = $2
       )
       INSERT INTO connections (tenant_id, platform, status, display_name, external_account_id)
       VALUES ($1, 'snelstart', 'active', $3, $2)
       ON CONFLICT (tenant_id, platform, external_account_id) WHERE external_account_id IS NOT NULL
       DO UPDATE SET status = 'active', display_name = EXCLUDED.display_name, last_error = NULL, updated_at = now()
       RETURNING id, (SELECT status FROM previous) AS previous_status`,
      [grant.tenantId, grant.companyInfo.administrationId, `SnelStart (${administrationNameOf(grant)})`],
    );
    return { connectionId: row.id, wasRevoked: row.previous_status === 'revoked' };
  }

  /**
   * An administratie connected again keeps its administration (and settings) and moves to this
   * connection; it is enabled again when it was disabled only because its connection was revoked.
   */
  private async upsertAdministration(manager: EntityManager, grant: SnelStartGrant, connectionId: string, wasRevoked: boolean): Promise<string> {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO administrations (tenant_id, connection_id, platform, external_id, name)
       VALUES ($1, $2, 'snelstart', $3, $4)
       ON CONFLICT (tenant_id, platform, external_id) DO UPDATE
         SET name = EXCLUDED.name,
             connection_id = EXCLUDED.connection_id,
             enabled = administrations.enabled
               OR (administrations.connection_id = $2 AND $5::boolean)
               OR EXISTS (SELECT 1 FROM connections c WHERE c.id = administrations.connection_id AND c.id <> $2 AND c.status = 'revoked'),
             updated_at = now()
       RETURNING id`,
      [grant.tenantId, connectionId, grant.companyInfo.administrationId, administrationNameOf(grant), wasRevoked],
    );
    return row.id;
  }
}

function administrationNameOf(grant: SnelStartGrant): string {
  const info = grant.companyInfo;
  return grant.name ?? info.administrationName ?? info.companyName ?? `Administratie ${info.administrationId}`;
}
