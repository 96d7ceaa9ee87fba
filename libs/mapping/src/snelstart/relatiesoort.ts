// Which relaties are debtors, and what SnelStart's own dunning setting says about them (notes §4.3).
import { type DebtorKind } from '../model/canonical.js';

/**
 * True for a relatie whose `relatiesoort` contains `Klant` (§4.3: a string array; values `Klant`,
 * `Leverancier`, `Eigen`, `Geen`). Also accepts the flags-enum text `"Klant, Leverancier"` a
 * .NET serializer writes for one value, case-insensitively. Never throws: anything that is not a
 * relatie is not a customer. The pull still maps a relatie an invoice points to, whatever this says.
 */
export function isCustomerRelatie(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const soort = (raw as { relatiesoort?: unknown }).relatiesoort;
  const values = Array.isArray(soort) ? soort : typeof soort === 'string' ? soort.split(',') : [];
  return values.some((value) => typeof value === 'string' && value.trim().toLowerCase() === 'klant');
}

/**
 * `aanmaningsoort` (enum `Nee` | `Onderneming` | `Consument`) is the accountant's own choice of
 * SnelStart's reminder type, so it is the best evidence of the legal route: `Onderneming` →
 * business, `Consument` → consumer. `Nee` (no reminders) and anything else say nothing.
 */
export function kindFromAanmaningsoort(raw: unknown): DebtorKind | null {
  if (typeof raw !== 'string') return null;
  const value = raw.trim().toLowerCase();
  if (value === 'onderneming') return 'business';
  if (value === 'consument') return 'consumer';
  return null;
}

/**
 * §9 ❓: `aanmaningsoort = "Nee"` read as "do not send reminders from SnelStart", a signal the hub
 * may respect. The canonical debtor has no field for it, so the pull asks this separately.
 */
export function dunningOptedOut(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const value = (raw as { aanmaningsoort?: unknown }).aanmaningsoort;
  return typeof value === 'string' && value.trim().toLowerCase() === 'nee';
}
