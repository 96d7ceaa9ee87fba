// Generated (platform-neutral) administrations → e-Boekhouden administrations: relations from
// debtors, a type-2 mutation per invoice (its term carries the due date, §3.1), a type-3 mutation
// per payment, most invoices also in the invoicing module, and an opening balance.
import { addDays, daysBetween } from '../../core/clock.js';
import type { GeneratedAdministration, GeneratedDebtor, GeneratedInvoice, GeneratedPayment, SandboxDate } from '../../core/contracts.js';
import { stableFraction, stableHex } from '../stable-hash.js';
import { AdministrationStore } from './administration-store.js';
import { bookPayment, bookSalesInvoice } from './bookings.js';
import type { IdSequences } from './ids.js';
import type { OpenPostRecord, RelationRecord } from './records.js';

/** The administration's default payment term; relations with this term leave the field empty (§3.3). */
export const DEFAULT_TERM_OF_PAYMENT = 14;

export interface SeedSettings {
  /** Share of invoices that also exist in the invoicing module. */
  invoiceModuleShare: number;
}

export function apiTokenFor(administrationKey: string): string {
  return stableHex(`api-token:${administrationKey}`);
}

export function seedAdministration(generated: GeneratedAdministration, ids: IdSequences, settings: SeedSettings): AdministrationStore {
  const administration = new AdministrationStore(
    { key: generated.key, name: generated.name, apiToken: apiTokenFor(generated.key), invoiceTemplateId: ids.nextInvoiceId() },
    ids,
  );
  addChartOfAccounts(administration);
  const openingDate = openingBalanceDate(generated.invoices);
  const firstInvoiceDates = firstInvoiceDateByDebtor(generated.invoices);
  for (const debtor of generated.debtors) {
    administration.addRelation(relationFromDebtor(debtor, ids.nextRelationId(), createdDate(debtor, firstInvoiceDates, openingDate)));
  }
  bookHistory(administration, generated, settings);
  addOpeningBalance(administration, openingDate);
  return administration;
}

export function relationFromDebtor(debtor: GeneratedDebtor, id: number, date: SandboxDate): RelationRecord {
  const business = debtor.kind === 'business';
  const relation: RelationRecord = {
    id,
    debtorKey: debtor.key,
    date,
    type: business ? 'B' : 'P',
    code: debtor.code,
    // Private persons keep their name in the company field too (§3.3).
    name: debtor.name,
    address: `${debtor.address.street} ${debtor.address.houseNumber}`,
    postalCode: debtor.address.postalCode,
    city: debtor.address.city,
    country: debtor.address.countryCode,
    phoneNumber: debtor.phone,
    emailAddress: debtor.email,
    iban: debtor.iban,
    inactive: !debtor.active,
  };
  if (business) relation.contact = debtor.contactName;
  if (debtor.vatNumber) relation.vatNumber = debtor.vatNumber;
  if (debtor.kvk) relation.companyRegistrationNumber = debtor.kvk;
  if (debtor.paymentTermDays !== DEFAULT_TERM_OF_PAYMENT) relation.termOfPayment = debtor.paymentTermDays;
  // Some firms route reminders to their accounts-payable desk: the dedicated reminder address (§3.3).
  if (business && stableFraction(`reminder-address:${debtor.key}`) < 0.25) {
    relation.emailAddressReminder = `crediteuren@${debtor.email.split('@')[1] ?? 'example.nl'}`;
  }
  return relation;
}

/** Invoices and payments booked in date order, so mutation numbers rise with the date as in a real ledger. */
function bookHistory(administration: AdministrationStore, generated: GeneratedAdministration, settings: SeedSettings): void {
  const invoices = [...generated.invoices].sort((a, b) => compareDates(a.issueDate, b.issueDate));
  const payments = [...generated.payments].sort((a, b) => compareDates(a.date, b.date));
  const posts = new Map<string, OpenPostRecord>();
  const book = (invoice: GeneratedInvoice): void => {
    posts.set(invoice.key, bookGeneratedInvoice(administration, invoice, settings));
  };
  let next = 0;
  for (const payment of payments) {
    while (next < invoices.length && compareDates((invoices[next] as GeneratedInvoice).issueDate, payment.date) <= 0) {
      book(invoices[next++] as GeneratedInvoice);
    }
    bookGeneratedPayment(administration, payment, posts);
  }
  while (next < invoices.length) book(invoices[next++] as GeneratedInvoice);
  // What payments did not settle was settled by matching a credit note in the UI: no mutation of its own.
  for (const invoice of generated.invoices) {
    const post = posts.get(invoice.key);
    if (post) post.openCents = invoice.openCents;
  }
}

/** `openCents` defaults to the full total: the seed books the payments after it. */
export function bookGeneratedInvoice(
  administration: AdministrationStore,
  invoice: GeneratedInvoice,
  settings: SeedSettings,
  openCents = invoice.totalCents,
): OpenPostRecord {
  const relation = administration.relationByDebtorKey(invoice.debtorKey);
  if (!relation) throw new Error(`Invoice ${invoice.number} refers to unknown debtor ${invoice.debtorKey}`);
  return bookSalesInvoice(administration, {
    invoiceKey: invoice.key,
    relation,
    invoiceNumber: invoice.number,
    date: invoice.issueDate,
    termOfPayment: Math.max(0, daysBetween(invoice.issueDate, invoice.dueDate)),
    description: invoice.description,
    totalCents: invoice.totalCents,
    vatCents: invoice.vatCents,
    openCents,
    isCreditNote: invoice.isCreditNote,
    creditsInvoiceKey: invoice.creditsInvoiceKey,
    inInvoiceModule: stableFraction(`invoice-module:${invoice.key}`) < settings.invoiceModuleShare,
  });
}

function bookGeneratedPayment(administration: AdministrationStore, payment: GeneratedPayment, posts: Map<string, OpenPostRecord>): void {
  const post = posts.get(payment.invoiceKey);
  if (!post) throw new Error(`Payment ${payment.key} is dated before its invoice ${payment.invoiceKey}`);
  bookPayment(administration, { post, amountCents: payment.amountCents, date: payment.date, description: payment.description });
}

function addChartOfAccounts(administration: AdministrationStore): void {
  // The bank comes first: it is the FIN ledger payments are booked on unless a caller picks Kas.
  administration.addLedger('1100', 'Bank', 'FIN');
  administration.addLedger('1000', 'Kas', 'FIN');
  administration.addLedger('1300', 'Debiteuren', 'DEB');
  administration.addLedger('1600', 'Crediteuren', 'CRED');
  administration.addLedger('0500', 'Eigen vermogen', 'BAL');
  administration.addLedger('8000', 'Omzet', 'VW');
}

/** The last day of the year before the oldest invoice: the opening balance of the first book year. */
function openingBalanceDate(invoices: readonly GeneratedInvoice[]): SandboxDate {
  const oldest = invoices.reduce<SandboxDate | null>((min, invoice) => (min === null || invoice.issueDate < min ? invoice.issueDate : min), null);
  const year = Number((oldest ?? '2025-01-01').slice(0, 4));
  return `${year - 1}-12-31`;
}

function addOpeningBalance(administration: AdministrationStore, date: SandboxDate): void {
  const bankCents = 500_000 + Math.floor(stableFraction(`opening:${administration.key}`) * 5_000_000);
  administration.setOpeningBalances([
    { date, ledgerId: administration.ledgerOf('FIN').id, amountCents: bankCents },
    { date, ledgerId: administration.ledgerOf('BAL').id, amountCents: -bankCents },
  ]);
}

function firstInvoiceDateByDebtor(invoices: readonly GeneratedInvoice[]): Map<string, SandboxDate> {
  const first = new Map<string, SandboxDate>();
  for (const invoice of invoices) {
    const known = first.get(invoice.debtorKey);
    if (known === undefined || invoice.issueDate < known) first.set(invoice.debtorKey, invoice.issueDate);
  }
  return first;
}

function createdDate(debtor: GeneratedDebtor, firstInvoiceDates: Map<string, SandboxDate>, openingDate: SandboxDate): SandboxDate {
  const firstInvoice = firstInvoiceDates.get(debtor.key) ?? openingDate;
  return addDays(firstInvoice, -Math.floor(stableFraction(`relation-created:${debtor.key}`) * 60));
}

function compareDates(a: SandboxDate, b: SandboxDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
