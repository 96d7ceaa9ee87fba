import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import type { Page } from '../http/pagination.js';
import { SyncRunQueryService } from './sync-run-query.service.js';
import { BULK_REPLAY_CAP, SyncRunReplayService } from './sync-run-replay.service.js';
import { BulkReplayDto, SyncRunListQuery } from './sync-run.dto.js';
import { BulkReplayView, RunAcceptedView, SyncRunDetailView, SyncRunPageView, type SyncRunView } from './sync-run.view.js';

@ApiTags('sync runs')
@ApiBearerAuth()
@Controller('api/v1/sync-runs')
export class SyncRunsController {
  constructor(
    @Inject(SyncRunQueryService) private readonly runs: SyncRunQueryService,
    @Inject(SyncRunReplayService) private readonly replays: SyncRunReplayService,
  ) {}

  @Get()
  @Roles('accountant', 'support')
  @ApiOperation({ summary: 'List sync runs, newest first' })
  @ApiOkResponse({ type: SyncRunPageView })
  list(@CurrentPrincipal() principal: Principal, @Query() query: SyncRunListQuery): Promise<Page<SyncRunView>> {
    return this.runs.list(principal.tenantId, query);
  }

  // Declared before ':id' routes so "replay" is never taken for a run id.
  @Post('replay')
  @HttpCode(HttpStatus.ACCEPTED)
  @Roles('accountant', 'support')
  @ApiOperation({
    summary: 'Replay many finished runs by filter',
    description:
      `Replays the finished runs matching the filter (status defaults to failed), newest first. At most ${BULK_REPLAY_CAP} runs are matched ` +
      `per request (\`capped\` says when more matched; repeat the request for the rest). One replay is created per (administration, mode), ` +
      'covering the resources of every matching run of that pair; administrations that already have a replay queued or running are skipped.',
  })
  @ApiAcceptedResponse({ type: BulkReplayView })
  replayMany(@CurrentPrincipal() principal: Principal, @Body() body: BulkReplayDto): Promise<BulkReplayView> {
    return this.replays.replayMany(principal, body);
  }

  @Get(':id')
  @Roles('accountant', 'support')
  @ApiOperation({ summary: 'One sync run, with its error and a sample of the records it quarantined' })
  @ApiOkResponse({ type: SyncRunDetailView })
  @ApiNotFoundResponse({ description: 'No such run in this tenant' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<SyncRunDetailView> {
    return this.runs.get(principal.tenantId, id);
  }

  @Post(':id/replay')
  @HttpCode(HttpStatus.ACCEPTED)
  @Roles('accountant', 'support')
  @ApiOperation({
    summary: 'Replay one finished run',
    description: 'Queues a new run (trigger replay) of the same administration, mode and resources, linked by replayOf. A replay of this run that is still queued is joined.',
  })
  @ApiAcceptedResponse({ type: RunAcceptedView })
  @ApiNotFoundResponse({ description: 'No such run in this tenant' })
  @ApiConflictResponse({ description: 'The run is still queued or running' })
  replay(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<RunAcceptedView> {
    return this.replays.replayOne(principal, id);
  }
}
