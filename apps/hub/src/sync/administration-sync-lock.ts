import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';

/** First key of the two-key advisory lock: this namespace is "one sync per administration". */
const SYNC_LOCK_NAMESPACE = 0x5_1_0c; // arbitrary, fixed: changing it lets two versions run side by side

export interface HeldSyncLock {
  release(): Promise<void>;
}

/**
 * At most one sync per administration across every worker process: a PostgreSQL session-level
 * advisory lock, held on a connection of its own for the whole run. A job id cannot give this
 * (two jobs for one administration are normal: a run and its follow-up), and a Redis lock with a
 * TTL can expire under a long page. If the worker dies, PostgreSQL drops the session and the lock
 * with it, which is also how a dead run is recognised: `running` with nobody holding its lock.
 */
@Injectable()
export class AdministrationSyncLocks {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The lock, or null when another process holds it right now. */
  async tryAcquire(administrationId: string): Promise<HeldSyncLock | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [row] = (await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [SYNC_LOCK_NAMESPACE, administrationId])) as { locked: boolean }[];
      if (row?.locked === true) return { release: () => unlock(runner, administrationId) };
    } catch (error) {
      await runner.release();
      throw error;
    }
    await runner.release();
    return null;
  }

  /** Runs `work` while holding the lock; null (and `work` not run) when someone else holds it. */
  async withLock<T>(administrationId: string, work: () => Promise<T>): Promise<{ value: T } | null> {
    const lock = await this.tryAcquire(administrationId);
    if (lock === null) return null;
    try {
      return { value: await work() };
    } finally {
      await lock.release();
    }
  }
}

async function unlock(runner: QueryRunner, administrationId: string): Promise<void> {
  try {
    await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [SYNC_LOCK_NAMESPACE, administrationId]);
  } finally {
    await runner.release();
  }
}
