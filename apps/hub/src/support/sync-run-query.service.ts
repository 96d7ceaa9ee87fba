import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '../core/sql.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, type Page, toPage } from '../http/pagination.js';
import { isUuid } from '../store/store-scope.js';
import { olderThan } from './page-cursor.js';
import { presentQuarantineSample, type QuarantineRow } from './present-quarantine.js';
import { presentSyncRun, SYNC_RUN_COLUMNS, type SyncRunRow } from './present-sync-run.js';
import { SqlParams } from './sql-params.js';
import { syncRunConditions } from './sync-run-filters.js';
import type { SyncRunListQuery } from './sync-run.dto.js';
import type { SyncRunDetailView, SyncRunView } from './sync-run.view.js';

const QUARANTINE_SAMPLE_SIZE = 10;

/** Reads sync runs of the caller's tenant, newest first; another tenant's run is not found. */
@Injectable()
export class SyncRunQueryService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(tenantId: string, query: SyncRunListQuery): Promise<Page<SyncRunView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params = new SqlParams();
    const conditions = [
      ...syncRunConditions(params, tenantId, {
        administrationId: query.administrationId,
        statuses: query.status === undefined ? undefined : [query.status],
        trigger: query.trigger,
        since: query.since,
        errorClass: query.errorClass,
      }),
      ...olderThan(params, 'queued_at', decodeCursor(query.cursor)),
    ];
    const rows = await queryRows<SyncRunRow & { cursor_created_at: string }>(
      this.dataSource,
      `SELECT ${SYNC_RUN_COLUMNS}, queued_at::text AS cursor_created_at FROM sync_runs
        WHERE ${conditions.join(' AND ')}
        ORDER BY queued_at DESC, id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    return toPage(rows, limit, presentSyncRun);
  }

  async get(tenantId: string, id: string): Promise<SyncRunDetailView> {
    const run = await this.findRow(tenantId, id);
    if (run === null) throw new NotFoundException(`Sync run ${id} not found`);
    const sample = await queryRows<QuarantineRow>(
      this.dataSource,
      `SELECT id, resource, external_id, error, status FROM quarantined_records
        WHERE tenant_id = $1 AND (last_run_id = $2 OR first_run_id = $2)
        ORDER BY created_at, id LIMIT ${QUARANTINE_SAMPLE_SIZE}`,
      [tenantId, id],
    );
    return { ...presentSyncRun(run), quarantineSample: sample.map(presentQuarantineSample) };
  }

  /** The tenant's run, or null (also for ids that are no uuid). */
  async findRow(tenantId: string, id: string): Promise<SyncRunRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await queryRows<SyncRunRow>(this.dataSource, `SELECT ${SYNC_RUN_COLUMNS} FROM sync_runs WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    return row ?? null;
  }
}
