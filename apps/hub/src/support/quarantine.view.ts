// What the API shows of a quarantined record (see sync-run.view.ts for why classes).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RESOURCES } from '@hub/mapping';
import { QUARANTINE_STATUSES, type QuarantineStatus } from '../database/entities/index.js';

/** The mapper's error as stored (MappingError.toJSON()). */
export class MappingErrorView {
  @ApiProperty({ description: 'The canonical field that could not be mapped' })
  field!: string;

  @ApiProperty({ description: 'The raw value the mapper refused', nullable: true })
  rawValue!: unknown;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  message!: string;
}

export class QuarantinedRecordView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  administrationId!: string;

  @ApiProperty({ enum: RESOURCES })
  resource!: string;

  @ApiProperty({ type: String, nullable: true, description: 'The platform id; null when the raw record had none' })
  externalId!: string | null;

  @ApiProperty({ enum: QUARANTINE_STATUSES })
  status!: QuarantineStatus;

  @ApiProperty({ type: MappingErrorView })
  error!: MappingErrorView;

  @ApiProperty({ description: 'How many runs saw this record fail' })
  occurrences!: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  firstRunId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  lastRunId!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  releasedAt!: string | null;
}

export class QuarantinedRecordDetailView extends QuarantinedRecordView {
  @ApiProperty({ description: 'The record exactly as the platform sent it', nullable: true })
  rawPayload!: unknown;
}

export class QuarantinePageView {
  @ApiProperty({ type: QuarantinedRecordView, isArray: true })
  items!: QuarantinedRecordView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

export const REPLAY_OUTCOMES = ['mapped', 'failed', 'gone'] as const;
export type ReplayOutcome = (typeof REPLAY_OUTCOMES)[number];

export class StoredCountsView {
  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  unchanged!: number;
}

export class QuarantineReplayView {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({
    enum: REPLAY_OUTCOMES,
    description: 'mapped: the platform record maps now; failed: it still fails mapping; gone: the platform no longer has it',
  })
  outcome!: ReplayOutcome;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The canonical record (as it would be) stored, when mapped' })
  record?: unknown;

  @ApiPropertyOptional({ type: MappingErrorView, description: "Today's mapping error, when failed" })
  error?: MappingErrorView;

  @ApiPropertyOptional({ type: StoredCountsView, description: 'What storing did (not on a dry run)' })
  stored?: StoredCountsView;

  @ApiPropertyOptional({ description: 'Gone, not a dry run: whether a stored canonical record was marked removed' })
  removed?: boolean;

  @ApiProperty({ type: QuarantinedRecordView, description: 'The quarantined record after the replay (unchanged on a dry run)' })
  quarantinedRecord!: QuarantinedRecordView;

  @ApiProperty({ example: 'api-key:2f0c…' })
  requestedBy!: string;

  @ApiProperty({ format: 'date-time' })
  requestedAt!: string;
}
