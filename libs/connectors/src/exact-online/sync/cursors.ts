// The cursors the hub stores for Exact pulls (JSON objects, so they can grow without a migration).
// Timestamps are decimal strings: Exact's row versions are Int64 and may exceed 2^53 (§3.4, §4.9).
//
//   debtors:  { "timestamp": "<sync/CRM/Accounts>", "deletedTimestamp": "<sync/Deleted>" | null }
//   invoices: { "timestamp": "<sync/Cashflow/PaymentTerms>" }
import type { CursorValue } from '../../port/records.js';
import { ConnectorError } from '../../port/errors.js';

/** §4.9: "First run: filter on Timestamp gt 1." */
export const FIRST_TIMESTAMP = '1';

export interface DebtorCursor {
  timestamp: string;
  /** Null until the first page of accounts was read (see README "Deletions"). */
  deletedTimestamp: string | null;
}

export interface InvoiceCursor {
  timestamp: string;
}

export function debtorCursorOf(stored: CursorValue | null): DebtorCursor {
  if (stored === null) return { timestamp: FIRST_TIMESTAMP, deletedTimestamp: null };
  const object = objectOf(stored);
  const deleted = object.deletedTimestamp ?? null;
  return { timestamp: timestampOf(object.timestamp), deletedTimestamp: deleted === null ? null : timestampOf(deleted) };
}

export function invoiceCursorOf(stored: CursorValue | null): InvoiceCursor {
  if (stored === null) return { timestamp: FIRST_TIMESTAMP };
  return { timestamp: timestampOf(objectOf(stored).timestamp) };
}

/** The larger of two timestamps, compared as integers (never as text: "9" > "10"). */
export function laterTimestamp(a: string, b: string | null): string {
  return b !== null && BigInt(b) > BigInt(a) ? b : a;
}

function objectOf(stored: CursorValue): { [key: string]: CursorValue } {
  // A bare timestamp is accepted too, e.g. one set by hand for a replay.
  if (typeof stored === 'string' || typeof stored === 'number') return { timestamp: stored };
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) return stored;
  throw unreadable(stored);
}

function timestampOf(value: CursorValue | undefined): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^\d+$/.test(text)) throw unreadable(value ?? null);
  return BigInt(text).toString();
}

function unreadable(value: CursorValue): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online: the stored cursor ${JSON.stringify(value)} is not an Exact sync cursor` });
}
