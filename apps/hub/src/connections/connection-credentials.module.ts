import { Module } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { HUB_CONFIG } from '../core/tokens.js';
import { CredentialCipher, EncryptionKeyRing } from '../security/index.js';
import { ConnectionCredentialStore } from './connection-credential-store.js';

/**
 * The encrypted credential store, for the API (connect flows) and the worker (token sources).
 * The key ring comes from HUB_CONFIG (global); the executor is passed per call.
 */
@Module({
  providers: [
    {
      provide: ConnectionCredentialStore,
      inject: [HUB_CONFIG],
      useFactory: (config: LoadedConfig) => new ConnectionCredentialStore(new CredentialCipher(EncryptionKeyRing.fromKeys(config.encryptionKeys))),
    },
  ],
  exports: [ConnectionCredentialStore],
})
export class ConnectionCredentialsModule {}
