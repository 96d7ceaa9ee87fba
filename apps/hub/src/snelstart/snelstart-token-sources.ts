import { Inject, Injectable } from '@nestjs/common';
import { SnelStartTokenSources } from '@hub/connectors';
import { DataSource } from 'typeorm';
import { ConnectionCredentialStore } from '../connections/connection-credential-store.js';
import { SnelStartApp } from './snelstart-app.js';
import { SnelStartConnectionTokenSource } from './snelstart-token-source.js';

/** Hands out the token source of a SnelStart connection (for connectors and jobs); one token cache per process. */
@Injectable()
export class SnelStartConnectionTokenSources {
  private cache: SnelStartTokenSources | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(ConnectionCredentialStore) private readonly store: ConnectionCredentialStore,
    @Inject(SnelStartApp) private readonly app: SnelStartApp,
  ) {}

  /** `administration`: a stable, non-secret label (e.g. the administration's id). Throws when SnelStart is not configured. */
  forConnection(connectionId: string, administration: string): SnelStartConnectionTokenSource {
    this.cache ??= new SnelStartTokenSources(this.app.settings);
    return new SnelStartConnectionTokenSource(connectionId, administration, { dataSource: this.dataSource, store: this.store, sources: this.cache });
  }
}
