import { Module } from '@nestjs/common';
import { ConnectionService } from './connection.service.js';
import { ConnectionsController } from './connections.controller.js';

/** The connections API (list, read, revoke). Needs the global DataSource. */
@Module({
  controllers: [ConnectionsController],
  providers: [ConnectionService],
  exports: [ConnectionService],
})
export class ConnectionsModule {}
