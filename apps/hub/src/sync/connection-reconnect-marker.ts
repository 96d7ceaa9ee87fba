import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { ConnectionError } from '../connections/connection-error.js';
import type { StoreScope } from '../store/index.js';
import type { RunErrorDetails } from './sync-request.js';

/**
 * An `auth` failure means the platform refuses the stored credentials: the connection becomes
 * `needs_reconnect`, which stops every administration on it from scheduling calls until the
 * accountant reconnects (no retry storm against a revoked grant).
 */
@Injectable()
export class ConnectionReconnectMarker {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Returns whether this call changed the status (false when it was not active any more). */
  async markNeedsReconnect(scope: StoreScope, error: RunErrorDetails, at = new Date()): Promise<boolean> {
    const lastError: ConnectionError = { class: error.errorClass, message: error.message, stage: 'sync', at: at.toISOString() };
    if (error.platformStatus !== null) lastError.platformStatus = error.platformStatus;
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE connections c SET status = 'needs_reconnect', last_error = $3, updated_at = now()
         FROM administrations a
        WHERE a.tenant_id = $1 AND a.id = $2 AND c.tenant_id = a.tenant_id AND c.id = a.connection_id AND c.status = 'active'
        RETURNING c.id`,
      [scope.tenantId, scope.administrationId, JSON.stringify(lastError)],
    );
    return rows.length > 0;
  }
}
