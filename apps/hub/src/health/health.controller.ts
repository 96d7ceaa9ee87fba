import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { REDIS_CONNECTION } from '../core/tokens.js';

type CheckState = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  checks: { postgres: CheckState; redis: CheckState };
}

const CHECK_TIMEOUT_MS = 2_000;

/** Ready when PostgreSQL and Redis both answer; 503 otherwise, so load balancers stop routing. */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(REDIS_CONNECTION) private readonly redis: Redis,
  ) {}

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const healthy = postgres === 'up' && redis === 'up';
    response.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'unavailable', checks: { postgres, redis } };
  }
}

async function probe(check: () => Promise<unknown>): Promise<CheckState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
