import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { ExactOnlineApp } from './exact-online-app.js';
import { ExactTokenSource } from './exact-token-source.js';

/** Hands out the token source of an Exact Online connection (for connectors, jobs, webhooks). */
@Injectable()
export class ExactTokenSources {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConnectionCredentialStore) private readonly store: ConnectionCredentialStore,
    @Inject(ExactOnlineApp) private readonly app: ExactOnlineApp,
  ) {}

  forConnection(connectionId: string): ExactTokenSource {
    return new ExactTokenSource(connectionId, {
      dataSource: this.dataSource,
      store: this.store,
      oauthClient: (baseUrl) => this.app.oauthClient(baseUrl),
    });
  }
}
