import { PLATFORMS } from '@hub/mapping';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CONNECTION_STATUSES, SYNC_MODES, SYNC_TRIGGERS } from '../database/entities/index.js';
import { ADMINISTRATION_HEALTH_STATES, type AdministrationHealth, HEALTH_RULE } from './administration-health.js';

export class SyncScheduleDto {
  /** Incremental sync interval; Exact's 5,000 calls/day per division is why this has a floor. */
  @ApiPropertyOptional({ minimum: 5, maximum: 1440, default: 15 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  incrementalIntervalMinutes?: number;

  /** Daily reconciliation against the platform's snapshot, HH:MM in Europe/Amsterdam. */
  @ApiPropertyOptional({ example: '02:30' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'reconciliationTime must be HH:MM (24-hour)' })
  reconciliationTime?: string;
}

export class UpdateAdministrationDto {
  @ApiPropertyOptional({ type: SyncScheduleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SyncScheduleDto)
  syncSchedule?: SyncScheduleDto;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  dunningPolicyId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export interface SyncSchedule {
  incrementalIntervalMinutes: number;
  reconciliationTime: string;
}

export const DEFAULT_SYNC_SCHEDULE: SyncSchedule = { incrementalIntervalMinutes: 15, reconciliationTime: '02:30' };

export class AdministrationSyncScheduleView implements SyncSchedule {
  @ApiProperty()
  incrementalIntervalMinutes!: number;

  @ApiProperty({ example: '02:30' })
  reconciliationTime!: string;
}

export class AdministrationConnectionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CONNECTION_STATUSES })
  status!: string;
}

/** When each resource last had a page stored; a resource never synced is null. */
export class AdministrationFreshnessView {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last page of debtors stored' })
  debtors!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last page of invoices stored' })
  invoices!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last page of payments stored' })
  payments!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The oldest of the three; null while any resource was never synced' })
  oldest!: string | null;
}

export class AdministrationLastSyncErrorView {
  @ApiProperty({ example: 'transient' })
  class!: string;

  @ApiProperty()
  message!: string;
}

/** The latest finished run, in brief (GET /api/v1/sync-runs/:id has the rest). */
export class AdministrationLastSyncView {
  @ApiProperty({ format: 'uuid' })
  runId!: string;

  @ApiProperty({ enum: SYNC_TRIGGERS })
  trigger!: string;

  @ApiProperty({ enum: SYNC_MODES })
  mode!: string;

  @ApiProperty({ enum: ['succeeded', 'partial', 'failed'] })
  status!: string;

  @ApiProperty({ format: 'date-time' })
  finishedAt!: string;

  @ApiProperty()
  fetched!: number;

  @ApiProperty()
  quarantined!: number;

  @ApiProperty({ type: AdministrationLastSyncErrorView, nullable: true })
  error!: AdministrationLastSyncErrorView | null;
}

export class AdministrationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: PLATFORMS })
  platform!: string;

  @ApiProperty()
  externalId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'uuid' })
  connectionId!: string;

  @ApiProperty({ type: AdministrationConnectionView })
  connection!: AdministrationConnectionView;

  @ApiProperty()
  enabled!: boolean;

  @ApiProperty({ type: AdministrationSyncScheduleView })
  syncSchedule!: SyncSchedule;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  dunningPolicyId!: string | null;

  @ApiProperty({ enum: ADMINISTRATION_HEALTH_STATES, description: `Sync health. ${HEALTH_RULE}` })
  health!: AdministrationHealth;

  @ApiProperty({ type: AdministrationFreshnessView })
  freshness!: AdministrationFreshnessView;

  @ApiProperty({ type: AdministrationLastSyncView, nullable: true })
  lastSync!: AdministrationLastSyncView | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class AdministrationPage {
  @ApiProperty({ type: [AdministrationView] })
  items!: AdministrationView[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
