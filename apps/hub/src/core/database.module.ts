import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { DataSource } from 'typeorm';
import { createDataSource } from '../database/data-source.js';
import { HUB_CONFIG } from './tokens.js';

/** One TypeORM DataSource per process, initialised at start and closed on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [HUB_CONFIG],
      useFactory: async (config: LoadedConfig): Promise<DataSource> => createDataSource(config.DATABASE_URL).initialize(),
    },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
