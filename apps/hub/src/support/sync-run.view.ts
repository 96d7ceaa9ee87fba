// What the API shows of a sync run. Classes rather than interfaces so one declaration is both
// the TypeScript type and the OpenAPI schema.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RESOURCES } from '@hub/mapping';
import { QUARANTINE_STATUSES, SYNC_MODES, SYNC_RUN_STATUSES, SYNC_TRIGGERS, type QuarantineStatus, type SyncMode, type SyncRunStatus, type SyncTrigger } from '../database/entities/index.js';
import { MappingErrorView } from './quarantine.view.js';

export class SyncRunErrorView {
  @ApiProperty({ description: 'auth, rate_limited, transient, invalid_request, not_found, platform_bug, or internal (the hub itself failed)' })
  class!: string;

  @ApiProperty()
  message!: string;

  @ApiPropertyOptional({ description: 'The HTTP status the platform answered, when it answered' })
  platformStatus?: number;
}

export class SyncRunView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  administrationId!: string;

  @ApiProperty({ enum: SYNC_TRIGGERS })
  trigger!: SyncTrigger;

  @ApiProperty({ enum: SYNC_MODES })
  mode!: SyncMode;

  @ApiProperty({ enum: SYNC_RUN_STATUSES })
  status!: SyncRunStatus;

  @ApiProperty({ description: 'How many times the run was started (a run resumed after a crash counts again)' })
  attempt!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Who asked for a manual run or replay, e.g. api-key:<id>' })
  requestedBy!: string | null;

  @ApiProperty({ enum: RESOURCES, isArray: true, nullable: true, description: "The resources synced, in order; null: the mode's default" })
  resources!: string[] | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The run this one replays' })
  replayOf!: string | null;

  @ApiProperty()
  fetched!: number;

  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty()
  quarantined!: number;

  @ApiProperty({ description: 'Platform API calls the run spent' })
  apiCalls!: number;

  @ApiProperty({ type: SyncRunErrorView, nullable: true })
  error!: SyncRunErrorView | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Per resource, the cursor the run started from' })
  cursorBefore!: unknown;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Per resource, the cursor after the last committed page' })
  cursorAfter!: unknown;

  @ApiProperty({ format: 'date-time' })
  queuedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;
}

/** A quarantined record seen by a run, without its raw payload (GET /quarantine/:id has that). */
export class QuarantineSampleView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: RESOURCES })
  resource!: string;

  @ApiProperty({ type: String, nullable: true })
  externalId!: string | null;

  @ApiProperty({ type: MappingErrorView })
  error!: MappingErrorView;

  @ApiProperty({ enum: QUARANTINE_STATUSES })
  status!: QuarantineStatus;
}

export class SyncRunDetailView extends SyncRunView {
  @ApiProperty({ type: QuarantineSampleView, isArray: true, description: 'Up to 10 records this run quarantined (first or last seen in this run)' })
  quarantineSample!: QuarantineSampleView[];
}

export class SyncRunPageView {
  @ApiProperty({ type: SyncRunView, isArray: true })
  items!: SyncRunView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export class RunAcceptedView {
  @ApiProperty({ format: 'uuid' })
  runId!: string;

  @ApiProperty({ description: 'True when the request joined a run that was already waiting' })
  coalesced!: boolean;
}

export class BulkReplayView {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'The replay runs created' })
  runIds!: string[];

  @ApiProperty({ description: 'Finished runs that matched the filter (at most the cap)' })
  matched!: number;

  @ApiProperty({ description: 'True when more runs matched than the cap; repeat the request for the rest' })
  capped!: boolean;
}
