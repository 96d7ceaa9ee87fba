// The hub configuration integration tests run with: the throwaway database and Redis key
// prefix of this run (set by test/setup/global-setup.ts) plus fixed test-only values.
import { randomBytes } from 'node:crypto';
import { loadConfig, type LoadedConfig } from '@hub/config';

export const TEST_ENCRYPTION_KEYS = `test-1:${randomBytes(32).toString('base64')}`;

export function testConfig(overrides: Record<string, string> = {}): LoadedConfig {
  const { DATABASE_URL, REDIS_URL, REDIS_KEY_PREFIX } = process.env;
  if (!DATABASE_URL || !REDIS_URL || !REDIS_KEY_PREFIX) {
    throw new Error('Integration tests need the global setup (run them through the integration Jest project)');
  }
  return loadConfig({
    DATABASE_URL,
    REDIS_URL,
    REDIS_KEY_PREFIX,
    HUB_PUBLIC_URL: 'http://127.0.0.1:3999',
    HUB_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEYS,
    LOG_LEVEL: 'silent',
    // Test files share one database but not one queue: a file's planner or sweeper would act on
    // other files' administrations. Files that test those run them in a database of their own.
    SYNC_SCHEDULER: 'off',
    ...overrides,
  });
}
