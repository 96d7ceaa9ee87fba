import { Module } from '@nestjs/common';
import { ConnectionCredentialsModule } from '../connections/connection-credentials.module.js';
import { SnelStartApp } from './snelstart-app.js';
import { SnelStartConnectionTokenSources } from './snelstart-token-sources.js';

/**
 * SnelStart settings and per-connection token sources, for the API and the worker. Needs
 * HUB_CONFIG, the DataSource and MetricsService (all global).
 */
@Module({
  imports: [ConnectionCredentialsModule],
  providers: [SnelStartApp, SnelStartConnectionTokenSources],
  exports: [SnelStartApp, SnelStartConnectionTokenSources, ConnectionCredentialsModule],
})
export class SnelStartTokensModule {}
