import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CanonicalStore, SyncCursorStore } from '../store/index.js';

/** The store's classes are plain (no Nest decorators); this makes them injectable. */
@Module({
  providers: [
    { provide: CanonicalStore, inject: [DataSource], useFactory: (dataSource: DataSource) => new CanonicalStore(dataSource) },
    { provide: SyncCursorStore, inject: [DataSource], useFactory: (dataSource: DataSource) => new SyncCursorStore(dataSource) },
  ],
  exports: [CanonicalStore, SyncCursorStore],
})
export class SyncStoreModule {}
