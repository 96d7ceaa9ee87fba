import request from 'supertest';
import { createHarness, getJson, openSession, V1, type Harness } from './testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}
type Item = Record<string, unknown>;

describe('e-Boekhouden under the fault controls', () => {
  let harness: Harness;
  let token: string;

  beforeEach(async () => {
    harness = createHarness();
    token = await openSession(harness);
  });

  it('counts every call, the session exchange included', async () => {
    harness.context.resetStats('e-boekhouden');
    await openSession(harness);
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(200);
    await request(harness.app).get(`${V1}/relation/1`).set('Authorization', token).expect(404);
    expect(harness.context.stats('e-boekhouden')).toMatchObject({ calls: 3, rateLimited429: 0, errors: 0 });
  });

  it('answers a 429 burst with the platform error object and Retry-After, then serves again', async () => {
    harness.context.setFaults('e-boekhouden', { burst429: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(429);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.body).toEqual({ type: 'rateLimit', title: 'Too many requests.', status: 429, traceId: expect.stringMatching(/^00-/) });
    }
    await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(200);
    expect(harness.context.stats('e-boekhouden').rateLimited429).toBe(2);
  });

  it('answers injected failures as ERR_001 with the chosen status', async () => {
    harness.context.setFaults('e-boekhouden', { errorRate: 1, errorStatus: 503 });
    const response = await request(harness.app).get(`${V1}/relation`).set('Authorization', token).expect(503);
    expect(response.body).toMatchObject({ type: 'error', status: 503, code: 'ERR_001', title: 'An unexpected error occurred.' });
    expect(harness.context.stats('e-boekhouden').errors).toBe(1);
  });

  describe('malformedRate', () => {
    const outstandingPath = '/mutation/invoice/outstanding?credDeb=D&limit=2000';

    it('damages some list records the same way on every read, leaving the rest and the store intact', async () => {
      const clean = (await getJson<Page<Item>>(harness, token, outstandingPath)).items;
      harness.context.setFaults('e-boekhouden', { malformedRate: 0.5 });
      const first = (await getJson<Page<Item>>(harness, token, outstandingPath)).items;
      const second = (await getJson<Page<Item>>(harness, token, outstandingPath)).items;
      expect(second).toEqual(first);
      const damaged = first.filter((item, index) => JSON.stringify(item) !== JSON.stringify(clean[index]));
      expect(damaged.length).toBeGreaterThan(0);
      expect(damaged.length).toBeLessThan(first.length);
      harness.context.resetFaults('e-boekhouden');
      expect((await getJson<Page<Item>>(harness, token, outstandingPath)).items).toEqual(clean);
    });

    it.each([
      ['open items', outstandingPath, ['time:date', 'noise:outstandingAmount', 'removed:relationId,relationCode,company', 'value:invoiceNumber=""']],
      ['relations', '/relation?limit=2000', ['removed:type', 'value:code=""']],
      ['mutations', '/mutation?limit=2000&id[gt]=0', ['time:date', 'noise:amount', 'value:invoiceNumber=""']],
      ['invoices', '/invoice?limit=2000', ['time:date', 'noise:totalAmount', 'removed:termOfPayment']],
    ])('damages %s only in ways the platform produces', async (_list, path, allowed) => {
      const clean = (await getJson<Page<Item>>(harness, token, path)).items;
      harness.context.setFaults('e-boekhouden', { malformedRate: 1 });
      const damaged = (await getJson<Page<Item>>(harness, token, path)).items;
      expect(damaged).toHaveLength(clean.length);
      const kinds = new Set(damaged.map((item, index) => damageOf(item, clean[index] as Item)));
      expect([...kinds].every((kind) => allowed.includes(kind))).toBe(true);
      expect(kinds.size).toBeGreaterThan(1);
    });

    it('never damages the opening-balance rows', async () => {
      harness.context.setFaults('e-boekhouden', { malformedRate: 1 });
      const rows = (await getJson<Page<Item>>(harness, token, '/mutation?limit=2')).items;
      expect(rows).toEqual([expect.objectContaining({ id: 0, type: 0, date: '2023-12-31', invoiceNumber: '' }), expect.objectContaining({ id: 0, date: '2023-12-31' })]);
    });
  });
});

/** How a record differs from its clean self, as one label. */
function damageOf(item: Item, original: Item): string {
  const removed = Object.keys(original).filter((key) => !(key in item));
  if (removed.length > 0) return `removed:${removed.join(',')}`;
  const changed = Object.keys(original).filter((key) => JSON.stringify(item[key]) !== JSON.stringify(original[key]));
  const [key] = changed;
  if (key === undefined || changed.length > 1) return `changed:${changed.join(',')}`;
  const [was, now] = [original[key], item[key]];
  if (now === `${String(was)}T00:00:00`) return `time:${key}`;
  if (typeof now === 'number' && typeof was === 'number' && Math.abs(now - was) < 1e-9) return `noise:${key}`;
  return `value:${key}=${JSON.stringify(now)}`;
}
