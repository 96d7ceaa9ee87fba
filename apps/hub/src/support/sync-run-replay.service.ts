import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/roles.js';
import { queryRows } from '../core/sql.js';
import { SyncRunRequester } from '../sync/sync-run-requester.js';
import { planBulkReplay, type PlannedReplay, type ReplayCandidate, storedResources } from './bulk-replay-plan.js';
import { requestedBy } from './requested-by.js';
import { orAdministrationNotFound } from './run-request-errors.js';
import { SqlParams } from './sql-params.js';
import { syncRunConditions } from './sync-run-filters.js';
import { SyncRunQueryService } from './sync-run-query.service.js';
import { type BulkReplayDto, FINISHED_RUN_STATUSES, type FinishedRunStatus } from './sync-run.dto.js';
import type { BulkReplayView, RunAcceptedView } from './sync-run.view.js';

/** At most this many finished runs are matched by one bulk replay (documented in the OpenAPI description). */
export const BULK_REPLAY_CAP = 500;

interface CandidateRow {
  id: string;
  administration_id: string;
  mode: ReplayCandidate['mode'];
  resources: string[] | null;
}

/**
 * Replays: a replay is a new `replay` run of the same administration, mode and resources, linked
 * to the run it replays (`replay_of`) and naming who asked (`requested_by`).
 */
@Injectable()
export class SyncRunReplayService {
  private readonly logger = new Logger(SyncRunReplayService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SyncRunQueryService) private readonly runs: SyncRunQueryService,
    @Inject(SyncRunRequester) private readonly requester: SyncRunRequester,
  ) {}

  async replayOne(principal: Principal, runId: string): Promise<RunAcceptedView> {
    const run = await this.runs.findRow(principal.tenantId, runId);
    if (run === null) throw new NotFoundException(`Sync run ${runId} not found`);
    if (!isFinished(run.status)) throw new ConflictException(`Sync run ${runId} is ${run.status}: only a finished run can be replayed`);
    // A replay of this run that has not started yet will do exactly this work: join it (a double click is one replay).
    const [waiting] = await queryRows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM sync_runs WHERE tenant_id = $1 AND replay_of = $2 AND status = 'queued' ORDER BY queued_at LIMIT 1`,
      [principal.tenantId, runId],
    );
    if (waiting !== undefined) return { runId: waiting.id, coalesced: true };
    const replay = await this.request(principal, {
      replayOf: run.id,
      administrationId: run.administration_id,
      mode: run.mode,
      resources: storedResources(run.resources),
    });
    return { runId: replay, coalesced: false };
  }

  async replayMany(principal: Principal, filter: BulkReplayDto): Promise<BulkReplayView> {
    const params = new SqlParams();
    const conditions = syncRunConditions(params, principal.tenantId, {
      administrationId: filter.administrationId,
      statuses: [filter.status ?? 'failed'],
      since: filter.since,
      errorClass: filter.errorClass,
    });
    const rows = await queryRows<CandidateRow>(
      this.dataSource,
      `SELECT id, administration_id, mode, resources FROM sync_runs
        WHERE ${conditions.join(' AND ')}
        ORDER BY queued_at DESC, id DESC LIMIT ${params.add(BULK_REPLAY_CAP + 1)}`,
      params.values,
    );
    const matched = rows.slice(0, BULK_REPLAY_CAP).map(
      (row): ReplayCandidate => ({ id: row.id, administrationId: row.administration_id, mode: row.mode, resources: row.resources }),
    );
    const busy = await this.administrationsReplaying(principal.tenantId, matched);
    const runIds: string[] = [];
    for (const planned of planBulkReplay(matched, busy)) runIds.push(await this.request(principal, planned));
    this.logger.log(
      { event: 'sync.bulk_replay', tenantId: principal.tenantId, filter, matched: matched.length, skippedAdministrations: busy.size, runIds, requestedBy: requestedBy(principal) },
      'bulk replay requested',
    );
    return { runIds, matched: matched.length, capped: rows.length > BULK_REPLAY_CAP };
  }

  /** Administrations among the candidates' with a replay still queued or running. */
  private async administrationsReplaying(tenantId: string, candidates: readonly ReplayCandidate[]): Promise<Set<string>> {
    const administrationIds = [...new Set(candidates.map((candidate) => candidate.administrationId))];
    if (administrationIds.length === 0) return new Set();
    const rows = await queryRows<{ administration_id: string }>(
      this.dataSource,
      `SELECT DISTINCT administration_id FROM sync_runs
        WHERE tenant_id = $1 AND administration_id = ANY($2::uuid[]) AND trigger = 'replay' AND status IN ('queued', 'running')`,
      [tenantId, administrationIds],
    );
    return new Set(rows.map((row) => row.administration_id));
  }

  private async request(principal: Principal, planned: PlannedReplay): Promise<string> {
    const by = requestedBy(principal);
    const { runId } = await orAdministrationNotFound(planned.administrationId, () =>
      this.requester.request({
        tenantId: principal.tenantId,
        administrationId: planned.administrationId,
        mode: planned.mode,
        trigger: 'replay',
        resources: planned.resources,
        replayOf: planned.replayOf,
        requestedBy: by,
      }),
    );
    this.logger.log({ event: 'sync.replay_requested', tenantId: principal.tenantId, administrationId: planned.administrationId, replayOf: planned.replayOf, runId, requestedBy: by }, 'sync run replay requested');
    return runId;
  }
}

function isFinished(status: string): status is FinishedRunStatus {
  return (FINISHED_RUN_STATUSES as readonly string[]).includes(status);
}
