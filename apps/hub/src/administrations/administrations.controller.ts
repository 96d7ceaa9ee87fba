import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import { type Page, PageQuery } from '../http/pagination.js';
import { AdministrationPage, AdministrationView, UpdateAdministrationDto } from './administration.dto.js';
import { AdministrationService } from './administration.service.js';

@ApiTags('administrations')
@ApiBearerAuth()
@Controller('api/v1/administrations')
export class AdministrationsController {
  constructor(@Inject(AdministrationService) private readonly administrations: AdministrationService) {}

  @Get()
  @Roles('accountant', 'support')
  @ApiOkResponse({ type: AdministrationPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<Page<AdministrationView>> {
    return this.administrations.list(principal.tenantId, query.limit, query.cursor);
  }

  @Get(':id')
  @Roles('accountant', 'support')
  @ApiOkResponse({ type: AdministrationView })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<AdministrationView> {
    return this.administrations.get(principal.tenantId, id);
  }

  @Patch(':id')
  @Roles('accountant')
  @ApiOkResponse({ type: AdministrationView })
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateAdministrationDto,
  ): Promise<AdministrationView> {
    return this.administrations.update(principal.tenantId, id, body);
  }
}
