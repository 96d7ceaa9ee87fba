import { Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import { type Page, PageQuery } from '../http/pagination.js';
import type { ConnectionView } from './connection.dto.js';
import { ConnectionService } from './connection.service.js';

@ApiTags('connections')
@ApiBearerAuth()
@Controller('api/v1/connections')
export class ConnectionsController {
  constructor(@Inject(ConnectionService) private readonly connections: ConnectionService) {}

  @Get()
  @Roles('accountant', 'support')
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<ConnectionView>> {
    return this.connections.list(principal.tenantId, query.limit, query.cursor);
  }

  @Get(':id')
  @Roles('accountant', 'support')
  get(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ConnectionView> {
    return this.connections.get(principal.tenantId, id);
  }

  /** Revokes: credentials destroyed, administrations disabled; the row stays for history. */
  @Delete(':id')
  @HttpCode(200)
  @Roles('accountant')
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ConnectionView> {
    return this.connections.revoke(principal.tenantId, id);
  }
}
