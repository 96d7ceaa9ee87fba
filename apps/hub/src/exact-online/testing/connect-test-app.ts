// The hub as the connect-flow tests need it: HubModule plus the connections and Exact Online
// modules (importing them again once HubModule wires them is harmless: Nest dedupes modules),
// with the production pipe and error filter, and every Nest log line captured for inspection.
import { type INestApplication, Module, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LoadedConfig } from '@hub/config';
import { inspect } from 'node:util';
import { HubModule } from '../../app/hub.module.js';
import { ConnectionsModule } from '../../connections/connections.module.js';
import { ApiErrorFilter } from '../../http/api-error.filter.js';
import { createValidationPipe } from '../../http/validation.pipe.js';
import { ExactOnlineModule } from '../exact-online.module.js';

export class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];

  log(...parts: unknown[]): void {
    this.capture(parts);
  }
  error(...parts: unknown[]): void {
    this.capture(parts);
  }
  warn(...parts: unknown[]): void {
    this.capture(parts);
  }
  debug(...parts: unknown[]): void {
    this.capture(parts);
  }
  verbose(...parts: unknown[]): void {
    this.capture(parts);
  }

  private capture(parts: unknown[]): void {
    this.lines.push(parts.map((part) => (typeof part === 'string' ? part : inspect(part, { depth: 10 }))).join(' '));
  }
}

export async function createConnectTestApp(config: LoadedConfig): Promise<{ app: INestApplication; logs: CapturingLogger }> {
  @Module({ imports: [HubModule.forRoot(config, { api: true, worker: false }), ConnectionsModule, ExactOnlineModule] })
  class ConnectTestModule {}

  const logs = new CapturingLogger();
  const app = await NestFactory.create(ConnectTestModule, { logger: logs });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiErrorFilter());
  await app.init();
  return { app, logs };
}
