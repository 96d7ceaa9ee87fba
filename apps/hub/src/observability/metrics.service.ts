import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * One Prometheus registry per application instance (not prom-client's global one), so two
 * apps in one process, as in tests, never clash over metric names.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'hub_http_requests_total',
    help: 'HTTP requests served, by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'HTTP request duration in seconds',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly jobsProcessed = new Counter({
    name: 'hub_queue_jobs_total',
    help: 'Queue jobs finished, by queue, job name and outcome',
    labelNames: ['queue', 'job', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly syncRuns = new Counter({
    name: 'hub_sync_runs_total',
    help: 'Sync runs finished (or sent back to wait for a retry), by platform, trigger, mode and status',
    labelNames: ['platform', 'trigger', 'mode', 'status'] as const,
    registers: [this.registry],
  });

  readonly syncRunDuration = new Histogram({
    name: 'hub_sync_run_duration_seconds',
    help: 'Wall time of one sync run attempt, by platform and mode',
    labelNames: ['platform', 'mode'] as const,
    buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 1800],
    registers: [this.registry],
  });

  readonly platformApiCalls = new Counter({
    name: 'hub_platform_api_calls_total',
    help: 'HTTP calls sent to accounting platforms, by platform and outcome (HTTP status, or the network error code)',
    labelNames: ['platform', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly platformRateLimited = new Counter({
    name: 'hub_platform_rate_limited_total',
    help: 'Platform answers with HTTP 429, by platform',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'hub_' });
  }
}
