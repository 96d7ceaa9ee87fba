import { MappingError } from '../model/mapping-error.js';
import { isValidEmail, parseEmail } from './email.js';
import { typeOf } from './raw.js';

export interface EmailListResult {
  /** Valid, normalised addresses, first occurrence first, without duplicates. */
  emails: string[];
  /** The entries that are not addresses, as written. */
  rejected: string[];
}

/**
 * A list of addresses as accounting packages store them in one field: separated by `;`, `,`
 * and/or whitespace (SnelStart documents `;`). Duplicates are dropped case-insensitively, keeping
 * the first spelling; order is kept, so the first address stays the primary one.
 * Null, undefined and blank mean "no addresses" (an empty list). One invalid entry fails the
 * whole field; use parseEmailListLenient to keep the valid ones instead.
 */
export function parseEmailList(raw: unknown, field: string): string[] {
  const { emails, rejected } = parseEmailListLenient(raw, field);
  if (rejected.length > 0) {
    throw new MappingError(field, raw, `not e-mail addresses: ${rejected.map((entry) => JSON.stringify(entry)).join(', ')}`);
  }
  return emails;
}

/**
 * The same split and clean-up, but invalid entries are returned in `rejected` instead of failing,
 * for a mapper that prefers a debtor with its one good address over a quarantined debtor.
 * Still throws when the value is not a string at all.
 */
export function parseEmailListLenient(raw: unknown, field: string): EmailListResult {
  if (raw === null || raw === undefined) return { emails: [], rejected: [] };
  if (typeof raw !== 'string') throw new MappingError(field, raw, `expected e-mail addresses as a string, got ${typeOf(raw)}`);
  const emails: string[] = [];
  const rejected: string[] = [];
  const seen = new Set<string>();
  for (const entry of raw.split(/[;,\s]+/)) {
    if (entry === '') continue;
    if (!isValidEmail(entry)) {
      rejected.push(entry);
      continue;
    }
    const email = parseEmail(entry, field);
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(email);
  }
  return { emails, rejected };
}
