import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { SYNC_RUN_STATUSES, SYNC_TRIGGERS, type SyncRunStatus, type SyncTrigger } from '../database/entities/index.js';
import { PageQuery } from '../http/pagination.js';
import { IsInstantFilter } from './instant-filter.js';

/** Statuses of runs that have ended: only those can be replayed. */
export const FINISHED_RUN_STATUSES = ['succeeded', 'partial', 'failed'] as const satisfies readonly SyncRunStatus[];
export type FinishedRunStatus = (typeof FINISHED_RUN_STATUSES)[number];

/** The modes a caller may ask for by hand; reconciliation is the scheduler's. */
export const MANUAL_SYNC_MODES = ['incremental', 'full'] as const;
export type ManualSyncMode = (typeof MANUAL_SYNC_MODES)[number];

// Error classes are the connector's plus the engine's own (`internal`, …); a pattern rather than
// a fixed list, so a class added by the engine stays filterable.
const ERROR_CLASS_PATTERN = /^[a-z][a-z_]{0,63}$/;
const ERROR_CLASS_MESSAGE = 'errorClass must be an error class such as auth, rate_limited, transient, invalid_request, platform_bug or internal';

export class SyncRunListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  administrationId?: string;

  @ApiPropertyOptional({ enum: SYNC_RUN_STATUSES })
  @IsOptional()
  @IsIn(SYNC_RUN_STATUSES)
  status?: SyncRunStatus;

  @ApiPropertyOptional({ enum: SYNC_TRIGGERS })
  @IsOptional()
  @IsIn(SYNC_TRIGGERS)
  trigger?: SyncTrigger;

  @ApiPropertyOptional({ description: 'Only runs queued at or after this instant (ISO 8601)', example: '2026-01-31T00:00:00Z' })
  @IsOptional()
  @IsInstantFilter()
  since?: string;

  @ApiPropertyOptional({ description: 'Only failed runs with this error class', example: 'auth' })
  @IsOptional()
  @Matches(ERROR_CLASS_PATTERN, { message: ERROR_CLASS_MESSAGE })
  errorClass?: string;
}

export class ManualSyncDto {
  @ApiPropertyOptional({ enum: MANUAL_SYNC_MODES, default: 'incremental' })
  @IsOptional()
  @IsIn(MANUAL_SYNC_MODES)
  mode?: ManualSyncMode;
}

export class BulkReplayDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  administrationId?: string;

  @ApiPropertyOptional({ enum: FINISHED_RUN_STATUSES, default: 'failed' })
  @IsOptional()
  @IsIn(FINISHED_RUN_STATUSES)
  status?: FinishedRunStatus;

  @ApiPropertyOptional({ description: 'Only runs queued at or after this instant (ISO 8601)', example: '2026-01-31T00:00:00Z' })
  @IsOptional()
  @IsInstantFilter()
  since?: string;

  @ApiPropertyOptional({ example: 'transient' })
  @IsOptional()
  @Matches(ERROR_CLASS_PATTERN, { message: ERROR_CLASS_MESSAGE })
  errorClass?: string;
}
