import { Injectable } from '@nestjs/common';
import type { MappingFailure } from '@hub/connectors';
import type { Resource } from '@hub/mapping';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../core/sql.js';
import type { StoreScope } from '../store/index.js';

/**
 * `quarantined_records`: raw records that failed mapping, one row per (administration,
 * resource, external id) so a record failing on every run is one row with a growing
 * `occurrences`; records without an id get a row each. Every call takes the page's
 * transaction manager.
 */
@Injectable()
export class QuarantineStore {
  async quarantine(manager: EntityManager, scope: StoreScope, runId: string, resource: Resource, failures: readonly MappingFailure[]): Promise<void> {
    const rows = latestPerExternalId(failures);
    if (rows.length === 0) return;
    await queryRows(
      manager,
      `INSERT INTO quarantined_records AS q
              (tenant_id, administration_id, resource, external_id, raw_payload, error, first_run_id, last_run_id)
       SELECT $1, $2, $3, f.external_id, f.raw::jsonb, f.error::jsonb, $4, $4
         FROM unnest($5::text[], $6::text[], $7::text[]) AS f(external_id, raw, error)
       ON CONFLICT (administration_id, resource, external_id) WHERE external_id IS NOT NULL DO UPDATE
          SET raw_payload = EXCLUDED.raw_payload, error = EXCLUDED.error, status = 'quarantined',
              occurrences = q.occurrences + 1, last_run_id = EXCLUDED.last_run_id, updated_at = now(), released_at = NULL
        WHERE q.tenant_id = EXCLUDED.tenant_id`,
      [
        scope.tenantId,
        scope.administrationId,
        resource,
        runId,
        rows.map((failure) => failure.externalId),
        rows.map((failure) => JSON.stringify(failure.raw ?? null)),
        rows.map((failure) => JSON.stringify(failure.error.toJSON())),
      ],
    );
  }

  /** Marks quarantined records released whose external ids have now mapped cleanly; returns how many. */
  async release(manager: EntityManager, scope: StoreScope, resource: Resource, externalIds: readonly string[]): Promise<number> {
    if (externalIds.length === 0) return 0;
    const released = await queryRows<{ id: string }>(
      manager,
      `UPDATE quarantined_records SET status = 'released', released_at = now(), updated_at = now()
        WHERE tenant_id = $1 AND administration_id = $2 AND resource = $3
          AND external_id = ANY($4::text[]) AND status = 'quarantined'
        RETURNING id`,
      [scope.tenantId, scope.administrationId, resource, [...new Set(externalIds)]],
    );
    return released.length;
  }
}

/** One upsert may touch a row only once: keep the last failure per id, every failure without one. */
function latestPerExternalId(failures: readonly MappingFailure[]): MappingFailure[] {
  const withoutId: MappingFailure[] = [];
  const byId = new Map<string, MappingFailure>();
  for (const failure of failures) {
    if (failure.externalId === null) withoutId.push(failure);
    else byId.set(failure.externalId, failure);
  }
  return [...byId.values(), ...withoutId];
}
