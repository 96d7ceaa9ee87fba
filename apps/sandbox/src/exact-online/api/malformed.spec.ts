import { apiGet, closeHarnesses, connect, createHarness } from '../testing/harness.js';

afterAll(closeHarnesses);

describe('malformedRate fault', () => {
  it('corrupts a share of list records the same way on every read, and none at rate 0', async () => {
    const harness = await createHarness({ administrations: [{ invoices: 200 }] });
    const tokens = await connect(harness);
    const path = `/api/v1/${harness.division}/sync/Cashflow/PaymentTerms?$select=Timestamp,ID,Account,AmountDC,DueDate,InvoiceNumber&$filter=Timestamp gt 1`;
    const clean = (await apiGet(harness, tokens.accessToken, path)).body.d.results as Array<Record<string, unknown>>;

    harness.context.setFaults('exact-online', { malformedRate: 0.3 });
    const first = (await apiGet(harness, tokens.accessToken, path)).body.d.results as Array<Record<string, unknown>>;
    const second = (await apiGet(harness, tokens.accessToken, path)).body.d.results as Array<Record<string, unknown>>;

    const broken = first.filter((row, index) => JSON.stringify(row) !== JSON.stringify(clean[index]));
    expect(broken.length).toBeGreaterThan(clean.length * 0.15);
    expect(broken.length).toBeLessThan(clean.length * 0.45);
    expect(second).toEqual(first);
    const kinds = new Set(
      broken.map((row) => {
        if (typeof row.AmountDC === 'string') return 'wrong type';
        if (row.DueDate === '/Date(-62135596800000)/') return 'bad date';
        return 'missing field';
      }),
    );
    expect(kinds).toEqual(new Set(['wrong type', 'bad date', 'missing field']));
  });
});
