import { administration } from '../testing/fixture.js';
import { createHarness } from '../testing/harness.js';
import { SNELSTART_RATE_LIMIT_TIERS } from '../options.js';
import { RateLimiter } from './limiter.js';

const TIER = { perMinute: 3, perHour: 5, concurrent: 2 };

describe('SnelStart call budget (APIM)', () => {
  it('answers the call over the per-minute limit with APIM\'s 429 body and Retry-After, then admits again a minute later', async () => {
    const h = createHarness(undefined, { rateLimits: TIER });
    const token = await h.token();
    for (let call = 0; call < 3; call++) await h.get('/companyInfo', token).expect(200);

    h.context.clock.advance(20_000);
    const throttled = await h.get('/companyInfo', token);

    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBe('40');
    expect(throttled.body).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 40 seconds.' });
    expect(h.context.stats('snelstart').rateLimited429).toBe(1);

    h.context.clock.advance(40_000);
    expect((await h.get('/companyInfo', token)).status).toBe(200);
  });

  it('keeps one budget per administratie', async () => {
    const h = createHarness([administration({ key: 'adm-1' }), administration({ key: 'adm-2' })], { rateLimits: TIER });
    const first = await h.token('adm-1');
    const second = await h.token('adm-2');
    for (let call = 0; call < 3; call++) await h.get('/companyInfo', first).expect(200);

    expect((await h.get('/companyInfo', first)).status).toBe(429);
    expect((await h.get('/companyInfo', second)).status).toBe(200);
  });

  it('shares one budget across administraties when the limit is per subscription key', async () => {
    const h = createHarness([administration({ key: 'adm-1' }), administration({ key: 'adm-2' })], { rateLimits: TIER, rateLimitScope: 'subscription-key' });
    const first = await h.token('adm-1');
    const second = await h.token('adm-2');
    for (let call = 0; call < 3; call++) await h.get('/companyInfo', first).expect(200);
    expect((await h.get('/companyInfo', second)).status).toBe(429);
  });

  it('enforces the hourly budget as a 429, or as APIM\'s 403 quota when the switch says so', async () => {
    const h = createHarness(undefined, { rateLimits: TIER, hourlyLimitResponse: 'quota-403' });
    const token = await h.token();
    for (let call = 0; call < 5; call++) {
      await h.get('/companyInfo', token).expect(200);
      h.context.clock.advance(61_000);
    }
    const quota = await h.get('/companyInfo', token);
    expect(quota.status).toBe(403);
    expect(quota.body).toEqual({ statusCode: 403, message: 'Out of call volume quota. Quota will be replenished in 00:54:55.' });

    h.sandbox.configure({ hourlyLimitResponse: 'rate-limit-429' });
    expect((await h.get('/companyInfo', token)).status).toBe(429);
  });

  it('can leave out Retry-After, which SnelStart does not document', async () => {
    const h = createHarness(undefined, { rateLimits: TIER, retryAfterHeader: false });
    const token = await h.token();
    for (let call = 0; call < 3; call++) await h.get('/companyInfo', token);
    const throttled = await h.get('/companyInfo', token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers['retry-after']).toBeUndefined();
  });

  it('renders the core\'s burst429 fault as APIM\'s 429', async () => {
    const h = createHarness();
    const token = await h.token();
    h.context.setFaults('snelstart', { burst429: 2 });

    const statuses = [];
    for (let call = 0; call < 3; call++) statuses.push((await h.get('/companyInfo', token)).status);
    const calls = h.context.stats('snelstart');

    expect(statuses).toEqual([429, 429, 200]);
    expect(calls.rateLimited429).toBe(2);
    expect(calls.calls).toBe(4); // the token request and three API calls
  });

  it('caps calls in flight per bucket until they finish', () => {
    const limiter = new RateLimiter();
    const first = limiter.admit('adm', 0, TIER);
    const second = limiter.admit('adm', 0, TIER);
    expect(limiter.admit('adm', 0, TIER)).toEqual({ allowed: false, window: 'concurrency', retryAfterSeconds: 1 });
    if (first.allowed) first.release();
    expect(limiter.admit('adm', 0, TIER).allowed).toBe(true);
    expect(second.allowed).toBe(true);
  });

  it('defaults to the productie tier of the Certificering table', () => {
    expect(createHarness().sandbox.options.rateLimits).toEqual(SNELSTART_RATE_LIMIT_TIERS.productie);
  });
});
