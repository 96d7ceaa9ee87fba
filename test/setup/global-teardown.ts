// Drops the run's throwaway database and the run's Redis keys.
import pg from 'pg';
import { Redis } from 'ioredis';
import { adminDatabaseUrl } from './test-env.js';

export default async function globalTeardown(): Promise<void> {
  const databaseName = process.env.TEST_DATABASE_NAME;
  if (databaseName && process.env.KEEP_TEST_DATABASE !== '1') {
    const admin = new pg.Client({ connectionString: adminDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  const prefix = process.env.REDIS_KEY_PREFIX;
  const redisUrl = process.env.REDIS_URL;
  if (prefix && redisUrl) {
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
