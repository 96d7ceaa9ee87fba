import { Inject, Injectable } from '@nestjs/common';
import type { Platform } from '@hub/mapping';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import { hashOAuthState, isWellFormedOAuthState, newOAuthState, OAUTH_STATE_TTL_MS } from './oauth-state.js';

export interface NewAuthorization {
  tenantId: string;
  apiKeyId: string;
  platform: Platform;
  /** The platform host the flow runs against (the Exact region). */
  baseUrl: string;
  redirectAfter: string | null;
}

/** A started flow whose state came back: who started it and where to continue. */
export interface PendingAuthorization {
  tenantId: string;
  apiKeyId: string;
  baseUrl: string;
  redirectAfter: string | null;
}

interface PendingRow {
  tenant_id: string;
  api_key_id: string;
  base_url: string;
  redirect_after: string | null;
}

// Consumed and expired states are kept a day for support, then purged.
const RETENTION = '1 day';

/** `oauth_states`: single-use, short-lived states bound to the tenant and API key that started the flow. */
@Injectable()
export class OAuthStateStore {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores a new flow and returns its state (only its hash is stored). */
  async create(authorization: NewAuthorization): Promise<string> {
    const state = newOAuthState();
    await this.dataSource.query(`DELETE FROM oauth_states WHERE expires_at < now() - $1::interval`, [RETENTION]);
    await this.dataSource.query(
      `INSERT INTO oauth_states (tenant_id, api_key_id, platform, state_hash, base_url, redirect_after, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + $7::integer * interval '1 millisecond')`,
      [authorization.tenantId, authorization.apiKeyId, authorization.platform, hashOAuthState(state), authorization.baseUrl, authorization.redirectAfter, OAUTH_STATE_TTL_MS],
    );
    return state;
  }

  /**
   * Consumes `state` in one statement: of concurrent callbacks with the same state at most one
   * gets the flow. Null for an unknown, replayed or expired state, another platform's state, or
   * one whose API key was revoked meanwhile.
   */
  async consume(platform: Platform, state: string): Promise<PendingAuthorization | null> {
    if (!isWellFormedOAuthState(state)) return null;
    const [row] = await queryRows<PendingRow>(
      this.dataSource,
      `UPDATE oauth_states s SET consumed_at = now()
        WHERE s.state_hash = $1 AND s.platform = $2 AND s.consumed_at IS NULL AND s.expires_at > now()
          AND EXISTS (SELECT 1 FROM api_keys k WHERE k.id = s.api_key_id AND k.tenant_id = s.tenant_id AND k.revoked_at IS NULL)
        RETURNING s.tenant_id, s.api_key_id, s.base_url, s.redirect_after`,
      [hashOAuthState(state), platform],
    );
    if (row === undefined) return null;
    return { tenantId: row.tenant_id, apiKeyId: row.api_key_id, baseUrl: row.base_url, redirectAfter: row.redirect_after };
  }
}
