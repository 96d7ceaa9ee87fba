import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/roles.js';
import {
  ConnectSnelStartDto,
  type ConnectSnelStartResponse,
  StartSnelStartActivationDto,
  type StartSnelStartActivationResponse,
} from './snelstart-connect.dto.js';
import { SnelStartConnectService } from './snelstart-connect.service.js';

@ApiTags('connections')
@ApiBearerAuth()
@Controller('api/v1/connections/snelstart')
export class SnelStartConnectController {
  constructor(@Inject(SnelStartConnectService) private readonly connect: SnelStartConnectService) {}

  /** Connects with a pasted koppelsleutel: tested first, then stored encrypted with its one administration. */
  @Post()
  @Roles('accountant')
  connectWithKey(@CurrentPrincipal() principal: Principal, @Body() body: ConnectSnelStartDto): Promise<ConnectSnelStartResponse> {
    return this.connect.connectWithKey(principal, body);
  }

  /** The activation link; SnelStart delivers the key to POST /webhooks/snelstart/activation. */
  @Post('activation')
  @Roles('accountant')
  startActivation(@CurrentPrincipal() principal: Principal, @Body() body: StartSnelStartActivationDto): Promise<StartSnelStartActivationResponse> {
    return this.connect.startActivation(principal, body);
  }
}
