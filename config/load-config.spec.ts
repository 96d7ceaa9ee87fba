import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './index.js';

const key = (bytes = 32) => randomBytes(bytes).toString('base64');

function validEnvironment(): Record<string, string> {
  return {
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/debtor_hub',
    REDIS_URL: 'redis://127.0.0.1:6379',
    HUB_PUBLIC_URL: 'http://127.0.0.1:3000/',
    HUB_ENCRYPTION_KEYS: `k2:${key()},k1:${key()}`,
  };
}

function problemsOf(environment: Record<string, string | undefined>): { variable: string; message: string }[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(validEnvironment());
    expect(config.PORT).toBe(3000);
    expect(config.EXACT_ONLINE_BASE_URL).toBe('https://start.exactonline.nl');
    expect(config.SNELSTART_AUTH_URL).toBe('https://auth.snelstart.nl');
    expect(config.SNELSTART_API_URL).toBe('https://b2bapi.snelstart.nl/v2');
    expect(config.EBOEKHOUDEN_API_URL).toBe('https://api.e-boekhouden.nl');
    expect([config.EXACT_ONLINE_MINUTELY_LIMIT, config.EXACT_ONLINE_DAILY_LIMIT]).toEqual([60, 5000]);
    expect(config.SYNC_CONCURRENCY).toBe(4);
    expect([config.SNELSTART_MINUTELY_LIMIT, config.SNELSTART_HOURLY_LIMIT]).toEqual([400, 4500]);
    expect(config.SYNC_SCHEDULER).toBe('on');
    expect(config.HUB_PUBLIC_URL).toBe('http://127.0.0.1:3000');
    expect(config.encryptionKeys.map((entry) => entry.keyId)).toEqual(['k2', 'k1']);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads overrides and converts numbers', () => {
    const config = loadConfig({ ...validEnvironment(), PORT: '8080', EXACT_ONLINE_CLIENT_ID: 'abc', LOG_LEVEL: 'debug' });
    expect(config.PORT).toBe(8080);
    expect(config.EXACT_ONLINE_CLIENT_ID).toBe('abc');
    expect(config.LOG_LEVEL).toBe('debug');
  });

  it('names every missing required variable at once', () => {
    const variables = problemsOf({}).map((problem) => problem.variable).sort();
    expect(variables).toEqual(['DATABASE_URL', 'HUB_ENCRYPTION_KEYS', 'HUB_PUBLIC_URL', 'REDIS_URL']);
  });

  it('treats an empty variable as missing', () => {
    expect(problemsOf({ ...validEnvironment(), DATABASE_URL: '  ' })).toEqual([
      expect.objectContaining({ variable: 'DATABASE_URL', message: expect.stringContaining('is required') }),
    ]);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['REDIS_URL', 'localhost:6379'],
    ['HUB_PUBLIC_URL', 'not a url'],
    ['SMTP_URL', 'http://mail'],
    ['LOG_LEVEL', 'loud'],
    ['EXACT_ONLINE_BASE_URL', 'ftp://start.exactonline.nl'],
    ['EXACT_ONLINE_MINUTELY_LIMIT', '0'],
    ['SYNC_CONCURRENCY', '0'],
    ['SNELSTART_MINUTELY_LIMIT', '0'],
    ['SNELSTART_HOURLY_LIMIT', 'lots'],
    ['SYNC_CONCURRENCY', 'many'],
    ['SYNC_SCHEDULER', 'sometimes'],
    ['EXACT_ONLINE_DAILY_LIMIT', 'lots'],
  ])('rejects a bad %s and names it', (variable, value) => {
    const problems = problemsOf({ ...validEnvironment(), [variable]: value });
    expect(problems.map((problem) => problem.variable)).toEqual([variable]);
  });

  it.each([
    ['no separator', () => key()],
    ['a short key', () => `k1:${key(16)}`],
    ['bad base64', () => 'k1:not*base64'],
    ['a repeated key id', () => `k1:${key()},k1:${key()}`],
  ])('rejects encryption keys with %s without printing key material', (_case, make) => {
    const value = make();
    const [problem] = problemsOf({ ...validEnvironment(), HUB_ENCRYPTION_KEYS: value });
    expect(problem.variable).toBe('HUB_ENCRYPTION_KEYS');
    const material = value.split(',').map((entry) => entry.split(':').pop() ?? '');
    for (const secret of material) if (secret.length > 8) expect(problem.message).not.toContain(secret);
  });
});
