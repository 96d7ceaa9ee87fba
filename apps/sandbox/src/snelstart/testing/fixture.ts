// Small hand-made administrations for the stand-in's tests: exact counts (for paging to an uneven
// last page), exact amounts and dates, so assertions can name the values.
import type { GeneratedAdministration, GeneratedDebtor, GeneratedInvoice, GeneratedPayment } from '../../core/contracts.js';

export interface FixtureOptions {
  key?: string;
  name?: string;
  debtors?: number;
  invoices?: number;
}

export function debtor(index: number, overrides: Partial<GeneratedDebtor> = {}): GeneratedDebtor {
  const code = String(10_000 + index);
  return {
    key: `D${String(index).padStart(5, '0')}`,
    code,
    name: `Klant ${index} B.V.`,
    kind: 'business',
    contactName: `Contact ${index}`,
    email: `info@klant${index}.nl`,
    phone: '020 123 4567',
    address: { street: 'Dorpsstraat', houseNumber: String(index), postalCode: '1234 AB', city: 'Alkmaar', countryCode: 'NL' },
    kvk: '12345678',
    vatNumber: 'NL123456789B01',
    iban: 'NL91ABNA0417164300',
    language: 'nl',
    paymentTermDays: 30,
    active: true,
    ...overrides,
  };
}

/** Invoice `index` (1-based) for debtor ((index − 1) mod debtors) + 1, issued in March 2026. */
export function invoice(index: number, debtors: number, overrides: Partial<GeneratedInvoice> = {}): GeneratedInvoice {
  const day = String(1 + ((index - 1) % 28)).padStart(2, '0');
  return {
    key: `I${String(index).padStart(6, '0')}`,
    number: `2026-${String(index).padStart(5, '0')}`,
    debtorKey: `D${String(1 + ((index - 1) % debtors)).padStart(5, '0')}`,
    issueDate: `2026-03-${day}`,
    dueDate: `2026-04-${day}`,
    description: `Levering ${index}`,
    currency: 'EUR',
    totalCents: 121_000 + index,
    vatCents: 21_000,
    openCents: 121_000 + index,
    isCreditNote: false,
    creditsInvoiceKey: null,
    ...overrides,
  };
}

export function administration(options: FixtureOptions = {}, payments: GeneratedPayment[] = []): GeneratedAdministration {
  const debtorCount = options.debtors ?? 3;
  const invoiceCount = options.invoices ?? 5;
  return {
    key: options.key ?? 'adm-1',
    name: options.name ?? 'Bakkerij De Vries B.V.',
    debtors: Array.from({ length: debtorCount }, (_, index) => debtor(index + 1)),
    invoices: Array.from({ length: invoiceCount }, (_, index) => invoice(index + 1, debtorCount)),
    payments,
  };
}
