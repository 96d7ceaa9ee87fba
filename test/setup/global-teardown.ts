// Drops the run's throwaway database and deletes the run's Redis keys (packages only, see global-setup.ts).
import { Redis } from 'ioredis';
import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const { TEST_DATABASE_ADMIN_URL, TEST_DATABASE_NAME, REDIS_KEY_PREFIX, REDIS_URL, KEEP_TEST_DATABASE } = process.env;
  if (TEST_DATABASE_ADMIN_URL && TEST_DATABASE_NAME && KEEP_TEST_DATABASE !== '1') {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${TEST_DATABASE_NAME}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  if (REDIS_KEY_PREFIX && REDIS_URL) {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${REDIS_KEY_PREFIX}*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
