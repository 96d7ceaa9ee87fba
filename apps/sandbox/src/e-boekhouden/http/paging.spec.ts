import request from 'supertest';
import { createHarness, getJson, openSession, V1, type Harness } from '../testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}

/** Pages the way every client does (§3.5): until a page holds fewer than `limit` items. */
async function walk<T>(harness: Harness, token: string, path: string, limit: number): Promise<{ pages: Page<T>[]; items: T[] }> {
  const pages: Page<T>[] = [];
  for (let offset = 0; ; offset += limit) {
    const separator = path.includes('?') ? '&' : '?';
    const page = await getJson<Page<T>>(harness, token, `${path}${separator}limit=${limit}&offset=${offset}`);
    pages.push(page);
    if (page.items.length < limit) break;
  }
  return { pages, items: pages.flatMap((page) => page.items) };
}

describe('e-Boekhouden paging (limit 1–2000, offset ≥ 0, { items, count })', () => {
  describe('on a small administration', () => {
    let harness: Harness;
    let token: string;

    beforeAll(async () => {
      harness = createHarness();
      token = await openSession(harness);
    });

    it.each([['0'], ['2001'], ['-1'], ['abc'], ['1.5']])('refuses limit=%s with PAGE_001', async (limit) => {
      const response = await request(harness.app).get(`${V1}/relation?limit=${limit}`).set('Authorization', token).expect(400);
      expect(response.body).toMatchObject({ type: 'validation', status: 400, code: 'PAGE_001', propertyName: 'limit' });
    });

    it.each([['-1'], ['x']])('refuses offset=%s with PAGE_002', async (offset) => {
      const response = await request(harness.app).get(`${V1}/mutation?offset=${offset}`).set('Authorization', token).expect(400);
      expect(response.body).toMatchObject({ code: 'PAGE_002', propertyName: 'offset' });
    });

    it('checks paging on the outstanding endpoint too, and takes limit 1 and 2000', async () => {
      const refused = await request(harness.app).get(`${V1}/mutation/invoice/outstanding?credDeb=D&limit=2001`).set('Authorization', token).expect(400);
      expect(refused.body).toMatchObject({ code: 'PAGE_001' });
      expect((await getJson<Page<unknown>>(harness, token, '/relation?limit=1')).items).toHaveLength(1);
      expect((await getJson<Page<unknown>>(harness, token, '/relation?limit=2000')).items).toHaveLength(12);
    });

    it('defaults to 100 items per page', async () => {
      const page = await getJson<Page<unknown>>(harness, token, '/mutation');
      expect(page.items).toHaveLength(100);
      expect(page.count).toBe(100);
    });

    it('pages the open items to the very last record with an uneven page size', async () => {
      const all = await getJson<Page<{ mutationId: number }>>(harness, token, '/mutation/invoice/outstanding?credDeb=D&limit=2000');
      expect(all.items.length % 4).not.toBe(0);
      const { pages, items } = await walk<{ mutationId: number }>(harness, token, '/mutation/invoice/outstanding?credDeb=D', 4);
      expect(items.map((item) => item.mutationId)).toEqual(all.items.map((item) => item.mutationId));
      expect(pages.at(-1)?.items.length).toBe(all.items.length % 4);
      expect(pages.at(-1)?.items.at(-1)).toEqual(all.items.at(-1));
    });

    it('reports count as the page size, or as the total with countMeaning "total"', async () => {
      const total = (await getJson<Page<unknown>>(harness, token, '/relation?limit=2000')).items.length;
      expect((await getJson<Page<unknown>>(harness, token, '/relation?limit=5&offset=10')).count).toBe(total - 10);
      harness.sandbox.configure({ countMeaning: 'total' });
      expect((await getJson<Page<unknown>>(harness, token, '/relation?limit=5&offset=10')).count).toBe(total);
      harness.sandbox.configure({ countMeaning: 'page' });
    });

    it('answers an offset past the end with an empty page', async () => {
      expect(await getJson<Page<unknown>>(harness, token, '/relation?offset=500')).toEqual({ items: [], count: 0 });
    });
  });

  describe('past 2,000 records', () => {
    it('walks every mutation with limit=2000 to the last one', async () => {
      const harness = createHarness({ invoices: 1300, debtors: 200 });
      const token = await openSession(harness);
      const generated = harness.generated[0];
      const expected = 2 + (generated?.invoices.length ?? 0) + (generated?.payments.length ?? 0);
      expect(expected).toBeGreaterThan(2000);
      expect(expected % 2000).not.toBe(0);

      const { pages, items } = await walk<{ id: number }>(harness, token, '/mutation', 2000);
      expect(pages.map((page) => page.count)).toEqual([2000, expected - 2000]);
      expect(items).toHaveLength(expected);
      expect(items.at(-1)?.id).toBe(expected - 2);
      expect(new Set(items.slice(2).map((item) => item.id)).size).toBe(expected - 2);
    });
  });
});
