import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { StoreScope } from '../store/index.js';

/**
 * Which administrations an Exact notification is for. A webhook carries no tenant, only the
 * division, and several firms may have connected the same division: this is the one lookup that
 * spans tenants, and it answers tenant-scoped pairs that everything after it uses.
 */
@Injectable()
export class ExactDivisionDirectory {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Enabled administrations of the division whose connection is active. */
  async administrationsOf(division: number): Promise<StoreScope[]> {
    const rows = await queryRows<{ tenant_id: string; id: string }>(
      this.dataSource,
      `SELECT a.tenant_id, a.id
         FROM administrations a
         JOIN connections c ON c.tenant_id = a.tenant_id AND c.id = a.connection_id
        WHERE a.platform = 'exact-online' AND a.external_id = $1 AND a.enabled AND c.status = 'active'
        ORDER BY a.tenant_id, a.id`,
      [String(division)],
    );
    return rows.map((row) => ({ tenantId: row.tenant_id, administrationId: row.id }));
  }
}
