import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';

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

export interface AdministrationView {
  id: string;
  platform: string;
  externalId: string;
  name: string;
  connectionId: string;
  enabled: boolean;
  syncSchedule: SyncSchedule;
  dunningPolicyId: string | null;
  createdAt: string;
  updatedAt: string;
}
