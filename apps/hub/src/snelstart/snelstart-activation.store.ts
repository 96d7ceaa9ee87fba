import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows, type SqlExecutor } from '../core/sql.js';
import { ACTIVATION_TTL_MS, hashReferenceKey, isWellFormedReferenceKey, newReferenceKey } from './activation-reference.js';

export interface NewActivation {
  tenantId: string;
  apiKeyId: string;
  redirectAfter: string | null;
}

/** What a delivered ReferenceKey refers to. */
export type ActivationLookup =
  | { state: 'unknown' }
  /** Issued but unusable: expired, or the API key that asked for it was revoked. */
  | { state: 'expired' }
  | { state: 'pending'; id: string; tenantId: string }
  /** Consumed by a `Create`; `connectionId` is the connection it made (null only while that commits). */
  | { state: 'bound'; id: string; tenantId: string; connectionId: string | null };

interface ActivationRow {
  id: string;
  tenant_id: string;
  connection_id: string | null;
  consumed: boolean;
  usable: boolean;
}

// Unused activations are kept a day past expiry for support, then purged.
const RETENTION = '1 day';

/** `snelstart_activations`: single-use, expiring ReferenceKeys bound to a tenant and API key. */
@Injectable()
export class SnelStartActivationStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores a new activation and returns its ReferenceKey (only its hash is stored). */
  async create(activation: NewActivation): Promise<string> {
    const referenceKey = newReferenceKey();
    await this.dataSource.query(`DELETE FROM snelstart_activations WHERE consumed_at IS NULL AND expires_at < now() - $1::interval`, [RETENTION]);
    await this.dataSource.query(
      `INSERT INTO snelstart_activations (tenant_id, api_key_id, reference_hash, redirect_after, expires_at)
       VALUES ($1, $2, $3, $4, now() + $5::integer * interval '1 millisecond')`,
      [activation.tenantId, activation.apiKeyId, hashReferenceKey(referenceKey), activation.redirectAfter, ACTIVATION_TTL_MS],
    );
    return referenceKey;
  }

  async lookup(referenceKey: string): Promise<ActivationLookup> {
    if (!isWellFormedReferenceKey(referenceKey)) return { state: 'unknown' };
    const [row] = await queryRows<ActivationRow>(
      this.dataSource,
      `SELECT s.id, s.tenant_id, s.connection_id, s.consumed_at IS NOT NULL AS consumed,
              (s.expires_at > now() AND EXISTS (
                 SELECT 1 FROM api_keys k WHERE k.id = s.api_key_id AND k.tenant_id = s.tenant_id AND k.revoked_at IS NULL)) AS usable
         FROM snelstart_activations s WHERE s.reference_hash = $1`,
      [hashReferenceKey(referenceKey)],
    );
    if (row === undefined) return { state: 'unknown' };
    if (row.consumed) return { state: 'bound', id: row.id, tenantId: row.tenant_id, connectionId: row.connection_id };
    if (!row.usable) return { state: 'expired' };
    return { state: 'pending', id: row.id, tenantId: row.tenant_id };
  }

  /**
   * Consumes a pending activation inside the caller's transaction (the row stays locked until it
   * ends): of concurrent deliveries at most one gets it. False when it is no longer pending.
   */
  async consume(executor: SqlExecutor, id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      executor,
      `UPDATE snelstart_activations s SET consumed_at = now()
        WHERE s.id = $1 AND s.consumed_at IS NULL AND s.expires_at > now()
          AND EXISTS (SELECT 1 FROM api_keys k WHERE k.id = s.api_key_id AND k.tenant_id = s.tenant_id AND k.revoked_at IS NULL)
        RETURNING s.id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Binds a consumed activation to the connection its `Create` made (same transaction). */
  async bind(executor: SqlExecutor, id: string, tenantId: string, connectionId: string): Promise<void> {
    await executor.query(`UPDATE snelstart_activations SET connection_id = $3 WHERE id = $1 AND tenant_id = $2`, [id, tenantId, connectionId]);
  }
}
