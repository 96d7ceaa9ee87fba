import { type CanonicalInvoice } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { type SourceContext } from './context.js';
import { verkoopfactuurToInvoice } from './verkoopfactuur-to-invoice.js';
import { FACTUUR_ID, RELATIE_ID, verkoopfactuur } from './testing/records.js';

const context: SourceContext = { administrationId: 'adm-1' };

function invoice(raw: unknown, ctx: SourceContext = context): { record: CanonicalInvoice; dropped: MappingError[] } {
  const result = verkoopfactuurToInvoice(raw, ctx);
  if (!result.ok) throw result.error;
  return result;
}

function failure(raw: unknown): MappingError {
  const result = verkoopfactuurToInvoice(raw, context);
  if (result.ok) throw new Error('expected the verkoopfactuur to be rejected');
  return result.error;
}

function amounts(factuurBedrag: unknown, openstaandSaldo: unknown): Pick<CanonicalInvoice, 'kind' | 'totalCents' | 'openCents' | 'status'> {
  const { kind, totalCents, openCents, status } = invoice(verkoopfactuur({ factuurBedrag, openstaandSaldo })).record;
  return { kind, totalCents, openCents, status };
}

describe('verkoopfactuurToInvoice', () => {
  it('maps every field of the §4.1 example', () => {
    const { record, dropped } = invoice(verkoopfactuur());
    expect(dropped).toEqual([]);
    expect(record).toEqual({
      source: { platform: 'snelstart', administrationId: 'adm-1', externalId: FACTUUR_ID },
      number: 'F-2026-00167',
      kind: 'invoice',
      debtorExternalId: RELATIE_ID,
      issueDate: '2026-04-01',
      dueDate: '2026-05-01',
      currency: 'EUR',
      totalCents: 121_000,
      openCents: 60_500,
      status: 'partially_paid',
      description: null,
      // 09:14:22.517 in Amsterdam (CEST).
      platformModifiedAt: '2026-05-03T07:14:22.517Z',
    });
  });

  it('takes the currency and the zone from the context', () => {
    const { record } = invoice(verkoopfactuur({ modifiedOn: '2026-01-15T12:00:00' }), { ...context, currency: 'USD', instantZone: 'UTC' });
    expect(record.currency).toBe('USD');
    expect(record.platformModifiedAt).toBe('2026-01-15T12:00:00.000Z');
  });

  it('gives the same record for the same payload and ignores unknown fields (§2.1)', () => {
    const raw = verkoopfactuur({ nieuwVeld: { x: 1 } });
    expect(invoice(raw).record).toEqual(invoice(verkoopfactuur()).record);
  });

  describe('status from openstaandSaldo', () => {
    it('open when all of the total is open, paid at 0, partially_paid in between', () => {
      expect(amounts(1210, 1210)).toEqual({ kind: 'invoice', totalCents: 121_000, openCents: 121_000, status: 'open' });
      expect(amounts(1210, 0)).toEqual({ kind: 'invoice', totalCents: 121_000, openCents: 0, status: 'paid' });
      expect(amounts(1210, 0.01)).toEqual({ kind: 'invoice', totalCents: 121_000, openCents: 1, status: 'partially_paid' });
    });

    it('a negative saldo on an invoice (paid too much) is settled, with a note', () => {
      const { record, dropped } = invoice(verkoopfactuur({ factuurBedrag: 100, openstaandSaldo: -5 }));
      expect([record.kind, record.openCents, record.status]).toEqual(['invoice', 0, 'paid']);
      expect(dropped.map((error) => [error.field, error.rawValue])).toEqual([['openstaandSaldo', -5]]);
    });

    it('a saldo larger than the total is kept as owed, and open', () => {
      expect(amounts(100, 150)).toEqual({ kind: 'invoice', totalCents: 10_000, openCents: 15_000, status: 'open' });
    });

    it('reads decimals exactly, and decimal strings in machine notation (§3.3)', () => {
      expect(amounts(0.3, 0.1)).toMatchObject({ totalCents: 30, openCents: 10 });
      expect(amounts('1210.00', '605.5')).toMatchObject({ totalCents: 121_000, openCents: 60_550 });
      expect(amounts(1e3, 0)).toMatchObject({ totalCents: 100_000 });
    });
  });

  describe('credit notes (§3.3: negative amounts)', () => {
    it('a negative factuurBedrag is a credit note, its open amount signed like the total', () => {
      expect(amounts(-605, -605)).toEqual({ kind: 'credit_note', totalCents: -60_500, openCents: -60_500, status: 'open' });
      expect(amounts(-605, -100)).toEqual({ kind: 'credit_note', totalCents: -60_500, openCents: -10_000, status: 'partially_paid' });
      expect(amounts(-605, 0)).toEqual({ kind: 'credit_note', totalCents: -60_500, openCents: 0, status: 'paid' });
    });

    it('a positive saldo on a credit note (refunded too much) is settled, with a note', () => {
      const { record, dropped } = invoice(verkoopfactuur({ factuurBedrag: -605, openstaandSaldo: 10 }));
      expect([record.kind, record.openCents, record.status]).toEqual(['credit_note', 0, 'paid']);
      expect(dropped[0]?.field).toBe('openstaandSaldo');
    });

    it('with a zero total, the sign of the saldo decides', () => {
      expect(amounts(0, -5)).toEqual({ kind: 'credit_note', totalCents: 0, openCents: -500, status: 'open' });
      expect(amounts(0, 0)).toEqual({ kind: 'invoice', totalCents: 0, openCents: 0, status: 'paid' });
      expect(amounts(0, 5)).toMatchObject({ kind: 'invoice', status: 'open' });
    });
  });

  describe('dates', () => {
    it('reads the day as written, whatever the time part', () => {
      const { record } = invoice(verkoopfactuur({ factuurDatum: '2026-03-31T23:59:59.997', vervalDatum: '2026-04-30' }));
      expect([record.issueDate, record.dueDate]).toEqual(['2026-03-31', '2026-04-30']);
    });

    it('fails on an unset due date (DateTime.MinValue, a sandbox defect), a missing or impossible date', () => {
      const unset = failure(verkoopfactuur({ vervalDatum: '0001-01-01T00:00:00' }));
      expect([unset.field, unset.rawValue]).toEqual(['vervalDatum', '0001-01-01T00:00:00']);
      expect(failure(verkoopfactuur({ vervalDatum: null })).field).toBe('vervalDatum');
      expect(failure(verkoopfactuur({ factuurDatum: undefined })).field).toBe('factuurDatum');
      expect(failure(verkoopfactuur({ factuurDatum: '2026-02-30T00:00:00' })).field).toBe('factuurDatum');
      expect(failure(verkoopfactuur({ factuurDatum: '01-04-2026' })).field).toBe('factuurDatum');
      expect(failure(verkoopfactuur({ vervalDatum: 20260501 })).field).toBe('vervalDatum');
    });

    it('reads the booking casing as missing: factuurdatum is not factuurDatum (§4.1)', () => {
      const raw = verkoopfactuur({ factuurDatum: undefined, factuurdatum: '2026-04-01T00:00:00' });
      expect(failure(raw).field).toBe('factuurDatum');
    });

    it('has no modified stamp when modifiedOn is missing, and fails on a malformed one', () => {
      expect(invoice(verkoopfactuur({ modifiedOn: undefined })).record.platformModifiedAt).toBeNull();
      expect(failure(verkoopfactuur({ modifiedOn: '2026-13-01T00:00:00' })).field).toBe('modifiedOn');
    });
  });

  describe('what fails the record', () => {
    it('a missing or malformed id', () => {
      expect(failure(verkoopfactuur({ id: undefined })).field).toBe('id');
      expect(failure(verkoopfactuur({ id: 'F-2026-00167' })).field).toBe('id');
    });

    it('a missing factuurnummer (a sandbox defect) or one of the wrong type', () => {
      expect(failure(verkoopfactuur({ factuurnummer: null })).field).toBe('factuurnummer');
      expect(failure(verkoopfactuur({ factuurnummer: ' ' })).field).toBe('factuurnummer');
      expect(failure(verkoopfactuur({ factuurnummer: 167 })).field).toBe('factuurnummer');
    });

    it('a missing relatie (a sandbox defect) or a malformed relatie id', () => {
      expect(failure(verkoopfactuur({ relatie: null })).field).toBe('relatie');
      expect(failure(verkoopfactuur({ relatie: { id: null } })).field).toBe('relatie.id');
      expect(failure(verkoopfactuur({ relatie: { id: '00000000-0000-0000-0000-000000000000' } })).field).toBe('relatie.id');
      expect(failure(verkoopfactuur({ relatie: RELATIE_ID })).field).toBe('relatie');
    });

    it('a missing or unreadable amount, keeping the raw value', () => {
      for (const [field, value] of [
        ['factuurBedrag', null],
        ['factuurBedrag', '€ 12,50 ongeveer'],
        ['openstaandSaldo', undefined],
        ['openstaandSaldo', true],
        ['openstaandSaldo', Number.NaN],
        ['factuurBedrag', { value: 12 }],
      ] as const) {
        const error = failure(verkoopfactuur({ [field]: value }));
        expect([error.field, error.rawValue]).toEqual([field, value]);
      }
    });

    it('something that is not an object', () => {
      expect(failure(42).field).toBe('VerkoopfactuurModel');
    });
  });
});
