import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadGatewayResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import type { Page } from '../http/pagination.js';
import { QuarantineQueryService } from './quarantine-query.service.js';
import { QuarantineReplayService } from './quarantine-replay.service.js';
import { QuarantineListQuery, QuarantineReplayDto } from './quarantine.dto.js';
import { QuarantinedRecordDetailView, QuarantinePageView, QuarantineReplayView, type QuarantinedRecordView } from './quarantine.view.js';

@ApiTags('quarantine')
@ApiBearerAuth()
@Controller('api/v1/quarantine')
export class QuarantineController {
  constructor(
    @Inject(QuarantineQueryService) private readonly records: QuarantineQueryService,
    @Inject(QuarantineReplayService) private readonly replays: QuarantineReplayService,
  ) {}

  @Get()
  @Roles('accountant', 'support')
  @ApiOperation({ summary: 'List quarantined records (without raw payloads), newest first' })
  @ApiOkResponse({ type: QuarantinePageView })
  list(@CurrentPrincipal() principal: Principal, @Query() query: QuarantineListQuery): Promise<Page<QuarantinedRecordView>> {
    return this.records.list(principal.tenantId, query);
  }

  @Get(':id')
  @Roles('accountant', 'support')
  @ApiOperation({ summary: 'One quarantined record with its raw payload and mapping error' })
  @ApiOkResponse({ type: QuarantinedRecordDetailView })
  @ApiNotFoundResponse({ description: 'No such record in this tenant' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<QuarantinedRecordDetailView> {
    return this.records.get(principal.tenantId, id);
  }

  @Post(':id/replay')
  @HttpCode(HttpStatus.OK)
  @Roles('accountant', 'support')
  @ApiOperation({
    summary: 'Re-read one quarantined record from the platform and map it again',
    description:
      'mapped: the canonical record is stored and the quarantined record released; failed: the quarantined record gets the new raw payload and error; ' +
      'gone: a stored canonical record is marked removed and the quarantined record released. With dryRun nothing changes and the response shows what would be stored.',
  })
  @ApiOkResponse({ type: QuarantineReplayView })
  @ApiNotFoundResponse({ description: 'No such record in this tenant' })
  @ApiConflictResponse({ description: 'The record has no external id (the next full sync retries it), or the connection needs reconnect' })
  @ApiServiceUnavailableResponse({ description: 'The platform is rate limiting or temporarily failing; details.retryAfterSeconds says when to retry' })
  @ApiBadGatewayResponse({ description: 'The platform refused the request' })
  replay(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: QuarantineReplayDto): Promise<QuarantineReplayView> {
    return this.replays.replay(principal, id, body.dryRun ?? false);
  }
}
