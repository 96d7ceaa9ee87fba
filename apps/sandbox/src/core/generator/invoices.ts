// Invoices, credit notes and payments over the 18 months before `today`. Each invoice first gets
// a fate (paid, partly paid, open, credited); its dates and payments are then drawn to fit it.
// Numbers are assigned afterwards in issue-date order, sequential per year ("2026-00001").
import type { GeneratedDebtor, GeneratedInvoice, GeneratedPayment, SeededRandom } from '../contracts.js';
import { generateAmount } from './amounts.js';
import { createDayFormatter, sortByDay, weekday } from './days.js';
import { weightedPick } from './identifiers.js';
import {
  BUSINESS_DESCRIPTIONS_EN,
  BUSINESS_DESCRIPTIONS_NL,
  CONSUMER_DESCRIPTIONS_EN,
  CONSUMER_DESCRIPTIONS_NL,
  MONTHS_EN,
  MONTHS_NL,
} from './words.js';

// Module-scoped aliases keep the hot loop off Jest's slow global lookups (see random.ts).
const { floor, log, max, min, round } = Math;

export type InvoiceFate = 'paid' | 'partiallyPaid' | 'overdueOpen' | 'openNotYetDue' | 'credited';

/** Target shares of the fates of ordinary invoices (credit notes come on top of `credited`). */
export const FATE_SHARES: Readonly<Record<InvoiceFate, number>> = {
  paid: 0.78,
  partiallyPaid: 0.05,
  overdueOpen: 0.08,
  openNotYetDue: 0.07,
  credited: 0.02,
};

export const HISTORY_DAYS = 548; // about 18 months

const FATES = Object.keys(FATE_SHARES) as InvoiceFate[];
const FATE_WEIGHTS = FATES.map((fate) => FATE_SHARES[fate]);

interface Draft {
  debtor: GeneratedDebtor;
  fate: InvoiceFate;
  issueDay: number;
  dueDay: number;
  totalCents: number;
  vatCents: number;
  credits: Draft | null;
  number: string;
  key: string;
}

/** Payments in draw order plus their day numbers (parallel arrays: no extra object per payment). */
interface PaymentDraft {
  payments: GeneratedPayment[];
  days: number[];
}

export interface GeneratedLedger {
  invoices: GeneratedInvoice[];
  payments: GeneratedPayment[];
}

export function generateLedger(random: SeededRandom, debtors: readonly GeneratedDebtor[], count: number, todayDay: number): GeneratedLedger {
  // Stable sort: same-day invoices keep their draw order, so the output is fully deterministic.
  const drafts = sortByDay(draftInvoices(random, debtors, count, todayDay), (draft) => draft.issueDay);
  const format = createDayFormatter();
  assignNumbers(drafts, format);

  const invoices: GeneratedInvoice[] = [];
  const paymentDraft: PaymentDraft = { payments: [], days: [] };
  for (const draft of drafts) {
    const paid = draftPayments(random, draft, todayDay, format, paymentDraft);
    const isCreditNote = draft.totalCents < 0;
    invoices.push({
      key: draft.key,
      number: draft.number,
      debtorKey: draft.debtor.key,
      issueDate: format(draft.issueDay),
      dueDate: format(draft.dueDay),
      description: isCreditNote ? creditNoteDescription(draft) : describe(random, draft, format(draft.issueDay)),
      currency: 'EUR',
      totalCents: draft.totalCents,
      vatCents: draft.vatCents,
      openCents: draft.fate === 'credited' ? 0 : draft.totalCents - paid,
      isCreditNote,
      creditsInvoiceKey: draft.credits?.key ?? null,
    });
  }
  // Payment keys follow the payment date, like a bank statement's order.
  const order = sortByDay(paymentDraft.days.map((_day, index) => index), (index) => paymentDraft.days[index] as number);
  const payments = order.map((index, position) => {
    const payment = paymentDraft.payments[index] as GeneratedPayment;
    payment.key = `P${`${position + 1}`.padStart(6, '0')}`;
    return payment;
  });
  return { invoices, payments };
}

function draftInvoices(random: SeededRandom, debtors: readonly GeneratedDebtor[], count: number, todayDay: number): Draft[] {
  const drafts: Draft[] = [];
  while (drafts.length < count) {
    const debtor = pickDebtor(random, debtors);
    let fate = weightedPick(random, FATES, FATE_WEIGHTS);
    // An inactive debtor's history is settled; the last slot cannot hold an invoice plus its credit note.
    if (!debtor.active || (fate === 'credited' && count - drafts.length < 2)) fate = 'paid';
    const term = debtor.paymentTermDays;
    const issueDay = pickIssueDay(random, fate, term, todayDay);
    const amount = generateAmount(random);
    const draft: Draft = {
      debtor,
      fate,
      issueDay,
      dueDay: issueDay + term,
      totalCents: amount.totalCents,
      vatCents: amount.vatCents,
      credits: null,
      number: '',
      key: '',
    };
    drafts.push(draft);
    if (fate === 'credited') {
      const creditDay = min(todayDay, issueDay + random.int(2, 45));
      drafts.push({ ...draft, issueDay: creditDay, dueDay: creditDay, totalCents: -draft.totalCents, vatCents: -draft.vatCents, credits: draft });
    }
  }
  return drafts;
}

/** A few regular customers get many invoices, the long tail a handful. */
function pickDebtor(random: SeededRandom, debtors: readonly GeneratedDebtor[]): GeneratedDebtor {
  return debtors[floor(debtors.length * random.next() ** 1.5)] as GeneratedDebtor;
}

function pickIssueDay(random: SeededRandom, fate: InvoiceFate, term: number, todayDay: number): number {
  const firstDay = todayDay - HISTORY_DAYS;
  switch (fate) {
    case 'openNotYetDue':
      return random.int(todayDay - term, todayDay);
    case 'overdueOpen': {
      // Most overdue invoices are weeks late, a few are many months late.
      const daysOverdue = 1 + floor(-log(1 - random.next()) * 40);
      return max(firstDay, todayDay - term - min(daysOverdue, HISTORY_DAYS));
    }
    default: {
      const day = random.int(firstDay, todayDay - 1);
      // Invoices go out on working days: move weekend dates back to Friday when that stays in range.
      const shift = weekday(day) === 6 ? 1 : weekday(day) === 0 ? 2 : 0;
      return day - shift >= firstDay ? day - shift : day;
    }
  }
}

function assignNumbers(drafts: Draft[], format: (day: number) => string): void {
  const sequenceByYear = new Map<string, number>();
  drafts.forEach((draft, index) => {
    const year = format(draft.issueDay).slice(0, 4);
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    draft.number = `${year}-${`${sequence}`.padStart(5, '0')}`;
    draft.key = `I${`${index + 1}`.padStart(6, '0')}`;
  });
}

/** Appends the draft's payments and returns their sum. */
function draftPayments(
  random: SeededRandom,
  draft: Draft,
  todayDay: number,
  format: (day: number) => string,
  out: PaymentDraft,
): number {
  let amounts: number[];
  let days: number[];
  if (draft.fate === 'paid' && draft.totalCents > 0) {
    const finalDay = min(todayDay, draft.issueDay + paymentDelay(random, draft.dueDay - draft.issueDay));
    if (random.chance(0.06) && finalDay > draft.issueDay) {
      const first = round(draft.totalCents * (0.3 + random.next() * 0.4));
      amounts = [first, draft.totalCents - first];
      days = [random.int(draft.issueDay, finalDay - 1), finalDay];
    } else {
      amounts = [draft.totalCents];
      days = [finalDay];
    }
  } else if (draft.fate === 'partiallyPaid') {
    const paidCents = max(1, round(draft.totalCents * (0.15 + random.next() * 0.7)));
    amounts = splitAmount(random, paidCents, random.int(1, 3));
    days = amounts.map(() => random.int(draft.issueDay, todayDay)).sort((a, b) => a - b);
  } else {
    return 0;
  }
  const description = `Betaling factuur ${draft.number}`;
  amounts.forEach((amountCents, i) => {
    const day = days[i] as number;
    out.payments.push({ key: '', invoiceKey: draft.key, debtorKey: draft.debtor.key, date: format(day), amountCents, description });
    out.days.push(day);
  });
  return amounts.reduce((sum, amount) => sum + amount, 0);
}

/** Days from issue to payment: most on time, a quarter late, a few very late. */
function paymentDelay(random: SeededRandom, term: number): number {
  const roll = random.next();
  if (roll < 0.65) return random.int(0, term);
  if (roll < 0.92) return term + random.int(1, 45);
  return term + random.int(46, 180);
}

/** Splits into `parts` positive amounts that add up exactly. */
function splitAmount(random: SeededRandom, total: number, parts: number): number[] {
  const count = min(parts, total);
  const amounts: number[] = [];
  let left = total;
  for (let i = count; i > 1; i--) {
    const share = max(1, min(left - (i - 1), round((left / i) * (0.6 + random.next() * 0.8))));
    amounts.push(share);
    left -= share;
  }
  amounts.push(left);
  return amounts;
}

function describe(random: SeededRandom, draft: Draft, issueDate: string): string {
  const english = draft.debtor.language === 'en';
  const templates =
    draft.debtor.kind === 'business'
      ? english ? BUSINESS_DESCRIPTIONS_EN : BUSINESS_DESCRIPTIONS_NL
      : english ? CONSUMER_DESCRIPTIONS_EN : CONSUMER_DESCRIPTIONS_NL;
  const year = issueDate.slice(0, 4);
  const month = (english ? MONTHS_EN : MONTHS_NL)[(issueDate.charCodeAt(5) - 48) * 10 + issueDate.charCodeAt(6) - 49] ?? '';
  return random
    .pick(templates)
    .replace('{month}', `${month} ${year}`)
    .replace('{year}', year)
    .replace('{n}', `${random.int(1, 4)}`);
}

function creditNoteDescription(draft: Draft): string {
  const credited = draft.credits?.number ?? '';
  return draft.debtor.language === 'en' ? `Credit note for invoice ${credited}` : `Creditnota bij factuur ${credited}`;
}
