// The payment terms one pull has seen, by sales entry (the invoice's externalId, §4.10), and the
// unmatched receipts by the invoice they pay. Exact splits an invoice into several terms (§4.3:
// instalments, and a partial payment splits a term into a matched part and an open rest), and
// the sync feed orders rows by Timestamp, not by invoice: one invoice's terms can sit on two
// pages, or only some of them can have changed since the cursor. The book collects them until
// an entry is complete, then hands it out once for combining (entry-combination.ts).
//
// "Complete" (§4.3): the terms' AmountFC add up to the entry's total, `TransactionAmountFC`,
// which every term row carries. A row keeps `pending` until it has been handed out; the pull's
// cursor never passes a pending row, so a resumed run fetches it again.
import { exactOnline } from '@hub/mapping';
import { SYNC_PAYMENT_TERM_FIELDS } from '../http/select-fields.js';
import { combineBatch, type BatchOutcome } from './entry-combination.js';

type PaymentTerm = exactOnline.PaymentTerm;

/** What the book itself reads of a term; the mapper re-reads the raw row when combining. */
type TermFacts = Pick<PaymentTerm, 'id' | 'role' | 'accountId' | 'invoiceNumber' | 'entryNumber' | 'amountCents' | 'transactionAmountCents' | 'timestamp'>;

/** The fields the mapper reads: a row kept after it was handed out keeps only these. */
const MAPPED_FIELDS: ReadonlySet<string> = new Set(SYNC_PAYMENT_TERM_FIELDS);

export interface BookRow {
  term: TermFacts;
  /** As Exact sent it while pending (the quarantine keeps it whole); slimmed to the mapped fields once handed out. */
  raw: unknown;
  /** Not yet handed out in a batch. */
  pending: boolean;
}

interface EntryState {
  terms: Map<string, BookRow>;
  /** `<Account>/<number>` of the newest term: how receipts name this invoice. */
  key: string;
  /** Has rows not handed out yet. */
  changed: boolean;
}

export interface ReceiptKey {
  accountId: string;
  invoiceNumber: string;
}

export interface AddOutcome {
  failures: exactOnline.RowFailure[];
  payablesSkipped: number;
}

export class TermBook {
  private readonly entries = new Map<string, EntryState>();
  /** Unmatched receipts (`TransactionType` 40) by `<Account>/<InvoiceNumber>` of the invoice they pay. */
  private readonly receipts = new Map<string, Map<string, BookRow>>();
  /** Invoices handed out settled (or failed): a receipt for them changes nothing. */
  private readonly closedKeys = new Set<string>();

  constructor(private readonly source: exactOnline.SourceContext) {}

  /** Rows from the sync feed or a receivables read, newest version of each term winning. */
  add(rows: readonly unknown[]): AddOutcome {
    const outcome: AddOutcome = { failures: [], payablesSkipped: 0 };
    for (const raw of rows) {
      if (exactOnline.isPayableTerm(raw)) {
        outcome.payablesSkipped += 1;
        continue;
      }
      const read = exactOnline.readPaymentTerm(raw, this.source);
      if (!read.ok) {
        outcome.failures.push({ raw, error: read.error });
        continue;
      }
      this.put(read.record, raw);
    }
    return outcome;
  }

  /** An entry's terms as just read in full (cashflow/Receivables): they replace what the book had. */
  replaceEntry(entryId: string, rows: readonly unknown[]): AddOutcome {
    this.entries.delete(entryId);
    return this.add(rows);
  }

  has(entryId: string): boolean {
    return this.entries.has(entryId);
  }

  forget(entryId: string): void {
    this.entries.delete(entryId);
  }

  /** The sales entry of the last invoice term among `rows`: the group a full page holds back. */
  lastEntryOf(rows: readonly unknown[]): string | null {
    for (let index = rows.length - 1; index >= 0; index--) {
      const read = exactOnline.readPaymentTerm(rows[index], this.source);
      if (read.ok && read.record.role === 'invoice') return read.record.transactionEntryId;
    }
    return null;
  }

  /** Combines every changed, complete entry except `holdBack`. */
  takeComplete(holdBack: string | null): BatchOutcome {
    return this.take((entryId, state) => entryId !== holdBack && isComplete(state));
  }

  /** Combines every changed entry, complete or not: after the extra reads, nothing better will come. */
  takeAll(): BatchOutcome {
    return this.take(() => true);
  }

  /** Changed entries whose terms do not add up to their total: they need the one extra read. */
  incompleteEntries(): string[] {
    return [...this.entries].filter(([, state]) => state.changed && !isComplete(state)).map(([entryId]) => entryId);
  }

  /** Pending receipts whose invoice this pull has not seen: resolved by a read on Account and InvoiceNumber. */
  unresolvedReceipts(): ReceiptKey[] {
    const known = new Set([...this.entries.values()].map((state) => state.key));
    const unresolved: ReceiptKey[] = [];
    for (const [key, rows] of this.receipts) {
      if (known.has(key) || ![...rows.values()].some((row) => row.pending)) continue;
      const [first] = rows.values();
      if (first.term.invoiceNumber !== null) unresolved.push({ accountId: first.term.accountId, invoiceNumber: first.term.invoiceNumber });
    }
    return unresolved;
  }

  /** Receipts that still have no invoice after the read: money on account, not an invoice's (§4.2). */
  dropUnresolvedReceipts(): void {
    const known = new Set([...this.entries.values()].map((state) => state.key));
    for (const key of [...this.receipts.keys()]) if (!known.has(key)) this.receipts.delete(key);
  }

  /** The lowest Timestamp not handed out yet, or null: the cursor must stay below it. */
  lowestPendingTimestamp(): string | null {
    let lowest: bigint | null = null;
    const visit = (row: BookRow): void => {
      if (!row.pending || row.term.timestamp === null) return;
      const timestamp = BigInt(row.term.timestamp);
      if (lowest === null || timestamp < lowest) lowest = timestamp;
    };
    for (const state of this.entries.values()) for (const row of state.terms.values()) visit(row);
    for (const map of this.receipts.values()) for (const row of map.values()) visit(row);
    return lowest === null ? null : (lowest as bigint).toString();
  }

  private put(parsed: PaymentTerm, raw: unknown): void {
    const term = factsOf(parsed);
    const row: BookRow = { term, raw, pending: true };
    if (term.role === 'receipt') {
      const key = receiptKey(term);
      if (this.closedKeys.has(key)) return;
      const rows = this.receipts.get(key) ?? new Map<string, BookRow>();
      if (isNewer(row, rows.get(term.id))) rows.set(term.id, row);
      this.receipts.set(key, rows);
      return;
    }
    const state = this.entries.get(parsed.transactionEntryId) ?? { terms: new Map<string, BookRow>(), key: '', changed: false };
    if (isNewer(row, state.terms.get(term.id))) state.terms.set(term.id, row);
    state.key = keyOfTerms([...state.terms.values()].map((entry) => entry.term));
    state.changed = true;
    this.entries.set(parsed.transactionEntryId, state);
    // A settled invoice that changes again (a match undone) takes receipts again.
    this.closedKeys.delete(state.key);
  }

  private take(select: (entryId: string, state: EntryState) => boolean): BatchOutcome {
    const chosen: [string, EntryState][] = [];
    for (const [entryId, state] of this.entries) if ((state.changed || this.hasPendingReceipts(state)) && select(entryId, state)) chosen.push([entryId, state]);
    const receiptsOf = new Map<string, BookRow[]>();
    for (const [, state] of chosen) receiptsOf.set(state.key, [...(this.receipts.get(state.key)?.values() ?? [])]);
    const rows = [...chosen.flatMap(([, state]) => [...state.terms.values()]), ...[...receiptsOf.values()].flat()];
    const outcome = combineBatch(rows.map((row) => row.raw), this.source);
    for (const row of rows) {
      row.pending = false;
      // Kept only for re-combining an open invoice with a later receipt: the mapped fields are enough.
      row.raw = slimRow(row.raw);
    }
    for (const [entryId, state] of chosen) {
      state.changed = false;
      // Open invoices stay in the book, so a receipt later in this pull can be combined with them.
      if (outcome.openEntries.has(entryId)) continue;
      this.entries.delete(entryId);
      this.closedKeys.add(state.key);
      this.receipts.delete(state.key);
    }
    return outcome;
  }

  private hasPendingReceipts(state: EntryState): boolean {
    const rows = this.receipts.get(state.key);
    if (rows === undefined) return false;
    for (const row of rows.values()) if (row.pending) return true;
    return false;
  }
}

function isComplete(state: EntryState): boolean {
  const terms = [...state.terms.values()].map((row) => row.term);
  const total = latestOf(terms).transactionAmountCents;
  // Without a total no read can help; the mapper quarantines the entry.
  if (total === null) return true;
  const sum = terms.reduce((acc, term) => acc + term.amountCents, 0);
  return Math.abs(sum) === Math.abs(total);
}

function factsOf(term: PaymentTerm): TermFacts {
  return {
    id: term.id,
    role: term.role,
    accountId: term.accountId,
    invoiceNumber: term.invoiceNumber,
    entryNumber: term.entryNumber,
    amountCents: term.amountCents,
    transactionAmountCents: term.transactionAmountCents,
    timestamp: term.timestamp,
  };
}

/** The row with only the fields the mapper reads (same values, same order); anything else as it was. */
function slimRow(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const slim: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) if (MAPPED_FIELDS.has(field)) slim[field] = value;
  return slim;
}

function latestOf(terms: readonly TermFacts[]): TermFacts {
  return terms.reduce((latest, term) => (term.timestamp !== null && (latest.timestamp === null || BigInt(term.timestamp) >= BigInt(latest.timestamp)) ? term : latest));
}

/** A row without a Timestamp was read from cashflow/Receivables after the sync pages: it is the newest. */
function isNewer(row: BookRow, existing: BookRow | undefined): boolean {
  if (existing === undefined || row.term.timestamp === null || existing.term.timestamp === null) return true;
  return BigInt(row.term.timestamp) >= BigInt(existing.term.timestamp);
}

/** `<Account>/<number>`: how a receipt names the invoice it pays (§4.2 InvoiceNumber). */
function receiptKey(term: TermFacts): string {
  return `${term.accountId}/${term.invoiceNumber ?? ''}`;
}

function keyOfTerms(terms: readonly TermFacts[]): string {
  const latest = latestOf(terms);
  return `${latest.accountId}/${latest.invoiceNumber ?? latest.entryNumber ?? ''}`;
}
