import request from 'supertest';
import { createHarness, getJson, openSession, V1, type Harness } from '../testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}
interface ListItem {
  id: number;
  type: number;
  date: string;
  invoiceNumber: string;
  ledgerId: number;
  amount: number;
  entryNumber: string;
}
interface Outstanding {
  mutationId: number;
  invoiceNumber: string;
  relationId: number;
  outstandingAmount: number;
}
interface Ledger {
  id: number;
  category: string;
}

describe('e-Boekhouden mutations (/v1/mutation)', () => {
  let harness: Harness;
  let token: string;

  beforeEach(async () => {
    harness = createHarness();
    token = await openSession(harness);
  });

  const post = (body: unknown) => request(harness.app).post(`${V1}/mutation`).set('Authorization', token).send(body as object);
  const outstanding = async (): Promise<Outstanding[]> =>
    (await getJson<Page<Outstanding>>(harness, token, '/mutation/invoice/outstanding?credDeb=D&limit=2000')).items;
  const ledgerId = async (category: string): Promise<number> =>
    (await getJson<Page<Ledger>>(harness, token, `/ledger?category=${category}`)).items[0]?.id ?? -1;

  /** The payment body a connector sends (§5.1): bank ledger on top, invoice and relation on the row. */
  const paymentBody = async (item: Outstanding, amount: number, extra: Record<string, unknown> = {}) => ({
    type: 3,
    date: '2026-03-16',
    ledgerId: await ledgerId('FIN'),
    relationId: item.relationId,
    invoiceNumber: item.invoiceNumber,
    inExVat: 'EX',
    description: `Betaling ${item.invoiceNumber}`,
    rows: [{ ledgerId: await ledgerId('DEB'), vatCode: 'GEEN', amount, invoiceNumber: item.invoiceNumber, relationId: item.relationId }],
    ...extra,
  });

  describe('GET', () => {
    it('lists mutations thin, opening-balance rows (id 0, type 0) first', async () => {
      const page = await getJson<Page<ListItem>>(harness, token, '/mutation?limit=2000');
      const generated = harness.generated[0];
      expect(page.count).toBe(2 + (generated?.invoices.length ?? 0) + (generated?.payments.length ?? 0));
      for (const item of page.items) expect(Object.keys(item)).toEqual(['id', 'type', 'date', 'invoiceNumber', 'ledgerId', 'amount', 'entryNumber']);
      expect(page.items.slice(0, 2)).toEqual([
        expect.objectContaining({ id: 0, type: 0, date: '2023-12-31', invoiceNumber: '', entryNumber: '' }),
        expect.objectContaining({ id: 0, type: 0, date: '2023-12-31' }),
      ]);
      const ids = page.items.slice(2).map((item) => item.id);
      expect(ids).toEqual(ids.map((_, index) => index + 1));
      harness.sandbox.configure({ openingBalanceRows: false });
      expect((await getJson<Page<ListItem>>(harness, token, '/mutation?limit=1')).items[0]?.id).toBe(1);
    });

    it('filters by type, id, invoice number and date range', async () => {
      const generated = harness.generated[0];
      const invoices = generated?.invoices ?? [];
      expect((await getJson<Page<ListItem>>(harness, token, '/mutation?type=2&limit=2000')).count).toBe(invoices.length);
      expect((await getJson<Page<ListItem>>(harness, token, '/mutation?type=3&limit=2000')).count).toBe(generated?.payments.length);
      const later = await getJson<Page<ListItem>>(harness, token, '/mutation?id[gt]=50&limit=2000');
      expect(later.items.every((item) => item.id > 50)).toBe(true);
      const byNumber = await getJson<Page<ListItem>>(harness, token, `/mutation?invoiceNumber=${invoices[0]?.number ?? ''}&type=2`);
      expect(byNumber.items.map((item) => item.invoiceNumber)).toEqual([invoices[0]?.number]);
      const inRange = await getJson<Page<ListItem>>(harness, token, '/mutation?date[range]=2025-06-01,2025-06-30&limit=2000');
      const expected = [...invoices.map((invoice) => invoice.issueDate), ...(generated?.payments ?? []).map((payment) => payment.date)].filter(
        (date) => date >= '2025-06-01' && date <= '2025-06-30',
      );
      expect(inRange.count).toBe(expected.length);
      const refused = await request(harness.app).get(`${V1}/mutation?date[gte]=16-03-2026`).set('Authorization', token).expect(400);
      expect(refused.body).toMatchObject({ code: 'ERR_002', propertyName: 'date[gte]' });
    });

    it('gives an invoice mutation in detail: relation, term, rows and VAT', async () => {
      const invoice = harness.generated[0]?.invoices.find((candidate) => candidate.vatCents > 0);
      const listed = await getJson<Page<ListItem>>(harness, token, `/mutation?invoiceNumber=${invoice?.number ?? ''}&type=2`);
      const detail = await getJson<Record<string, unknown>>(harness, token, `/mutation/${listed.items[0]?.id ?? 0}`);
      expect(detail).toMatchObject({
        type: 2,
        date: invoice?.issueDate,
        description: invoice?.description,
        inExVat: 'EX',
        invoiceNumber: invoice?.number,
        rows: [{ amount: ((invoice?.totalCents ?? 0) - (invoice?.vatCents ?? 0)) / 100, vatAmount: (invoice?.vatCents ?? 0) / 100 }],
        vat: [{ amount: (invoice?.vatCents ?? 0) / 100 }],
      });
      expect(typeof detail['termOfPayment']).toBe('number');
      expect(typeof detail['relationId']).toBe('number');
    });

    it('answers an unknown mutation (and id 0) with 404', async () => {
      for (const id of ['0', '99999', 'abc']) {
        const response = await request(harness.app).get(`${V1}/mutation/${id}`).set('Authorization', token).expect(404);
        expect(response.body).toMatchObject({ type: 'notFound', status: 404 });
      }
    });
  });

  describe('POST type 3 (payment received)', () => {
    it('books a partial payment: the open amount drops and the write-back is logged', async () => {
      const [item] = await outstanding();
      if (!item) throw new Error('fixture has no open item');
      const part = Math.round(item.outstandingAmount * 40) / 100;
      const body = await paymentBody(item, part, { paymentReference: 'DUNHUB-1' });
      const response = await post(body).expect(200);
      const { id } = response.body as { id: number };
      expect(response.body).toEqual({ id: expect.any(Number) });

      const after = (await outstanding()).find((candidate) => candidate.mutationId === item.mutationId);
      expect(Math.round((after?.outstandingAmount ?? 0) * 100)).toBe(Math.round(item.outstandingAmount * 100) - Math.round(part * 100));
      const detail = await getJson<Record<string, unknown>>(harness, token, `/mutation/${id}`);
      expect(detail).toMatchObject({ type: 3, relationId: item.relationId, invoiceNumber: item.invoiceNumber, rows: [{ amount: part, invoiceNumber: item.invoiceNumber }] });
      expect(harness.context.writeBacks('e-boekhouden')).toEqual([
        expect.objectContaining({ kind: 'payment-mutation', method: 'POST', path: '/v1/mutation', administrationKey: 'adm-1', body }),
      ]);
    });

    it('takes a fully paid invoice off the open items', async () => {
      const [item] = await outstanding();
      if (!item) throw new Error('fixture has no open item');
      await post(await paymentBody(item, item.outstandingAmount)).expect(200);
      expect((await outstanding()).map((candidate) => candidate.mutationId)).not.toContain(item.mutationId);
      expect(harness.sandbox.control.openItems('adm-1').openInvoiceCount).toBe((await outstanding()).length);
    });

    it('rejects a payment reference that was used before (MUTA_008)', async () => {
      const [first, second] = await outstanding();
      if (!first || !second) throw new Error('fixture needs two open items');
      await post(await paymentBody(first, 1, { paymentReference: 'RF18 5390 0754 7034' })).expect(200);
      const duplicate = await post(await paymentBody(second, 1, { paymentReference: 'RF18 5390 0754 7034' })).expect(400);
      expect(duplicate.body).toMatchObject({ type: 'validation', code: 'MUTA_008', propertyName: 'paymentReference' });
      expect((await outstanding()).find((candidate) => candidate.mutationId === second.mutationId)?.outstandingAmount).toBe(second.outstandingAmount);
      expect(harness.context.writeBacks('e-boekhouden')).toHaveLength(1);
    });

    it('checks payment references only on request with paymentReferenceCheck "when-requested"', async () => {
      harness.sandbox.configure({ paymentReferenceCheck: 'when-requested' });
      const [item] = await outstanding();
      if (!item) throw new Error('fixture has no open item');
      await post(await paymentBody(item, 1, { paymentReference: 'REF-1' })).expect(200);
      await post(await paymentBody(item, 1, { paymentReference: 'REF-1' })).expect(200);
      const checked = await post(await paymentBody(item, 1, { paymentReference: 'REF-1', checkPaymentReference: true })).expect(400);
      expect(checked.body).toMatchObject({ code: 'MUTA_008' });
    });

    it('needs the invoice number and relation on every row (MUT_120, MUT_112, MUT_113) and an existing open post (MUT_115)', async () => {
      const [item] = await outstanding();
      if (!item) throw new Error('fixture has no open item');
      const base = await paymentBody(item, 1);
      const row = base.rows[0] as Record<string, unknown>;
      const cases: [Record<string, unknown>, string, string][] = [
        [{ ...row, invoiceNumber: undefined }, 'MUT_120', 'rows[0].invoiceNumber'],
        [{ ...row, relationId: undefined }, 'MUT_112', 'rows[0].relationId'],
        [{ ...row, relationId: 1 }, 'MUT_113', 'rows[0].relationId'],
        [{ ...row, invoiceNumber: '1999-99999' }, 'MUT_115', 'rows[0].invoiceNumber'],
      ];
      for (const [badRow, code, propertyName] of cases) {
        const response = await post({ ...base, rows: [badRow] }).expect(400);
        expect(response.body).toMatchObject({ type: 'validation', status: 400, code, propertyName, errors: [expect.any(String)], traceId: expect.any(String) });
      }
      expect(harness.context.writeBacks('e-boekhouden')).toEqual([]);
    });

    it('refuses bookings in a closed period (MUT_005), long descriptions, bad values and empty bodies', async () => {
      const [item] = await outstanding();
      if (!item) throw new Error('fixture has no open item');
      harness.sandbox.configure({ closedUntil: '2026-03-31' });
      expect((await post(await paymentBody(item, 1)).expect(400)).body).toMatchObject({ code: 'MUT_005' });
      harness.sandbox.configure({ closedUntil: null });
      expect((await post(await paymentBody(item, 1, { description: 'x'.repeat(51) })).expect(400)).body).toMatchObject({ code: 'ERR_002', propertyName: 'description' });
      expect((await post(await paymentBody(item, 1, { type: 9 })).expect(400)).body).toMatchObject({ code: 'ERR_002', propertyName: 'type' });
      expect((await post(await paymentBody(item, 1, { ledgerId: 1 })).expect(400)).body).toMatchObject({ code: 'ERR_002', propertyName: 'ledgerId' });
      expect((await post(await paymentBody(item, 1.005)).expect(400)).body).toMatchObject({ code: 'ERR_002', propertyName: 'rows[0].amount' });
      expect((await request(harness.app).post(`${V1}/mutation`).set('Authorization', token).expect(400)).body).toMatchObject({ code: 'DATA_01' });
    });
  });

  describe('POST type 2 (invoice sent)', () => {
    it('opens a post from the rows, with VAT worked out from the code, and refuses the number twice (MUT_019)', async () => {
      const relation = (await getJson<Page<{ id: number }>>(harness, token, '/relation?limit=1')).items[0];
      const body = {
        type: 2,
        date: '2026-03-16',
        ledgerId: await ledgerId('DEB'),
        relationId: relation?.id,
        invoiceNumber: 'INC-2026-1',
        termOfPayment: 14,
        inExVat: 'EX',
        description: 'Incassokosten',
        rows: [{ ledgerId: await ledgerId('VW'), vatCode: 'HOOG_VERK_21', amount: 40 }],
      };
      const { id } = (await post(body).expect(200)).body as { id: number };
      const open = (await outstanding()).find((item) => item.invoiceNumber === 'INC-2026-1');
      expect(open).toMatchObject({ mutationId: id, outstandingAmount: 48.4 });
      expect(await getJson<Record<string, unknown>>(harness, token, `/mutation/${id}`)).toMatchObject({ termOfPayment: 14, vat: [{ vatCode: 'HOOG_VERK_21', amount: 8.4 }] });
      expect((await post(body).expect(400)).body).toMatchObject({ code: 'MUT_019' });
      expect(harness.context.writeBacks('e-boekhouden').map((entry) => entry.kind)).toEqual(['mutation']);
    });
  });
});
