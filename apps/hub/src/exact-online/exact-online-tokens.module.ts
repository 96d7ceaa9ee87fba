import { Module } from '@nestjs/common';
import { ConnectionCredentialsModule } from '../connections/connection-credentials.module.js';
import { ExactKeepAliveService } from './exact-keep-alive.service.js';
import { ExactOnlineApp } from './exact-online-app.js';
import { ExactTokenSources } from './exact-token-sources.js';

/**
 * Exact Online tokens for the API and the worker: the app registration, the per-connection
 * token sources (refresh serialised across processes) and the keep-alive. Needs HUB_CONFIG and
 * the DataSource (both global).
 */
@Module({
  imports: [ConnectionCredentialsModule],
  providers: [ExactOnlineApp, ExactTokenSources, ExactKeepAliveService],
  exports: [ExactOnlineApp, ExactTokenSources, ExactKeepAliveService, ConnectionCredentialsModule],
})
export class ExactOnlineTokensModule {}
