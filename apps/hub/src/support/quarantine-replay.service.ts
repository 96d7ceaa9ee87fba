import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { isConnectorError } from '@hub/connectors';
import type { Resource } from '@hub/mapping';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/roles.js';
import { queryRows } from '../core/sql.js';
import { CanonicalStore, type StoreScope } from '../store/index.js';
import { CONNECTOR_RESOLVER, type ConnectorResolver } from '../sync/connector-resolver.js';
import { QuarantineStore } from '../sync/quarantine-store.js';
import { connectorHttpError } from './connector-http-error.js';
import { presentQuarantined } from './present-quarantine.js';
import { QuarantineQueryService } from './quarantine-query.service.js';
import type { QuarantineReplayView } from './quarantine.view.js';
import { asResource, classifyFetched, type FetchedRecord } from './replay-outcome.js';
import { requestedBy } from './requested-by.js';

type ReplayResult = Omit<QuarantineReplayView, 'requestedBy' | 'requestedAt' | 'quarantinedRecord'>;

/**
 * Replays one quarantined record: re-reads it from the platform with the administration's
 * connector (which maps it with today's mapper) and, unless it is a dry run, stores the outcome.
 * The quarantine table has no column for who asked, so that goes to the response and the log.
 */
@Injectable()
export class QuarantineReplayService {
  private readonly logger = new Logger(QuarantineReplayService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(QuarantineQueryService) private readonly records: QuarantineQueryService,
    @Inject(CONNECTOR_RESOLVER) private readonly resolver: ConnectorResolver,
    @Inject(CanonicalStore) private readonly store: CanonicalStore,
    @Inject(QuarantineStore) private readonly quarantine: QuarantineStore,
  ) {}

  async replay(principal: Principal, id: string, dryRun: boolean): Promise<QuarantineReplayView> {
    const requestedAt = new Date().toISOString();
    const row = await this.records.findRow(principal.tenantId, id);
    if (row === null) throw new NotFoundException(`Quarantined record ${id} not found`);
    if (row.external_id === null) {
      throw new ConflictException(
        `Quarantined record ${id} has no external id, so it cannot be re-read from the platform; the next full sync of the administration retries it`,
      );
    }
    const resource = asResource(row.resource);
    if (resource === null) throw new ConflictException(`Quarantined record ${id} is of an unknown resource "${row.resource}" and cannot be re-read`);

    const scope: StoreScope = { tenantId: principal.tenantId, administrationId: row.administration_id };
    const fetched = await this.fetch(scope, resource, row.external_id);
    const result = dryRun ? preview(fetched) : await this.apply(scope, resource, row.id, row.external_id, fetched);
    const after = dryRun ? row : await this.records.findRow(principal.tenantId, id);
    const by = requestedBy(principal);
    this.logger.log(
      {
        event: 'quarantine.replay',
        quarantinedRecordId: id,
        tenantId: principal.tenantId,
        administrationId: row.administration_id,
        resource,
        externalId: row.external_id,
        dryRun,
        outcome: result.outcome,
        requestedBy: by,
        requestedAt,
      },
      'quarantined record replayed',
    );
    return { ...result, quarantinedRecord: presentQuarantined(after ?? row), requestedBy: by, requestedAt };
  }

  private async fetch(scope: StoreScope, resource: Resource, externalId: string): Promise<FetchedRecord> {
    try {
      const resolved = await this.resolver.resolve(scope.tenantId, scope.administrationId);
      if (resolved.scope.tenantId !== scope.tenantId || resolved.scope.administrationId !== scope.administrationId) {
        throw new Error(`the connector resolver answered for administration ${resolved.scope.administrationId}, not ${scope.administrationId}`);
      }
      return classifyFetched(await resolved.connector.fetchOne(resource, externalId));
    } catch (error) {
      if (isConnectorError(error)) throw connectorHttpError(error);
      throw error;
    }
  }

  /** Stores the outcome; the canonical write and the quarantine change commit together or not at all. */
  private async apply(scope: StoreScope, resource: Resource, id: string, externalId: string, fetched: FetchedRecord): Promise<ReplayResult> {
    switch (fetched.outcome) {
      case 'mapped':
        return this.dataSource.transaction(async (manager) => {
          const stored = await this.store.upsert(scope, resource, [fetched.record], manager);
          await this.quarantine.release(manager, scope, resource, [externalId]);
          return { dryRun: false, outcome: 'mapped', record: fetched.record, stored };
        });
      case 'gone':
        return this.dataSource.transaction(async (manager) => {
          const removed = await this.store.markRemoved(scope, resource, [externalId], manager);
          await this.quarantine.release(manager, scope, resource, [externalId]);
          return { dryRun: false, outcome: 'gone', removed: removed > 0 };
        });
      case 'failed':
        await this.stillFailing(scope, id, fetched);
        return { dryRun: false, outcome: 'failed', error: fetched.failure.error.toJSON() };
    }
  }

  /** Today's raw payload and error, one more occurrence, and back to quarantined if it had been released. */
  private async stillFailing(scope: StoreScope, id: string, fetched: Extract<FetchedRecord, { outcome: 'failed' }>): Promise<void> {
    await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE quarantined_records
          SET raw_payload = $3::jsonb, error = $4::jsonb, occurrences = occurrences + 1,
              status = 'quarantined', released_at = NULL, updated_at = now()
        WHERE tenant_id = $1 AND id = $2
        RETURNING id`,
      [scope.tenantId, id, JSON.stringify(fetched.failure.raw ?? null), JSON.stringify(fetched.failure.error.toJSON())],
    );
  }
}

function preview(fetched: FetchedRecord): ReplayResult {
  switch (fetched.outcome) {
    case 'mapped':
      return { dryRun: true, outcome: 'mapped', record: fetched.record };
    case 'failed':
      return { dryRun: true, outcome: 'failed', error: fetched.failure.error.toJSON() };
    case 'gone':
      return { dryRun: true, outcome: 'gone' };
  }
}
