// Booking an invoice or a payment the way SnelStart does: a verkoopboeking, the verkoopfactuur
// derived from it, and the grootboekmutaties on the debtors account (notes §4.1, §4.2, §4.4).
// A payment is a bank journal entry: a debit on the bank and a credit on the debtors account
// carrying `factuurNummer` and `relatiePublicIdentifier` (🟡 KIOUI reads payments exactly so).
// The sandbox keeps only these lines; omzet and btw lines are left out, nothing here reads them.
import type { SandboxDate } from '../../core/contracts.js';
import { stableInt, stableUuid } from '../ids.js';
import { dateToNaive, type NaiveMs } from '../wire/datetime.js';
import type { Administration, GrootboekMutatie, Verkoopboeking, Verkoopfactuur } from './types.js';

const WORKDAY_START_MS = 8 * 3_600_000;
const WORKDAY_END_MS = 18 * 3_600_000;

export interface NewInvoice {
  key: string;
  number: string;
  relatieId: string;
  issueDate: SandboxDate;
  dueDate: SandboxDate;
  description: string;
  totalCents: number;
  vatCents: number;
  openCents: number;
  modifiedOn: NaiveMs;
}

export interface NewPayment {
  key: string;
  amountCents: number;
  date: SandboxDate;
  description: string;
  modifiedOn: NaiveMs;
}

/** A deterministic moment during office hours on `date`, never later than `notAfter`. */
export function officeHoursOn(date: SandboxDate, notAfter: NaiveMs, ...labels: string[]): NaiveMs {
  return Math.min(dateToNaive(date) + stableInt(WORKDAY_START_MS, WORKDAY_END_MS - 1, ...labels), notAfter);
}

export function bookInvoice(administration: Administration, invoice: NewInvoice): Verkoopfactuur {
  const label = ['snelstart', administration.key, invoice.key];
  const boeking: Verkoopboeking = {
    id: stableUuid(...label, 'verkoopboeking'),
    factuurnummer: invoice.number,
    boekstuk: invoice.number,
    klantId: invoice.relatieId,
    factuurdatum: invoice.issueDate,
    omschrijving: invoice.description,
    totalCents: invoice.totalCents,
    vatCents: invoice.vatCents,
    betalingstermijn: paymentTermDays(invoice.issueDate, invoice.dueDate),
    markering: false,
    gewijzigdDoorAccountant: false,
    modifiedOn: invoice.modifiedOn,
  };
  const factuur: Verkoopfactuur = {
    id: stableUuid(...label, 'verkoopfactuur'),
    boekingId: boeking.id,
    invoiceKey: invoice.key,
    factuurnummer: invoice.number,
    relatieId: invoice.relatieId,
    factuurDatum: invoice.issueDate,
    vervalDatum: invoice.dueDate,
    totalCents: invoice.totalCents,
    openCents: invoice.openCents,
    modifiedOn: invoice.modifiedOn,
  };
  const { ledger } = administration;
  addMutation(administration, {
    id: stableUuid(...label, 'grootboekmutatie'),
    grootboekId: ledger.debiteuren.id,
    dagboekId: ledger.verkoopDagboek.id,
    datum: invoice.issueDate,
    modifiedOn: invoice.modifiedOn,
    omschrijving: invoice.description,
    ...debitCredit(invoice.totalCents),
    boekstuk: invoice.number,
    factuurNummer: invoice.number,
    relatieId: invoice.relatieId,
    boekingId: boeking.id,
  });
  administration.boekingen.set(boeking.id, boeking);
  administration.facturen.set(factuur.id, factuur);
  administration.factuurIdByNumber.set(factuur.factuurnummer, factuur.id);
  administration.version++;
  return factuur;
}

/** The two lines of a bank entry settling `factuur`; the caller moves `openCents` itself. */
export function bookPayment(administration: Administration, factuur: Verkoopfactuur, payment: NewPayment): void {
  const label = ['snelstart', administration.key, payment.key];
  const { ledger } = administration;
  // A refund of a credit note runs the other way: money leaves the bank.
  const received = factuur.totalCents < 0 ? -payment.amountCents : payment.amountCents;
  const boekstuk = `${payment.date.replaceAll('-', '')}-${stableInt(1, 40, ...label)}`;
  const shared = { dagboekId: ledger.bankDagboek.id, datum: payment.date, modifiedOn: payment.modifiedOn, omschrijving: payment.description, boekstuk, boekingId: null };
  addMutation(administration, { ...shared, id: stableUuid(...label, 'bank'), grootboekId: ledger.bank.id, ...debitCredit(received), factuurNummer: null, relatieId: null });
  addMutation(administration, {
    ...shared,
    id: stableUuid(...label, 'debiteuren'),
    grootboekId: ledger.debiteuren.id,
    ...debitCredit(-received),
    factuurNummer: factuur.factuurnummer,
    relatieId: factuur.relatieId,
  });
  administration.version++;
}

/** Hard delete: booking, invoice, its ledger line and attachments vanish without a tombstone (notes §4.6). */
export function removeInvoice(administration: Administration, factuur: Verkoopfactuur): void {
  administration.facturen.delete(factuur.id);
  administration.boekingen.delete(factuur.boekingId);
  administration.factuurIdByNumber.delete(factuur.factuurnummer);
  for (const mutatie of administration.mutaties.values()) {
    if (mutatie.boekingId === factuur.boekingId) administration.mutaties.delete(mutatie.id);
  }
  for (const document of administration.documents.values()) {
    if (document.parentId === factuur.boekingId) administration.documents.delete(document.id);
  }
  administration.version++;
}

export function paymentTermDays(issueDate: SandboxDate, dueDate: SandboxDate): number {
  const days = Math.round((dateToNaive(dueDate) - dateToNaive(issueDate)) / 86_400_000);
  return Math.min(Math.max(days, 0), 999);
}

function addMutation(administration: Administration, mutatie: GrootboekMutatie): void {
  administration.mutaties.set(mutatie.id, mutatie);
}

function debitCredit(cents: number): { debetCents: number; creditCents: number } {
  return cents >= 0 ? { debetCents: cents, creditCents: 0 } : { debetCents: 0, creditCents: -cents };
}
