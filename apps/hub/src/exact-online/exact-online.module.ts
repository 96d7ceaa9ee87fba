import { Module } from '@nestjs/common';
import { ExactCallbackController } from './exact-callback.controller.js';
import { ExactCallbackService } from './exact-callback.service.js';
import { ExactConnectController } from './exact-connect.controller.js';
import { ExactConnectService } from './exact-connect.service.js';
import { ExactConnectionWriter } from './exact-connection.writer.js';
import { ExactOnlineTokensModule } from './exact-online-tokens.module.js';
import { OAuthStateStore } from './oauth-state.store.js';

/** The Exact Online connect flow (API process): start, and the OAuth callback. */
@Module({
  imports: [ExactOnlineTokensModule],
  controllers: [ExactConnectController, ExactCallbackController],
  providers: [ExactConnectService, ExactCallbackService, ExactConnectionWriter, OAuthStateStore],
  exports: [ExactOnlineTokensModule],
})
export class ExactOnlineModule {}
