import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { LoadedConfig } from '@hub/config';
import { HUB_CONFIG } from '../core/tokens.js';
import { MetricsService } from './metrics.service.js';

/**
 * GET /metrics for a worker process (`hub worker`), which has no HTTP API: sync runs, their
 * durations, platform calls and 429s are counted where the syncs run, so Prometheus scrapes each
 * worker on WORKER_METRICS_PORT. Registered only for worker-only processes with the port set.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server: Server | undefined;

  constructor(
    @Inject(HUB_CONFIG) private readonly config: LoadedConfig,
    @Inject(MetricsService) private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.WORKER_METRICS_PORT;
    if (port === undefined) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'only GET /metrics' }));
        return;
      }
      this.metrics.registry.metrics().then(
        (body) => response.writeHead(200, { 'Content-Type': this.metrics.registry.contentType }).end(body),
        (error: unknown) => {
          this.logger.error({ err: error }, 'metrics scrape failed');
          response.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '0.0.0.0', () => resolve());
    });
    this.server = server;
    this.logger.log({ port }, 'worker metrics on GET /metrics');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
