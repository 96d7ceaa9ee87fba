import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ExactKeepAliveService, type KeepAliveReport } from '../exact-online/exact-keep-alive.service.js';
import { MetricsService } from '../observability/metrics.service.js';
import { MAINTENANCE_JOBS, type PingJobData, type PingJobResult, QUEUES } from './queue-names.js';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(ExactKeepAliveService) private readonly exactKeepAlive: ExactKeepAliveService,
  ) {
    super();
  }

  async process(job: Job<PingJobData>): Promise<PingJobResult | KeepAliveReport> {
    const result = await this.run(job);
    this.metrics.jobsProcessed.inc({ queue: QUEUES.maintenance, job: job.name, outcome: 'completed' });
    return result;
  }

  private async run(job: Job<PingJobData>): Promise<PingJobResult | KeepAliveReport> {
    switch (job.name) {
      case MAINTENANCE_JOBS.ping:
        this.logger.debug({ jobId: job.id }, 'ping answered');
        return { sentAt: job.data.sentAt, answeredAt: new Date().toISOString(), workerPid: process.pid };
      case MAINTENANCE_JOBS.exactKeepAlive:
        return this.exactKeepAlive.refreshIdleConnections();
      default:
        throw new Error(`Unknown maintenance job "${job.name}"`);
    }
  }
}
