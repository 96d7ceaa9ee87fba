// All bookkeeping data of one Exact division, plus the division-wide row-version counter that
// every insert and update bumps (§4.9: "every insert/update gets a Timestamp higher than any
// existing one"). The counter leaves small gaps, as Exact's database-wide rowversion does.
import type { SeededRandom } from '../../core/contracts.js';
import { createSeededRandom, deriveSeed } from '../../core/random.js';
import { guidFrom, guidFromRandom } from '../ids.js';
import { RecordTable } from './record-table.js';
import type {
  AccountRecord,
  BankEntryRecord,
  CommunicationNoteRecord,
  DeletedRecord,
  DocumentAttachmentRecord,
  DocumentRecord,
  PaymentTermRecord,
  SalesEntryRecord,
  TransactionLineRecord,
  Versioned,
} from './records.js';

export interface DivisionInfo {
  code: number;
  administrationKey: string;
  name: string;
  /** Customer-assigned company number (Divisions.Hid). */
  hid: number;
  createdMs: number;
  startDate: string;
}

/** The few ledger accounts and journals the receivables side touches. */
export interface DivisionLedger {
  receivablesGlAccountId: string;
  receivablesGlCode: string;
  receivablesGlDescription: string;
  bankGlAccountId: string;
  salesJournal: { code: string; description: string };
  bankJournal: { code: string; description: string };
}

export class DivisionStore {
  readonly accounts = new RecordTable<AccountRecord>((r) => r.id, (r) => r.timestamp);
  readonly entries = new RecordTable<SalesEntryRecord>((r) => r.entryId);
  readonly terms = new RecordTable<PaymentTermRecord>((r) => r.id, (r) => r.timestamp);
  readonly lines = new RecordTable<TransactionLineRecord>((r) => r.id, (r) => r.timestamp);
  readonly deleted = new RecordTable<DeletedRecord>((r) => r.id, (r) => r.timestamp);
  readonly notes = new RecordTable<CommunicationNoteRecord>((r) => r.id, (r) => r.timestamp);
  readonly documents = new RecordTable<DocumentRecord>((r) => r.id, (r) => r.timestamp);
  readonly attachments = new RecordTable<DocumentAttachmentRecord>((r) => r.id, (r) => r.timestamp);
  readonly bankEntries = new RecordTable<BankEntryRecord>((r) => r.entryId, (r) => r.timestamp);

  readonly accountIdByCode = new Map<string, string>();
  readonly accountIdByGeneratedKey = new Map<string, string>();
  readonly entryIdByInvoiceNumber = new Map<number, string>();
  readonly entryIdByDisplayNumber = new Map<string, string>();
  /** Terms by the sales entry they are about (a voucher's own terms and receipts for it). */
  private readonly termsByVoucher = new Map<string, PaymentTermRecord[]>();
  private readonly termsByAccount = new Map<string, PaymentTermRecord[]>();
  private readonly linesByEntry = new Map<string, TransactionLineRecord[]>();

  readonly ledger: DivisionLedger;
  private readonly rng: SeededRandom;
  private lastTimestamp: number;
  private lastHid = 0;
  private lastBankEntryNumber: number;
  private lastNoteHid = 0;
  private lastDocumentHid = 0;
  private readonly idRandom: SeededRandom;

  constructor(readonly info: DivisionInfo) {
    this.rng = createSeededRandom(deriveSeed(info.code, 'exact-online-rowversion'));
    this.idRandom = createSeededRandom(deriveSeed(info.code, 'exact-online-ids'));
    // Row versions are large numbers unrelated to time (§4.9).
    this.lastTimestamp = 4_000_000 + (info.code % 997) * 1_000;
    this.lastBankEntryNumber = 20_000_000 + (info.code % 100) * 10_000;
    this.ledger = {
      receivablesGlAccountId: guidFrom(info.code, 'glaccount', '1300'),
      receivablesGlCode: '1300',
      receivablesGlDescription: 'Debiteuren',
      bankGlAccountId: guidFrom(info.code, 'glaccount', '1100'),
      salesJournal: { code: '70', description: 'Verkoopboek' },
      bankJournal: { code: '20', description: 'Bank' },
    };
  }

  get code(): number {
    return this.info.code;
  }

  nextTimestamp(): number {
    this.lastTimestamp += this.rng.int(1, 4);
    return this.lastTimestamp;
  }

  nextHid(): number {
    return ++this.lastHid;
  }

  nextBankEntryNumber(): number {
    return ++this.lastBankEntryNumber;
  }

  nextNoteHid(): number {
    return ++this.lastNoteHid;
  }

  nextDocumentHid(): number {
    return ++this.lastDocumentHid;
  }

  /** A fresh GUID for a record; deterministic for a given seed and order of operations. */
  newGuid(): string {
    return guidFromRandom(this.idRandom);
  }

  /** Version fields for a record being created now. */
  versionForNew(actorId: string, nowMs: number): Versioned {
    return { timestamp: this.nextTimestamp(), createdMs: nowMs, modifiedMs: nowMs, creatorId: actorId, modifierId: actorId };
  }

  /** Gives a changed record a new row version; call the table's `touched` afterwards. */
  stamp(record: Versioned, actorId: string, nowMs: number): void {
    record.timestamp = this.nextTimestamp();
    record.modifiedMs = nowMs;
    record.modifierId = actorId;
  }

  /** Payment terms about a voucher: its own terms and (unmatched) receipts for it. */
  termsOfEntry(entryId: string): PaymentTermRecord[] {
    return [...(this.termsByVoucher.get(entryId.toLowerCase()) ?? [])];
  }

  termsOfAccount(accountId: string): PaymentTermRecord[] {
    return [...(this.termsByAccount.get(accountId.toLowerCase()) ?? [])];
  }

  linesOfEntry(entryId: string): TransactionLineRecord[] {
    return [...(this.linesByEntry.get(entryId.toLowerCase()) ?? [])];
  }

  addTerm(term: PaymentTermRecord): void {
    this.terms.insert(term);
    addToIndex(this.termsByVoucher, term.voucherEntryId, term);
    addToIndex(this.termsByAccount, term.accountId, term);
  }

  removeTerm(term: PaymentTermRecord): void {
    this.terms.remove(term.id);
    removeFromIndex(this.termsByVoucher, term.voucherEntryId, term);
    removeFromIndex(this.termsByAccount, term.accountId, term);
  }

  addLine(line: TransactionLineRecord): void {
    this.lines.insert(line);
    addToIndex(this.linesByEntry, line.entryId, line);
  }

  removeLine(line: TransactionLineRecord): void {
    this.lines.remove(line.id);
    removeFromIndex(this.linesByEntry, line.entryId, line);
  }

  /** Writes a sync/Deleted row (§4.9). */
  recordDeletion(entityType: number, entityKey: string, deletedBy: string, nowMs: number): void {
    const timestamp = this.nextTimestamp();
    this.deleted.insert({ timestamp, id: this.newGuid(), entityKey, entityType, deletedBy, deletedMs: nowMs });
  }

  findEntryByNumber(number: string): SalesEntryRecord | undefined {
    const byDisplay = this.entryIdByDisplayNumber.get(number);
    if (byDisplay !== undefined) return this.entries.get(byDisplay);
    const numeric = /^\d+$/.test(number.trim()) ? Number(number.trim()) : NaN;
    const byNumber = Number.isSafeInteger(numeric) ? this.entryIdByInvoiceNumber.get(numeric) : undefined;
    return byNumber === undefined ? undefined : this.entries.get(byNumber);
  }

  findAccountByCode(code: string): AccountRecord | undefined {
    const id = this.accountIdByCode.get(code.trim()) ?? this.accountIdByGeneratedKey.get(code);
    return id === undefined ? undefined : this.accounts.get(id);
  }
}

/** Index keys come from records, whose GUIDs are lowercase already. */
function addToIndex<T>(index: Map<string, T[]>, key: string, record: T): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [record]);
  else list.push(record);
}

function removeFromIndex<T>(index: Map<string, T[]>, key: string, record: T): void {
  const list = index.get(key);
  if (list === undefined) return;
  const remaining = list.filter((item) => item !== record);
  if (remaining.length === 0) index.delete(key);
  else index.set(key, remaining);
}
