import type { KnownRecordLookup } from '@hub/connectors';
import type { Resource } from '@hub/mapping';
import type { DataSource } from 'typeorm';
import { tableFor } from './resource-tables.js';
import type { StoreScope } from './store-scope.js';

/**
 * What the hub has stored for one administration, for connectors that need it while pulling
 * (the port's KnownRecordLookup): content fingerprints, and invoice ids by number for payments
 * that name their invoice by number only. Read-only, scoped to the tenant's administration.
 */
export class StoredRecordLookup implements KnownRecordLookup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: StoreScope,
  ) {}

  async fingerprints(resource: Resource, externalIds: string[]): Promise<Map<string, string>> {
    if (externalIds.length === 0) return new Map();
    const rows: { external_id: string; fingerprint: string }[] = await this.dataSource.query(
      `SELECT external_id, encode(content_hash, 'hex') AS fingerprint FROM ${tableFor(resource)}
        WHERE tenant_id = $1 AND administration_id = $2 AND external_id = ANY($3::text[]) AND removed_at IS NULL`,
      [this.scope.tenantId, this.scope.administrationId, [...new Set(externalIds)]],
    );
    return new Map(rows.map((row) => [row.external_id, row.fingerprint]));
  }

  async invoiceIdsByNumber(numbers: readonly string[]): Promise<Map<string, string>> {
    if (numbers.length === 0) return new Map();
    // A number used twice (an invoice and its credit note share none, but a re-issued number can) names nothing for sure.
    const rows: { number: string; external_id: string }[] = await this.dataSource.query(
      `SELECT number, min(external_id) AS external_id FROM invoices
        WHERE tenant_id = $1 AND administration_id = $2 AND number = ANY($3::text[]) AND removed_at IS NULL AND kind = 'invoice'
        GROUP BY number HAVING count(*) = 1`,
      [this.scope.tenantId, this.scope.administrationId, [...new Set(numbers)]],
    );
    return new Map(rows.map((row) => [row.number, row.external_id]));
  }
}
