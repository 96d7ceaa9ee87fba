import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module.js';
import { SnelStartActivationController } from './snelstart-activation.controller.js';
import { SnelStartActivationService } from './snelstart-activation.service.js';
import { SnelStartActivationStore } from './snelstart-activation.store.js';
import { SnelStartConnectController } from './snelstart-connect.controller.js';
import { SnelStartConnectService } from './snelstart-connect.service.js';
import { SnelStartConnectionWriter } from './snelstart-connection.writer.js';
import { SnelStartTokensModule } from './snelstart-tokens.module.js';

/** Connecting SnelStart (API process): a pasted koppelsleutel, and the activation link with its webhook. */
@Module({
  imports: [SnelStartTokensModule, ConnectionsModule],
  controllers: [SnelStartConnectController, SnelStartActivationController],
  providers: [SnelStartConnectService, SnelStartActivationService, SnelStartActivationStore, SnelStartConnectionWriter],
  exports: [SnelStartTokensModule],
})
export class SnelStartModule {}
