import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { HUB_CONFIG } from './tokens.js';

/** Makes the configuration, loaded and validated once by the entry point, injectable everywhere. */
@Global()
@Module({})
export class HubConfigModule {
  static forRoot(config: LoadedConfig): DynamicModule {
    return { module: HubConfigModule, providers: [{ provide: HUB_CONFIG, useValue: config }], exports: [HUB_CONFIG] };
  }
}
