import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { MetricsService } from '../observability/metrics.service.js';
import { MAINTENANCE_JOBS, type PingJobData, type PingJobResult, QUEUES } from './queue-names.js';

@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {
    super();
  }

  async process(job: Job<PingJobData>): Promise<PingJobResult> {
    if (job.name !== MAINTENANCE_JOBS.ping) throw new Error(`Unknown maintenance job "${job.name}"`);
    const result = { sentAt: job.data.sentAt, answeredAt: new Date().toISOString(), workerPid: process.pid };
    this.metrics.jobsProcessed.inc({ queue: QUEUES.maintenance, job: job.name, outcome: 'completed' });
    this.logger.debug({ jobId: job.id }, 'ping answered');
    return result;
  }
}
