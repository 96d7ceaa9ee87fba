import request from 'supertest';
import { createHarness, getJson, openSession, V1, type Harness } from '../testing/harness.js';

interface Page<T> {
  items: T[];
  count: number;
}
type Relation = Record<string, unknown> & { id: number; code: string; name: string };

describe('e-Boekhouden relations (/v1/relation)', () => {
  let harness: Harness;
  let token: string;

  beforeEach(async () => {
    harness = createHarness();
    token = await openSession(harness);
  });

  const firstRelationId = async (): Promise<number> => (await getJson<Page<{ id: number }>>(harness, token, '/relation?limit=1')).items[0]?.id ?? -1;
  const patch = (id: number, body: unknown) => request(harness.app).patch(`${V1}/relation/${id}`).set('Authorization', token).send(body as object);

  it('lists relations thin: id, type and code only', async () => {
    const page = await getJson<Page<Record<string, unknown>>>(harness, token, '/relation?limit=2000');
    expect(page.items).toHaveLength(12);
    for (const item of page.items) expect(Object.keys(item)).toEqual(['id', 'type', 'code']);
    const debtors = harness.generated[0]?.debtors ?? [];
    expect(page.items.map((item) => item['code'])).toEqual(debtors.map((debtor) => debtor.code));
    expect(page.items.map((item) => item['type'])).toEqual(debtors.map((debtor) => (debtor.kind === 'business' ? 'B' : 'P')));
  });

  it('gives the detail per relation, with the generated debtor data in e-Boekhouden fields', async () => {
    const debtor = harness.generated[0]?.debtors.find((candidate) => candidate.kind === 'business' && candidate.paymentTermDays !== 14);
    if (!debtor) throw new Error('fixture has no business debtor with a non-default term');
    const listed = await getJson<Page<{ id: number }>>(harness, token, `/relation?code=${debtor.code}`);
    const detail = await getJson<Relation>(harness, token, `/relation/${listed.items[0]?.id ?? 0}`);
    expect(detail).toMatchObject({
      type: 'B',
      code: debtor.code,
      name: debtor.name,
      contact: debtor.contactName,
      emailAddress: debtor.email,
      iban: debtor.iban,
      postalCode: debtor.address.postalCode,
      city: debtor.address.city,
      country: 'NL',
      termOfPayment: debtor.paymentTermDays,
      inactive: !debtor.active,
    });
    expect(detail['date']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
    expect(Object.keys(detail).slice(0, 5)).toEqual(['id', 'type', 'code', 'date', 'name']);
  });

  it('omits empty fields from the detail (no note, no free texts) unless omitEmptyFields is off', async () => {
    const id = await firstRelationId();
    const detail = await getJson<Relation>(harness, token, `/relation/${id}`);
    expect(detail).not.toHaveProperty('note');
    expect(detail).not.toHaveProperty('freeText1');
    harness.sandbox.configure({ omitEmptyFields: false, relationDateWithTime: false });
    const full = await getJson<Relation>(harness, token, `/relation/${id}`);
    expect(full['note']).toBeNull();
    expect(full['freeText10']).toBeNull();
    expect(full['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves termOfPayment out for relations on the administration default of 14 days', async () => {
    const debtor = harness.generated[0]?.debtors.find((candidate) => candidate.paymentTermDays === 14);
    if (!debtor) throw new Error('fixture has no debtor on 14 days');
    const listed = await getJson<Page<{ id: number }>>(harness, token, `/relation?code=${debtor.code}`);
    expect(await getJson<Relation>(harness, token, `/relation/${listed.items[0]?.id ?? 0}`)).not.toHaveProperty('termOfPayment');
  });

  it('answers an unknown relation with REL_055 (404, or 400 with notFoundStatus)', async () => {
    const missing = await request(harness.app).get(`${V1}/relation/999`).set('Authorization', token).expect(404);
    expect(missing.body).toMatchObject({ code: 'REL_055', status: 404, title: 'Relation not found.' });
    harness.sandbox.configure({ notFoundStatus: 400 });
    expect((await request(harness.app).get(`${V1}/relation/999`).set('Authorization', token).expect(400)).body).toMatchObject({ code: 'REL_055', status: 400 });
  });

  it('filters the list with the spec syntax (eq, like, not_eq)', async () => {
    const debtors = harness.generated[0]?.debtors ?? [];
    const consumers = debtors.filter((debtor) => debtor.kind === 'consumer').length;
    expect((await getJson<Page<unknown>>(harness, token, '/relation?type=P&limit=2000')).count).toBe(consumers);
    expect((await getJson<Page<unknown>>(harness, token, '/relation?type[not_eq]=P&limit=2000')).count).toBe(debtors.length - consumers);
    const city = debtors[0]?.address.city ?? '';
    const inCity = debtors.filter((debtor) => debtor.address.city.toLowerCase().startsWith(city.slice(0, 3).toLowerCase())).length;
    expect((await getJson<Page<unknown>>(harness, token, `/relation?city[like]=${encodeURIComponent(`${city.slice(0, 3)}%`)}`)).count).toBe(inCity);
    const refused = await request(harness.app).get(`${V1}/relation?code=1&code[like]=1%25`).set('Authorization', token).expect(400);
    expect(refused.body).toMatchObject({ code: 'ERR_002', propertyName: 'code' });
  });

  describe('PATCH', () => {
    it('writes note and free text, keeps every field the body leaves out, and logs the write-back', async () => {
      const id = await firstRelationId();
      const before = await getJson<Relation>(harness, token, `/relation/${id}`);
      const body = { name: before.name, note: 'Eerste herinnering 2026-03-16', freeText3: 'DUN:1:2026-03-16' };
      const response = await patch(id, body).expect(204);
      expect(response.text).toBe('');

      const after = await getJson<Relation>(harness, token, `/relation/${id}`);
      expect(after).toEqual({ ...before, note: body.note, freeText3: body.freeText3 });
      expect(harness.context.writeBacks('e-boekhouden')).toEqual([
        expect.objectContaining({ administrationKey: 'adm-1', kind: 'relation-patch', method: 'PATCH', path: `/v1/relation/${id}`, body }),
      ]);
    });

    it('replaces the note rather than appending to it', async () => {
      const id = await firstRelationId();
      const { name } = await getJson<Relation>(harness, token, `/relation/${id}`);
      await patch(id, { name, note: 'one' }).expect(204);
      await patch(id, { name, note: 'two' }).expect(204);
      expect((await getJson<Relation>(harness, token, `/relation/${id}`))['note']).toBe('two');
    });

    it('requires the name on every PATCH (REL_002) and changes nothing without it', async () => {
      const id = await firstRelationId();
      const before = await getJson<Relation>(harness, token, `/relation/${id}`);
      for (const body of [{ note: 'x' }, { name: '', note: 'x' }, { name: '  ', note: 'x' }]) {
        const response = await patch(id, body).expect(400);
        expect(response.body).toMatchObject({ type: 'validation', code: 'REL_002', propertyName: 'name', errors: ['Name is mandatory.'] });
      }
      expect(await getJson<Relation>(harness, token, `/relation/${id}`)).toEqual(before);
      expect(harness.context.writeBacks('e-boekhouden')).toEqual([]);
    });

    it('clears a field sent as an empty string', async () => {
      const id = await firstRelationId();
      const { name } = await getJson<Relation>(harness, token, `/relation/${id}`);
      await patch(id, { name, emailAddress: '' }).expect(204);
      expect(await getJson<Relation>(harness, token, `/relation/${id}`)).not.toHaveProperty('emailAddress');
    });

    it('clears every omitted field with patchOmittedFields "clear"', async () => {
      harness.sandbox.configure({ patchOmittedFields: 'clear' });
      const id = await firstRelationId();
      const before = await getJson<Relation>(harness, token, `/relation/${id}`);
      await patch(id, { name: before.name, note: 'alleen dit' }).expect(204);
      const after = await getJson<Relation>(harness, token, `/relation/${id}`);
      expect(after).toEqual({ id, type: before['type'], code: before.code, date: before['date'], name: before.name, note: 'alleen dit' });
    });

    it('refuses a too long note (REL_047) and free text (REL_037..REL_046)', async () => {
      const id = await firstRelationId();
      const { name } = await getJson<Relation>(harness, token, `/relation/${id}`);
      expect((await patch(id, { name, note: 'x'.repeat(40_001) }).expect(400)).body).toMatchObject({ code: 'REL_047', propertyName: 'note' });
      await patch(id, { name, note: 'x'.repeat(40_000) }).expect(204);
      expect((await patch(id, { name, freeText1: 'y'.repeat(101) }).expect(400)).body).toMatchObject({ code: 'REL_037' });
      expect((await patch(id, { name, freeText10: 'y'.repeat(101) }).expect(400)).body).toMatchObject({ code: 'REL_046' });
    });

    it('refuses a code another relation holds (REL_049), a wrong type (ERR_002) and an unknown relation (REL_055)', async () => {
      const page = await getJson<Page<{ id: number; code: string }>>(harness, token, '/relation?limit=2');
      const [first, second] = page.items;
      if (!first || !second) throw new Error('fixture needs two relations');
      const { name } = await getJson<Relation>(harness, token, `/relation/${first.id}`);
      expect((await patch(first.id, { name, code: second.code }).expect(400)).body).toMatchObject({ code: 'REL_049' });
      expect((await patch(first.id, { name, termOfPayment: '30' }).expect(400)).body).toMatchObject({ code: 'ERR_002', propertyName: 'termOfPayment' });
      expect((await patch(first.id, { name, type: 'X' }).expect(400)).body).toMatchObject({ code: 'ERR_002', propertyName: 'type' });
      expect((await patch(424242, { name }).expect(404)).body).toMatchObject({ code: 'REL_055' });
      expect((await request(harness.app).patch(`${V1}/relation/${first.id}`).set('Authorization', token).expect(400)).body).toMatchObject({ code: 'DATA_01' });
    });
  });
});
