// Turns one platform-neutral GeneratedAdministration into a SnelStart administratie. Every id and
// timestamp is derived from the generated keys, so seeding is deterministic and order-free.
// Timestamps: an invoice was booked during office hours on its invoice date, a payment on its
// payment date, and a relatie was last edited some days before its first invoice.
import type { GeneratedAdministration, GeneratedDebtor } from '../../core/contracts.js';
import { stableInt, stableUuid } from '../ids.js';
import type { CustomFieldDefinition } from '../options.js';
import { addDaysNaive, dateToNaive, naiveToDate, type NaiveMs } from '../wire/datetime.js';
import { bookInvoice, bookPayment, officeHoursOn } from './bookings.js';
import { companyProfile } from './company.js';
import { chartOfAccounts } from './reference-data.js';
import { relatieFromDebtor } from './seed-relatie.js';
import type { Administration } from './types.js';

export interface SeedContext {
  now: NaiveMs;
  customFieldDefinitions: readonly CustomFieldDefinition[];
}

export function administrationId(administrationKey: string): string {
  return stableUuid('snelstart', administrationKey, 'administratie');
}

export function seedAdministration(generated: GeneratedAdministration, context: SeedContext): Administration {
  const earliest = generated.invoices.reduce((min, invoice) => (invoice.issueDate < min ? invoice.issueDate : min), naiveToDate(context.now));
  const administration: Administration = {
    key: generated.key,
    id: administrationId(generated.key),
    name: generated.name,
    company: companyProfile(generated.key, generated.name),
    relaties: new Map(),
    boekingen: new Map(),
    facturen: new Map(),
    mutaties: new Map(),
    documents: new Map(),
    ...chartOfAccounts(generated.key, addDaysNaive(dateToNaive(earliest), -30)),
    relatieIdByCode: new Map(),
    relatieIdByDebtorKey: new Map(),
    factuurIdByNumber: new Map(),
    version: 0,
    sequence: 0,
  };
  seedRelaties(administration, generated, context);
  seedInvoicesAndPayments(administration, generated, context.now);
  return administration;
}

function seedRelaties(administration: Administration, generated: GeneratedAdministration, context: SeedContext): void {
  const firstInvoiceDate = new Map<string, string>();
  for (const invoice of generated.invoices) {
    const known = firstInvoiceDate.get(invoice.debtorKey);
    if (known === undefined || invoice.issueDate < known) firstInvoiceDate.set(invoice.debtorKey, invoice.issueDate);
  }
  for (const debtor of generated.debtors) {
    const relatie = relatieFromDebtor({
      id: stableUuid('snelstart', generated.key, 'relatie', debtor.key),
      administrationKey: generated.key,
      debtor,
      definitions: context.customFieldDefinitions,
      modifiedOn: relatieModifiedOn(generated.key, debtor, firstInvoiceDate.get(debtor.key), context.now),
    });
    administration.relaties.set(relatie.id, relatie);
    administration.relatieIdByCode.set(relatie.relatiecode, relatie.id);
    administration.relatieIdByDebtorKey.set(debtor.key, relatie.id);
  }
}

function relatieModifiedOn(administrationKey: string, debtor: GeneratedDebtor, firstInvoice: string | undefined, now: NaiveMs): NaiveMs {
  const label = ['snelstart', administrationKey, debtor.key, 'relatie-edited'];
  const anchor = firstInvoice ?? naiveToDate(now);
  const edited = naiveToDate(addDaysNaive(dateToNaive(anchor), -stableInt(1, 30, ...label)));
  return officeHoursOn(edited, now, ...label);
}

function seedInvoicesAndPayments(administration: Administration, generated: GeneratedAdministration, now: NaiveMs): void {
  const facturen = new Map<string, ReturnType<typeof bookInvoice>>();
  for (const invoice of generated.invoices) {
    const relatieId = administration.relatieIdByDebtorKey.get(invoice.debtorKey);
    if (relatieId === undefined) throw new Error(`Invoice ${invoice.key} names unknown debtor ${invoice.debtorKey}`);
    const factuur = bookInvoice(administration, {
      key: invoice.key,
      number: invoice.number,
      relatieId,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      description: invoice.description,
      totalCents: invoice.totalCents,
      vatCents: invoice.vatCents,
      openCents: invoice.openCents,
      modifiedOn: officeHoursOn(invoice.issueDate, now, 'snelstart', generated.key, invoice.key, 'booked'),
    });
    facturen.set(invoice.key, factuur);
  }
  for (const payment of generated.payments) {
    const factuur = facturen.get(payment.invoiceKey);
    if (factuur === undefined) throw new Error(`Payment ${payment.key} names unknown invoice ${payment.invoiceKey}`);
    bookPayment(administration, factuur, {
      key: payment.key,
      amountCents: payment.amountCents,
      date: payment.date,
      description: payment.description,
      modifiedOn: officeHoursOn(payment.date, now, 'snelstart', generated.key, payment.key, 'booked'),
    });
  }
}
