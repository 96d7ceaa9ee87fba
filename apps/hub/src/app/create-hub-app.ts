import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { LoadedConfig } from '@hub/config';
import { Logger } from 'nestjs-pino';
import { ApiErrorFilter } from '../http/api-error.filter.js';
import { createValidationPipe } from '../http/validation.pipe.js';
import { mountQueueDashboard } from '../queues/queue-dashboard.js';
import { HubModule, type HubRoles } from './hub.module.js';

/** The HTTP API (optionally with the worker in the same process). Not yet listening. */
export async function createHubHttpApp(config: LoadedConfig, roles: HubRoles = { api: true, worker: false }): Promise<INestApplication> {
  const app = await NestFactory.create(HubModule.forRoot(config, { ...roles, api: true }), { bufferLogs: true, rawBody: true });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiErrorFilter());
  app.enableShutdownHooks();
  mountQueueDashboard(app);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('debtor-hub')
      .setDescription('Connector hub for Dutch accounts receivable: Exact Online, SnelStart, e-Boekhouden.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}

/** Queue processors only: no HTTP server. */
export async function createHubWorker(config: LoadedConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(HubModule.forRoot(config, { api: false, worker: true }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
