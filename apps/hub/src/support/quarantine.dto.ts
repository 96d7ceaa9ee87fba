import { ApiPropertyOptional } from '@nestjs/swagger';
import { RESOURCES, type Resource } from '@hub/mapping';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { QUARANTINE_STATUSES, type QuarantineStatus } from '../database/entities/index.js';
import { PageQuery } from '../http/pagination.js';

export class QuarantineListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  administrationId?: string;

  @ApiPropertyOptional({ enum: QUARANTINE_STATUSES })
  @IsOptional()
  @IsIn(QUARANTINE_STATUSES)
  status?: QuarantineStatus;

  @ApiPropertyOptional({ enum: RESOURCES })
  @IsOptional()
  @IsIn(RESOURCES)
  resource?: Resource;
}

export class QuarantineReplayDto {
  @ApiPropertyOptional({ default: false, description: 'Show what would be stored, change nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
