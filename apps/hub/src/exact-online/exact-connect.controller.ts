import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import { StartExactConnectDto, type StartExactConnectResponse } from './exact-connect.dto.js';
import { ExactConnectService } from './exact-connect.service.js';

@ApiTags('connections')
@ApiBearerAuth()
@Controller('api/v1/connections/exact-online')
export class ExactConnectController {
  constructor(@Inject(ExactConnectService) private readonly connect: ExactConnectService) {}

  /** Starts the consent flow; the browser opens `authorizationUrl` and comes back to the callback. */
  @Post()
  @Roles('accountant')
  start(@CurrentPrincipal() principal: Principal, @Body() body: StartExactConnectDto): Promise<StartExactConnectResponse> {
    return this.connect.start(principal, body);
  }
}
