import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_SYNC_SCHEDULE } from '../administrations/administration.dto.js';
import { queryRows } from '../core/sql.js';
import { dueModes, type ScheduleSettings } from './schedule-due.js';
import { SyncRunRequester } from './sync-run-requester.js';

interface ScheduleRow {
  tenant_id: string;
  id: string;
  sync_schedule: Partial<ScheduleSettings> | null;
  created_at: Date;
  last_incremental_at: Date | null;
  last_reconciliation_at: Date | null;
}

/**
 * Requests the runs the schedules make due (every minute, from one worker: a BullMQ job
 * scheduler). Only enabled administrations on active connections: one that needs a reconnect
 * makes no calls until it is reconnected. Requests coalesce with runs already waiting, so a
 * late or doubled tick queues nothing twice.
 */
@Injectable()
export class SyncSchedulePlanner {
  private readonly logger = new Logger(SyncSchedulePlanner.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SyncRunRequester) private readonly runs: SyncRunRequester,
  ) {}

  /** Returns how many runs it requested (new or joined). */
  async plan(now = Date.now()): Promise<number> {
    // A maintenance scan across tenants; every request it makes is scoped to one.
    const rows = await queryRows<ScheduleRow>(
      this.dataSource,
      `SELECT a.tenant_id, a.id, a.sync_schedule, a.created_at,
              (SELECT max(r.queued_at) FROM sync_runs r WHERE r.administration_id = a.id AND r.mode IN ('incremental', 'full')) AS last_incremental_at,
              (SELECT max(r.queued_at) FROM sync_runs r WHERE r.administration_id = a.id AND r.mode = 'reconciliation') AS last_reconciliation_at
         FROM administrations a JOIN connections c ON c.tenant_id = a.tenant_id AND c.id = a.connection_id
        WHERE a.enabled AND c.status = 'active'`,
      [],
    );
    let requested = 0;
    for (const row of rows) {
      const schedule = { ...DEFAULT_SYNC_SCHEDULE, ...(row.sync_schedule ?? {}) };
      const history = {
        lastIncrementalAt: row.last_incremental_at?.getTime() ?? null,
        lastReconciliationAt: row.last_reconciliation_at?.getTime() ?? null,
        createdAt: row.created_at.getTime(),
      };
      for (const mode of dueModes(schedule, history, now)) {
        try {
          await this.runs.request({ tenantId: row.tenant_id, administrationId: row.id, mode, trigger: 'schedule' });
          requested += 1;
        } catch (error) {
          // One administration's trouble (deleted meanwhile) must not starve the others.
          this.logger.warn({ administrationId: row.id, mode, err: error }, 'could not request a scheduled sync');
        }
      }
    }
    return requested;
  }
}
