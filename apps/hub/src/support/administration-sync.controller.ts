import { Body, Controller, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import { ManualSyncService } from './manual-sync.service.js';
import { ManualSyncDto } from './sync-run.dto.js';
import { RunAcceptedView } from './sync-run.view.js';

// Same path as AdministrationsController; kept apart because it belongs to the sync/support API.
@ApiTags('administrations')
@ApiBearerAuth()
@Controller('api/v1/administrations')
export class AdministrationSyncController {
  constructor(@Inject(ManualSyncService) private readonly manual: ManualSyncService) {}

  @Post(':id/sync')
  @HttpCode(HttpStatus.ACCEPTED)
  @Roles('accountant', 'support')
  @ApiOperation({
    summary: 'Sync an administration now',
    description: 'Queues a manual run (default mode incremental). While a run of the same mode is still queued, the request joins it and gets its runId.',
  })
  @ApiAcceptedResponse({ type: RunAcceptedView })
  @ApiNotFoundResponse({ description: 'No such administration in this tenant' })
  sync(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: ManualSyncDto): Promise<RunAcceptedView> {
    return this.manual.request(principal, id, body.mode ?? 'incremental');
  }
}
