import type { GeneratedAdministration, GeneratedInvoice } from '../contracts.js';
import { generateAdministration, generateTenantFixture, HISTORY_DAYS, isValidDutchVatNumber, isValidIban, MAX_TOTAL_CENTS, MIN_TOTAL_CENTS } from './index.js';

const TODAY = '2026-06-15';
const FIRST_DAY = new Date(Date.parse(`${TODAY}T00:00:00Z`) - HISTORY_DAYS * 86_400_000).toISOString().slice(0, 10);

type Status = 'paid' | 'partiallyPaid' | 'overdueOpen' | 'openNotYetDue' | 'credited';

function classify(invoice: GeneratedInvoice, credited: ReadonlySet<string>): Status {
  if (credited.has(invoice.key)) return 'credited';
  if (invoice.openCents === 0) return 'paid';
  if (invoice.openCents < invoice.totalCents) return 'partiallyPaid';
  return invoice.dueDate < TODAY ? 'overdueOpen' : 'openNotYetDue';
}

function shares(administration: GeneratedAdministration): Record<Status, number> {
  const credited = new Set(administration.invoices.flatMap((invoice) => (invoice.creditsInvoiceKey ? [invoice.creditsInvoiceKey] : [])));
  const ordinary = administration.invoices.filter((invoice) => !invoice.isCreditNote);
  const counts: Record<Status, number> = { paid: 0, partiallyPaid: 0, overdueOpen: 0, openNotYetDue: 0, credited: 0 };
  for (const invoice of ordinary) counts[classify(invoice, credited)]++;
  for (const status of Object.keys(counts) as Status[]) counts[status] /= ordinary.length;
  return counts;
}

describe('generateAdministration', () => {
  const medium = generateAdministration({ seed: 2026, invoices: 2_000, today: TODAY });
  const large = generateAdministration({ seed: 7, invoices: 20_000, today: TODAY });

  it('is deterministic: the same options give identical output, another seed different output', () => {
    expect(generateAdministration({ seed: 2026, invoices: 2_000, today: TODAY })).toEqual(medium);
    const other = generateAdministration({ seed: 2027, invoices: 2_000, today: TODAY });
    expect(other.debtors.map((debtor) => debtor.name)).not.toEqual(medium.debtors.map((debtor) => debtor.name));
  });

  it('keeps the debtors when only the invoice count changes', () => {
    const fewer = generateAdministration({ seed: 2026, invoices: 1_000, debtors: 400, today: TODAY });
    expect(fewer.debtors).toEqual(medium.debtors);
  });

  it('produces exactly the requested sizes, with about one debtor per five invoices by default', () => {
    const tiny = generateAdministration({ seed: 1, invoices: 5, today: TODAY, key: 'adm-9', name: 'Klant B.V.' });
    expect(tiny.invoices).toHaveLength(5);
    expect(tiny.debtors).toHaveLength(1);
    expect(tiny).toMatchObject({ key: 'adm-9', name: 'Klant B.V.' });
    expect(medium.invoices).toHaveLength(2_000);
    expect(medium.debtors).toHaveLength(400);
    expect(generateAdministration({ seed: 1, invoices: 10, debtors: 3, today: TODAY }).debtors).toHaveLength(3);
  });

  it('spreads invoice outcomes realistically: mostly paid, some partly paid, overdue, not yet due and credited', () => {
    const result = shares(large);
    expect(result.paid).toBeGreaterThan(0.72);
    expect(result.paid).toBeLessThan(0.85);
    expect(result.partiallyPaid).toBeGreaterThan(0.03);
    expect(result.partiallyPaid).toBeLessThan(0.08);
    expect(result.overdueOpen).toBeGreaterThan(0.05);
    expect(result.overdueOpen).toBeLessThan(0.11);
    expect(result.openNotYetDue).toBeGreaterThan(0.04);
    expect(result.openNotYetDue).toBeLessThan(0.1);
    expect(result.credited).toBeGreaterThan(0.01);
    expect(result.credited).toBeLessThan(0.04);
  });

  it('keeps open amount = total − payments − credit for every invoice', () => {
    const paidByInvoice = new Map<string, number>();
    for (const payment of large.payments) paidByInvoice.set(payment.invoiceKey, (paidByInvoice.get(payment.invoiceKey) ?? 0) + payment.amountCents);
    const creditByInvoice = new Map(large.invoices.filter((i) => i.creditsInvoiceKey).map((i) => [i.creditsInvoiceKey, -i.totalCents]));
    const inconsistent = large.invoices.filter((invoice) => {
      const credit = invoice.isCreditNote ? invoice.totalCents : (creditByInvoice.get(invoice.key) ?? 0);
      return invoice.openCents !== invoice.totalCents - (paidByInvoice.get(invoice.key) ?? 0) - credit || invoice.openCents < 0;
    });
    expect(inconsistent).toEqual([]);
  });

  it('dates payments on or after the invoice and never in the future, some of them late', () => {
    const byKey = new Map(large.invoices.map((invoice) => [invoice.key, invoice]));
    const wrong = large.payments.filter((payment) => {
      const invoice = byKey.get(payment.invoiceKey);
      return !invoice || invoice.debtorKey !== payment.debtorKey || payment.amountCents <= 0 || payment.date < invoice.issueDate || payment.date > TODAY;
    });
    expect(wrong).toEqual([]);
    const late = large.payments.filter((payment) => payment.date > (byKey.get(payment.invoiceKey)?.dueDate ?? '')).length;
    expect(late / large.payments.length).toBeGreaterThan(0.15);
    expect(late / large.payments.length).toBeLessThan(0.5);
    expect(large.payments.map((payment) => payment.date)).toEqual(large.payments.map((payment) => payment.date).sort());
    expect(new Set(large.payments.map((payment) => payment.key)).size).toBe(large.payments.length);
  });

  it('issues invoices in the 18 months before today, numbered sequentially per year in date order', () => {
    const sequence = new Map<string, number>();
    const expectedNumbers = medium.invoices.map((invoice) => {
      const year = invoice.issueDate.slice(0, 4);
      const next = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, next);
      return `${year}-${String(next).padStart(5, '0')}`;
    });
    expect(medium.invoices.map((invoice) => invoice.number)).toEqual(expectedNumbers);
    expect(sequence.size).toBeGreaterThanOrEqual(2);
    const issueDates = medium.invoices.map((invoice) => invoice.issueDate);
    expect(issueDates).toEqual([...issueDates].sort());
    expect(issueDates[0]! >= FIRST_DAY && issueDates.at(-1)! <= TODAY).toBe(true);
    expect(medium.invoices.filter((invoice) => invoice.dueDate < invoice.issueDate)).toEqual([]);
  });

  it('links credit notes to the invoice they cancel, with the opposite total', () => {
    const byKey = new Map(large.invoices.map((invoice) => [invoice.key, invoice]));
    const creditNotes = large.invoices.filter((invoice) => invoice.isCreditNote);
    expect(creditNotes.length).toBeGreaterThan(0);
    const unlinked = creditNotes.filter((note) => {
      const original = byKey.get(note.creditsInvoiceKey ?? '');
      return (
        !original ||
        original.isCreditNote ||
        note.totalCents !== -original.totalCents ||
        note.vatCents !== -original.vatCents ||
        note.issueDate < original.issueDate ||
        !note.description.includes(original.number) ||
        note.openCents !== 0 ||
        original.openCents !== 0
      );
    });
    expect(unlinked).toEqual([]);
  });

  it('draws long-tailed amounts between €25 and €25,000 with 21% or 9% VAT', () => {
    const totals = large.invoices.filter((invoice) => !invoice.isCreditNote).map((invoice) => invoice.totalCents);
    expect(Math.min(...totals)).toBeGreaterThanOrEqual(MIN_TOTAL_CENTS);
    expect(Math.max(...totals)).toBeLessThanOrEqual(MAX_TOTAL_CENTS);
    const oddVat = large.invoices.filter((invoice) => {
      const excl = invoice.totalCents - invoice.vatCents;
      return !invoice.isCreditNote && invoice.vatCents !== Math.round(excl * 0.21) && invoice.vatCents !== Math.round(excl * 0.09);
    });
    expect(oddVat).toEqual([]);
    const sorted = [...totals].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const mean = totals.reduce((sum, total) => sum + total, 0) / totals.length;
    expect(median).toBeGreaterThan(10_000);
    expect(median).toBeLessThan(100_000);
    expect(mean).toBeGreaterThan(median * 1.5);
    expect(totals.filter((total) => total > 1_000_000).length).toBeGreaterThan(0);
    const ninePercent = large.invoices.filter((i) => !i.isCreditNote && i.vatCents === Math.round((i.totalCents - i.vatCents) * 0.09));
    expect(ninePercent.length / totals.length).toBeGreaterThan(0.08);
  });

  it('generates Dutch debtors with valid identifiers and contact details', () => {
    const debtors = large.debtors;
    const invalid = debtors.filter(
      (debtor) =>
        !isValidIban(debtor.iban) ||
        !/^[1-9]\d{3} [A-Z]{2}$/.test(debtor.address.postalCode) ||
        / (SA|SD|SS)$/.test(debtor.address.postalCode) ||
        !/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(debtor.email) ||
        !/^0\d{1,3} \d{3,4} \d{3,4}$/.test(debtor.phone) ||
        debtor.phone.replace(/\D/g, '').length !== 10 ||
        debtor.code !== String(10_000 + Number(debtor.key.slice(1))) ||
        (debtor.kind === 'business'
          ? !/^\d{8}$/.test(debtor.kvk ?? '') || !isValidDutchVatNumber(debtor.vatNumber ?? '')
          : debtor.kvk !== null || debtor.vatNumber !== null),
    );
    expect(invalid).toEqual([]);
    const share = (predicate: (debtor: (typeof debtors)[number]) => boolean): number => debtors.filter(predicate).length / debtors.length;
    expect(share((d) => d.kind === 'business')).toBeGreaterThan(0.6);
    expect(share((d) => d.kind === 'consumer')).toBeGreaterThan(0.2);
    expect(share((d) => d.language === 'en')).toBeGreaterThan(0.03);
    expect(share((d) => d.language === 'en')).toBeLessThan(0.15);
    expect(share((d) => !d.active)).toBeGreaterThan(0.01);
    expect(share((d) => !d.active)).toBeLessThan(0.06);
    expect(share((d) => d.paymentTermDays === 14 || d.paymentTermDays === 30)).toBeGreaterThan(0.8);
    expect(new Set(debtors.map((d) => d.paymentTermDays))).toEqual(new Set([8, 14, 30, 60]));
    expect(debtors.some((d) => d.kind === 'consumer' && /\s(van der|van den|de|van)\s/.test(d.name))).toBe(true);
    expect(debtors.some((d) => d.name.endsWith(' B.V.'))).toBe(true);
    expect(debtors.some((d) => d.name.endsWith(' V.O.F.'))).toBe(true);
    expect(new Set(debtors.map((d) => d.iban.slice(4, 8))).size).toBe(8);
  });

  it('completes 200,000 invoices with consistent keys', () => {
    const huge = generateAdministration({ seed: 99, invoices: 200_000, today: TODAY });
    expect(huge.invoices).toHaveLength(200_000);
    expect(huge.debtors).toHaveLength(40_000);
    expect(huge.invoices.at(-1)?.key).toBe('I200000');
    expect(new Set(huge.invoices.map((invoice) => invoice.number)).size).toBe(200_000);
  }, 60_000); // about 2 s alone; generous for a loaded CI machine

  it('rejects impossible options', () => {
    expect(() => generateAdministration({ seed: 1, invoices: -1, today: TODAY })).toThrow(/invoices/);
    expect(() => generateAdministration({ seed: 1, invoices: 1.5, today: TODAY })).toThrow(/invoices/);
    expect(() => generateAdministration({ seed: 1, invoices: 5, debtors: 0, today: TODAY })).toThrow(/debtors/);
    expect(() => generateAdministration({ seed: 1, invoices: 5, today: '15-06-2026' })).toThrow(/date/);
  });
});

describe('generateTenantFixture', () => {
  it('keys administrations adm-1, adm-2, … with independent, stable seeds', () => {
    const two = generateTenantFixture({ seed: 5, today: TODAY, administrations: [{ invoices: 20 }, { invoices: 30, name: 'Tweede B.V.' }] });
    const three = generateTenantFixture({ seed: 5, today: TODAY, administrations: [{ invoices: 20 }, { invoices: 30, name: 'Tweede B.V.' }, { invoices: 5 }] });
    expect(two.map((administration) => administration.key)).toEqual(['adm-1', 'adm-2']);
    expect(two[1]?.name).toBe('Tweede B.V.');
    expect(two[1]?.invoices).toHaveLength(30);
    expect(three.slice(0, 2)).toEqual(two);
    expect(two[0]?.debtors[0]?.name).not.toBe(two[1]?.debtors[0]?.name);
  });
});
