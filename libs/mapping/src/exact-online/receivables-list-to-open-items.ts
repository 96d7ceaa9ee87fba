// read/financial/ReceivablesList rows → one open-item snapshot per invoice, for reconciliation
// (§4.2). The list is Exact's own view of what is outstanding: an invoice missing from it is
// settled (§4.1), an invoice with split terms or an unmatched receipt has several rows.
import { type CurrencyCode, type IsoDate } from '../model/canonical.js';
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { parseCurrencyCode } from '../values/currency.js';
import { sumCents } from '../values/cents.js';
import { asRow, type ExactRow, readAmount, readDay, readGuid, readIntegerText, readOptionalAmount } from './fields.js';
import { attempt } from './result.js';

export interface OpenItemSnapshot {
  /**
   * `<AccountId>/<number>`. Not `HID`: it changes when the entry is edited (§4.2, §8.10). The
   * connector matches it to the canonical invoice with the same debtorExternalId and number.
   */
  invoiceKey: string;
  /** `InvoiceNumber` (for a receipt row: the invoice it pays), else `EntryNumber`. */
  number: string;
  /** `AccountId`, lower-cased (the debtor's externalId). */
  accountId: string;
  /**
   * The sum of `Amount` over the rows, signed as the list gives it: positive for an open
   * invoice (observed, §4.2 🟡), negative for a credit note; an unmatched receipt row is
   * negative and lowers its invoice's open amount.
   */
  openCents: number;
  /** The sum of `AmountInTransit`: collection the administration has asked its bank for. */
  inTransitCents: number;
  currency: CurrencyCode;
  /** The earliest `DueDate` of the invoice's own rows (a receipt row's "due date" is the day it was paid). */
  dueDate: IsoDate;
  /** How many rows made the item: one per open term, plus unmatched receipts. */
  rowCount: number;
}

export interface OpenItemFailure {
  /** Null when the row's account or number could not be read, so it belongs to no invoice. */
  invoiceKey: string | null;
  rows: unknown[];
  error: MappingError;
}

export interface OpenItemsPage {
  items: OpenItemSnapshot[];
  failures: OpenItemFailure[];
}

interface KeyedRow {
  row: ExactRow;
  raw: unknown;
  accountId: string;
  number: string;
}

/**
 * Groups the rows by invoice and combines each group; a bad amount, currency or date fails its
 * own invoice only. A row whose account or number cannot be read belongs to no invoice and fails
 * alone, so its invoice's item may be incomplete: reconcile nothing from a page with failures.
 */
export function receivablesListToOpenItems(rows: readonly unknown[]): OpenItemsPage {
  const groups = new Map<string, KeyedRow[]>();
  const failures: OpenItemFailure[] = [];
  for (const raw of rows) {
    const keyed = attempt(() => keyOf(raw));
    if (!keyed.ok) {
      failures.push({ invoiceKey: null, rows: [raw], error: keyed.error });
      continue;
    }
    const key = invoiceKeyOf(keyed.record);
    groups.set(key, [...(groups.get(key) ?? []), keyed.record]);
  }

  const items: OpenItemSnapshot[] = [];
  for (const [invoiceKey, group] of groups) {
    const item = attempt(() => combine(group));
    if (item.ok) items.push(item.record);
    else failures.push({ invoiceKey, rows: group.map((keyed) => keyed.raw), error: item.error });
  }
  return { items, failures };
}

/** Combines the rows of one invoice (same AccountId and number), however they were collected. */
export function combineReceivableRows(rows: readonly unknown[]): MappingResult<OpenItemSnapshot> {
  return attempt(() => {
    const keyed = rows.map(keyOf);
    if (keyed.length === 0) throw new MappingError('InvoiceNumber', null, 'no ReceivablesList rows to combine');
    const keys = new Set(keyed.map(invoiceKeyOf));
    if (keys.size > 1) throw new MappingError('InvoiceNumber', [...keys], 'rows of different invoices');
    return combine(keyed);
  });
}

function keyOf(raw: unknown): KeyedRow {
  const row = asRow(raw, 'read/financial/ReceivablesList');
  const accountId = readGuid(row, 'AccountId');
  const number = readIntegerText(row, 'InvoiceNumber') ?? readIntegerText(row, 'EntryNumber');
  if (number === null) throw new MappingError('InvoiceNumber', row.InvoiceNumber, 'missing InvoiceNumber and EntryNumber');
  return { row, raw, accountId, number };
}

function invoiceKeyOf(keyed: KeyedRow): string {
  return `${keyed.accountId}/${keyed.number}`;
}

function combine(group: readonly KeyedRow[]): OpenItemSnapshot {
  const currencies = new Set(group.map(({ row }) => parseCurrencyCode(row.CurrencyCode, 'CurrencyCode')));
  if (currencies.size > 1) throw new MappingError('CurrencyCode', [...currencies], 'rows of one invoice in different currencies');
  const amounts = group.map(({ row }) => readAmount(row, 'Amount'));
  const inTransit = group.map(({ row }) => readOptionalAmount(row, 'AmountInTransit') ?? 0);
  return {
    invoiceKey: invoiceKeyOf(group[0]),
    number: group[0].number,
    accountId: group[0].accountId,
    openCents: total(amounts, 'Amount'),
    inTransitCents: total(inTransit, 'AmountInTransit'),
    currency: [...currencies][0],
    dueDate: dueDateOf(group),
    rowCount: group.length,
  };
}

/** A receipt row's EntryNumber is its cash entry's, not the invoice's (§4.2 InvoiceNumber). */
function dueDateOf(group: readonly KeyedRow[]): IsoDate {
  const dated = group.map((keyed) => ({ keyed, dueDate: readDay(keyed.row, 'DueDate') }));
  const own = dated.filter(({ keyed }) => {
    const entryNumber = readIntegerText(keyed.row, 'EntryNumber');
    return entryNumber === null || entryNumber === keyed.number;
  });
  const earliest = (candidates: typeof dated): IsoDate | null =>
    candidates.reduce<IsoDate | null>((min, { dueDate }) => (dueDate !== null && (min === null || dueDate < min) ? dueDate : min), null);
  const dueDate = earliest(own) ?? earliest(dated);
  if (dueDate === null) throw new MappingError('DueDate', null, 'no row of the invoice has a due date');
  return dueDate;
}

function total(values: readonly number[], field: string): number {
  try {
    return sumCents(values);
  } catch (error) {
    if (error instanceof RangeError) throw new MappingError(field, values, 'amounts add up beyond the safe integer range');
    throw error;
  }
}
