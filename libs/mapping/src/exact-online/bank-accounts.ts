// The debtor's IBAN from an account's `BankAccounts` navigation property (crm/BankAccounts rows).
// Unexpanded it is `{"__deferred":{"uri":…}}` (§3.1) and carries nothing; with
// `$expand=BankAccounts` it is `{"results":[…]}`.
import { type MappingError } from '../model/mapping-error.js';
import { parseIban } from '../values/iban.js';
import { isBlank } from '../values/raw.js';
import { parseLeniently } from './result.js';

/**
 * The main bank account's IBAN (`Main: true`), else the first one that has one. Newer rows carry
 * `IBAN`; older ones only `BankAccount` (the number as entered, for Dutch accounts the IBAN).
 * An invalid IBAN is dropped (recorded in `dropped`, field `BankAccounts.IBAN`): a debtor is
 * dunned without it. Anything but an expanded collection means "not read" and gives null.
 */
export function ibanFromBankAccounts(raw: unknown, dropped: MappingError[]): string | null {
  const rows = expandedRows(raw);
  const ordered = [...rows.filter((row) => row.Main === true), ...rows.filter((row) => row.Main !== true)];
  for (const row of ordered) {
    const field = isBlank(row.IBAN) ? 'BankAccount' : 'IBAN';
    const iban = parseLeniently(row[field], `BankAccounts.${field}`, parseIban, dropped);
    if (iban !== null) return iban;
  }
  return null;
}

function expandedRows(raw: unknown): Array<Readonly<Record<string, unknown>>> {
  if (raw === null || typeof raw !== 'object') return [];
  const results = Array.isArray(raw) ? raw : (raw as { results?: unknown }).results;
  if (!Array.isArray(results)) return [];
  return results.filter((row): row is Readonly<Record<string, unknown>> => row !== null && typeof row === 'object' && !Array.isArray(row));
}
