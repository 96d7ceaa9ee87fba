import { type PaymentContext, type SourceContext } from './context.js';
import { grootboekmutatiesToPayments, relatiesToDebtors, verkoopfacturenToInvoices } from './page.js';
import { sandboxContext, sandboxPaymentContext, sandboxPayloads } from './testing/sandbox-payloads.js';
import { BANK_JOURNAL, DEBITEUREN, SALES_JOURNAL, grootboekmutatie, relatie, verkoopfactuur } from './testing/records.js';

const context: SourceContext = { administrationId: 'adm-1' };
const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('page mappers on hand-made records', () => {
  it('maps the good records, quarantines each bad one with its raw payload, and skips suppliers', () => {
    const bad = relatie({ id: id(2), naam: null });
    const page = relatiesToDebtors([relatie({ id: id(1) }), bad, relatie({ id: id(3), relatiesoort: ['Leverancier'] }), 'x'], context);
    expect(page.records.map((record) => record.source.externalId)).toEqual([id(1)]);
    expect(page.failures).toHaveLength(2);
    expect(page.failures[0]).toMatchObject({ raw: bad, error: { field: 'naam' } });
    expect(page.skipped).toBe(1);
    expect(page.cursor).toBe('2026-05-02T16:40:03.120');
  });

  it('lists the records whose details were dropped', () => {
    const page = relatiesToDebtors([relatie({ id: id(1), iban: 'NL00XXXX' }), relatie({ id: id(2) })], context);
    expect(page.dropped.map((entry) => [entry.externalId, entry.errors.map((error) => error.field)])).toEqual([[id(1), ['iban']]]);
  });

  it('keeps going past a bad invoice and takes the latest modifiedOn as the cursor, failed rows included', () => {
    const rows = [
      verkoopfactuur({ id: id(1), modifiedOn: '2026-05-03T09:14:22.5' }),
      verkoopfactuur({ id: id(2), modifiedOn: '2026-05-03T09:14:22.517', openstaandSaldo: 'veel' }),
      verkoopfactuur({ id: id(3), modifiedOn: '2026-05-03T09:14:22.51' }),
    ];
    const page = verkoopfacturenToInvoices(rows, context);
    expect(page.records.map((record) => record.source.externalId)).toEqual([id(1), id(3)]);
    expect(page.failures.map((failure) => failure.error.field)).toEqual(['openstaandSaldo']);
    expect(page.cursor).toBe('2026-05-03T09:14:22.517');
    expect(verkoopfacturenToInvoices([], context)).toEqual({ records: [], failures: [], dropped: [], skipped: 0, cursor: null });
  });

  it('maps only the payment lines of a ledger page', () => {
    const paymentContext: PaymentContext = { ...context, debtorsLedgerIds: [DEBITEUREN], journalKindById: { [BANK_JOURNAL]: 'Bank', [SALES_JOURNAL]: 'Verkoop' } };
    const invoiceLine = grootboekmutatie({ id: id(1), dagboek: { id: SALES_JOURNAL }, debet: 605, credit: 0, saldo: 605 });
    const page = grootboekmutatiesToPayments([invoiceLine, grootboekmutatie({ id: id(2) }), grootboekmutatie({ id: id(3), datum: 'x' })], paymentContext);
    expect(page.records.map((record) => record.source.externalId)).toEqual([id(2)]);
    expect(page.failures.map((failure) => failure.error.field)).toEqual(['datum']);
    expect(page.skipped).toBe(1);
  });
});

describe('page mappers on payloads the sandbox stand-in served for generated data', () => {
  const payloads = sandboxPayloads();
  const ctx = sandboxContext(payloads);

  it('maps every clean relatie, with the sandbox quirks handled', () => {
    const page = relatiesToDebtors(payloads.relaties, ctx);
    expect(page.failures).toEqual([]);
    expect(page.records).toHaveLength(payloads.relaties.length);
    expect(page.records.filter((debtor) => !debtor.active).length).toBe(payloads.relaties.filter((raw) => raw.nonactief === true).length);
    expect(page.records.some((debtor) => !debtor.active)).toBe(true);
    // English speakers carry Taal = EN; the others are Dutch by field or by country.
    const english = new Set(payloads.relaties.filter((raw) => JSON.stringify(raw.extraVeldenKlant).includes('"EN"')).map((raw) => raw.id));
    expect(english.size).toBeGreaterThan(0);
    for (const debtor of page.records) expect(debtor.language).toBe(english.has(debtor.source.externalId) ? 'en' : 'nl');
    for (const debtor of page.records) {
      const raw = payloads.relaties.find((candidate) => candidate.id === debtor.source.externalId);
      expect(debtor.kind).toBe(raw?.aanmaningsoort === 'Consument' ? 'consumer' : raw?.aanmaningsoort === 'Onderneming' ? 'business' : debtor.kind);
      expect(debtor.emails.length).toBeGreaterThan(0);
      expect(debtor.address?.countryCode).toBe('NL');
    }
  });

  it('maps every clean invoice: totals and open amounts equal the sandbox to the cent, credit notes negative', () => {
    const page = verkoopfacturenToInvoices(payloads.verkoopfacturen, ctx);
    expect(page.failures).toEqual([]);
    expect(page.dropped).toEqual([]);
    const cents = (value: unknown): number => Math.round(Number(value) * 100);
    const total = (values: number[]): number => values.reduce((sum, value) => sum + value, 0);
    expect(total(page.records.map((invoice) => invoice.totalCents))).toBe(total(payloads.verkoopfacturen.map((raw) => cents(raw.factuurBedrag))));
    expect(total(page.records.map((invoice) => invoice.openCents))).toBe(total(payloads.verkoopfacturen.map((raw) => cents(raw.openstaandSaldo))));
    const statuses = new Set(page.records.map((invoice) => `${invoice.kind}/${invoice.status}`));
    expect(statuses).toEqual(new Set(['credit_note/paid', 'invoice/paid', 'invoice/open', 'invoice/partially_paid']));
    for (const invoice of page.records.filter((record) => record.kind === 'credit_note')) expect(invoice.totalCents).toBeLessThan(0);
    const relatieIds = new Set(payloads.relaties.map((raw) => raw.id));
    for (const invoice of page.records) expect(relatieIds.has(invoice.debtorExternalId)).toBe(true);
  });

  it('maps the payment lines, each allocated to a known invoice, leaving the invoice and bank lines out', () => {
    const paymentContext = sandboxPaymentContext(payloads);
    const page = grootboekmutatiesToPayments(payloads.grootboekmutaties, paymentContext);
    expect(page.failures).toEqual([]);
    expect(page.records.length).toBeGreaterThan(0);
    expect(page.skipped).toBe(payloads.grootboekmutaties.length - page.records.length);
    const invoiceIds = new Set(payloads.verkoopfacturen.map((raw) => raw.id));
    for (const payment of page.records) {
      expect(payment.allocations).toHaveLength(1);
      expect(invoiceIds.has(payment.allocations[0]?.invoiceExternalId ?? '')).toBe(true);
      expect(payment.method).toBe('bank');
    }
    // What was paid on an invoice is its total minus what is open, unless a credit note settled it.
    const invoices = verkoopfacturenToInvoices(payloads.verkoopfacturen, sandboxContext(payloads)).records;
    const paid = new Map<string, number>();
    for (const payment of page.records) for (const allocation of payment.allocations) paid.set(allocation.invoiceExternalId, (paid.get(allocation.invoiceExternalId) ?? 0) + allocation.amountCents);
    const partly = invoices.filter((invoice) => invoice.status === 'partially_paid');
    expect(partly.length).toBeGreaterThan(0);
    for (const invoice of partly) expect(paid.get(invoice.source.externalId)).toBe(invoice.totalCents - invoice.openCents);
  });

  it('quarantines the records the malformed fault broke, and keeps the debtors whose details it broke', () => {
    const invoices = verkoopfacturenToInvoices(payloads.malformed.verkoopfacturen, ctx);
    expect(invoices.records).toEqual([]);
    expect(new Set(invoices.failures.map((failure) => failure.error.field))).toEqual(new Set(['vervalDatum', 'relatie', 'factuurnummer']));
    for (const failure of invoices.failures) expect(payloads.malformed.verkoopfacturen).toContain(failure.raw);

    const debtors = relatiesToDebtors(payloads.malformed.relaties, ctx);
    expect(debtors.failures).toEqual([]);
    expect(debtors.records).toHaveLength(payloads.malformed.relaties.length);
    expect(new Set(debtors.dropped.flatMap((entry) => entry.errors.map((error) => error.field)))).toEqual(
      new Set(['email', 'aanmaningEmailVersturen.email', 'iban']),
    );

    const payments = grootboekmutatiesToPayments(payloads.malformed.grootboekmutaties, sandboxPaymentContext(payloads));
    expect(payments.failures).toEqual([]);
    for (const payment of payments.records) expect(payment.allocations).toEqual([]);
  });

  it('is content-stable: mapping the same payloads twice gives equal records', () => {
    const again = sandboxPayloads();
    expect(relatiesToDebtors(again.relaties, sandboxContext(again))).toEqual(relatiesToDebtors(payloads.relaties, ctx));
    expect(verkoopfacturenToInvoices(again.verkoopfacturen, sandboxContext(again))).toEqual(verkoopfacturenToInvoices(payloads.verkoopfacturen, ctx));
  });
});
