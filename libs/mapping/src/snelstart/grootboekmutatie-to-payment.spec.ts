import { type CanonicalPayment } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { type PaymentContext } from './context.js';
import { grootboekmutatieToPayment, isCustomerPaymentLine } from './grootboekmutatie-to-payment.js';
import { BANK_JOURNAL, DEBITEUREN, FACTUUR_ID, MEMO_JOURNAL, MUTATIE_ID, RELATIE_ID, SALES_JOURNAL, grootboekmutatie } from './testing/records.js';

const KAS_JOURNAL = '7ccb99d1-6834-5204-a5c1-bb8cc2d42085';
const context: PaymentContext = {
  administrationId: 'adm-1',
  debtorsLedgerIds: [DEBITEUREN.toUpperCase()],
  journalKindById: { [BANK_JOURNAL]: 'Bank', [SALES_JOURNAL]: 'Verkoop', [MEMO_JOURNAL]: 'Memoriaal', [KAS_JOURNAL]: 'Kas' },
  invoiceIdByNumber: new Map([['F-2026-00167', FACTUUR_ID]]),
};

function payment(raw: unknown, ctx: PaymentContext = context): { record: CanonicalPayment; dropped: MappingError[] } {
  const result = grootboekmutatieToPayment(raw, ctx);
  if (!result.ok) throw result.error;
  return result;
}

function failure(raw: unknown): MappingError {
  const result = grootboekmutatieToPayment(raw, context);
  if (result.ok) throw new Error('expected the grootboekmutatie to be rejected');
  return result.error;
}

const journal = (id: string): { id: string } => ({ id });

describe('isCustomerPaymentLine', () => {
  it('is true for a debtors-ledger line outside the sales journal', () => {
    expect(isCustomerPaymentLine(grootboekmutatie(), context)).toBe(true);
    expect(isCustomerPaymentLine(grootboekmutatie({ dagboek: journal(MEMO_JOURNAL) }), context)).toBe(true);
  });

  it('is false for the invoice lines themselves and for other ledgers', () => {
    expect(isCustomerPaymentLine(grootboekmutatie({ dagboek: journal(SALES_JOURNAL), debet: 1210, credit: 0, saldo: 1210 }), context)).toBe(false);
    expect(isCustomerPaymentLine(grootboekmutatie({ grootboek: { id: 'a0c88634-c056-5b0e-9bc0-ffca770a1e33' } }), context)).toBe(false);
  });

  it('lets lines it cannot judge through, so the mapper quarantines them', () => {
    expect(isCustomerPaymentLine(grootboekmutatie({ dagboek: journal('aaaaaaaa-0000-4000-8000-000000000000') }), context)).toBe(true);
    expect(isCustomerPaymentLine(grootboekmutatie({ grootboek: null }), context)).toBe(true);
    expect(isCustomerPaymentLine('x', context)).toBe(true);
  });
});

describe('grootboekmutatieToPayment', () => {
  it('maps a bank payment line with its allocation (§4.4)', () => {
    const { record, dropped } = payment(grootboekmutatie());
    expect(dropped).toEqual([]);
    expect(record).toEqual({
      source: { platform: 'snelstart', administrationId: 'adm-1', externalId: MUTATIE_ID },
      debtorExternalId: RELATIE_ID,
      amountCents: 60_500,
      currency: 'EUR',
      date: '2026-04-20',
      method: 'bank',
      origin: 'platform',
      allocations: [{ invoiceExternalId: FACTUUR_ID, amountCents: 60_500 }],
      platformModifiedAt: '2026-04-20T09:02:13.400Z',
    });
  });

  it('a debit on the debtors ledger (a credit note refunded) is a negative payment', () => {
    const { record } = payment(grootboekmutatie({ debet: 50, credit: 0, saldo: 50 }));
    expect(record.amountCents).toBe(-5000);
    expect(record.allocations).toEqual([{ invoiceExternalId: FACTUUR_ID, amountCents: -5000 }]);
  });

  it('names the method after the journal', () => {
    expect(payment(grootboekmutatie({ dagboek: journal(KAS_JOURNAL) })).record.method).toBe('cash');
    expect(payment(grootboekmutatie({ dagboek: journal(MEMO_JOURNAL) })).record.method).toBe('journal');
  });

  it('reads the amount from saldo when debet and credit are absent', () => {
    expect(payment(grootboekmutatie({ debet: undefined, credit: null, saldo: -12.34 })).record.amountCents).toBe(1234);
  });

  it('leaves the payment unallocated, with a note, when the invoice number is missing or unknown', () => {
    const missing = payment(grootboekmutatie({ factuurNummer: null }));
    expect(missing.record.allocations).toEqual([]);
    expect(missing.dropped.map((error) => error.field)).toEqual(['factuurNummer']);
    const unknown = payment(grootboekmutatie({ factuurNummer: 'onbekend', relatiePublicIdentifier: null }));
    expect([unknown.record.allocations, unknown.record.debtorExternalId]).toEqual([[], null]);
    expect(unknown.dropped[0]?.rawValue).toBe('onbekend');
    expect(payment(grootboekmutatie(), { ...context, invoiceIdByNumber: undefined }).record.allocations).toEqual([]);
  });

  describe('what fails the record', () => {
    it('a missing or malformed id', () => {
      expect(failure(grootboekmutatie({ id: null })).field).toBe('id');
      expect(failure(grootboekmutatie({ id: 'x' })).field).toBe('id');
    });

    it('a line of no amount, or amounts that contradict each other', () => {
      expect(failure(grootboekmutatie({ debet: 0, credit: 0, saldo: 0 })).field).toBe('saldo');
      expect(failure(grootboekmutatie({ saldo: 605 })).field).toBe('saldo');
      expect(failure(grootboekmutatie({ debet: undefined, credit: undefined, saldo: undefined })).field).toBe('saldo');
    });

    it('a bad amount, keeping the raw value', () => {
      const error = failure(grootboekmutatie({ credit: 'zeshonderd' }));
      expect([error.field, error.rawValue]).toEqual(['credit', 'zeshonderd']);
      expect(failure(grootboekmutatie({ debet: [] })).field).toBe('debet');
    });

    it('a bad or missing date', () => {
      expect(failure(grootboekmutatie({ datum: null })).field).toBe('datum');
      expect(failure(grootboekmutatie({ datum: '0001-01-01T00:00:00' })).field).toBe('datum');
      expect(failure(grootboekmutatie({ datum: '2026-04-31T00:00:00' })).field).toBe('datum');
      expect(failure(grootboekmutatie({ modifiedOn: 'later' })).field).toBe('modifiedOn');
    });

    it('a journal not in the cache, a sales-journal line, another ledger', () => {
      expect(failure(grootboekmutatie({ dagboek: journal('aaaaaaaa-0000-4000-8000-000000000000') })).field).toBe('dagboek.id');
      expect(failure(grootboekmutatie({ dagboek: journal(SALES_JOURNAL) })).field).toBe('dagboek.id');
      expect(failure(grootboekmutatie({ dagboek: null })).field).toBe('dagboek');
      expect(failure(grootboekmutatie({ grootboek: { id: 'a0c88634-c056-5b0e-9bc0-ffca770a1e33' } })).field).toBe('grootboek.id');
    });

    it('a relatie reference that is not a reference', () => {
      expect(failure(grootboekmutatie({ relatiePublicIdentifier: { id: 7 } })).field).toBe('relatiePublicIdentifier.id');
    });
  });
});
