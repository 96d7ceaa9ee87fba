// Business or consumer from indirect evidence, for platforms without an "is a person" field
// (Exact's crm/Accounts, SnelStart relaties without `aanmaningsoort`). Shared by their mappers.
import { type DebtorKind } from '../model/canonical.js';

export interface DebtorKindEvidence {
  /** Valid values only: an unparseable number is no evidence of anything. */
  chamberOfCommerce: string | null;
  vatNumber: string | null;
  rsin: string | null;
  /** Whether `BSN` (citizen service number, persons only) is filled; the number itself is never kept. */
  hasBsn: boolean;
  name: string;
}

/**
 * Legal forms that only organisations have, as whole words once dots are removed
 * (`B.V.` → `bv`). Deliberately short: a word that is also a common name part stays out.
 */
const LEGAL_FORM = /\b(?:bv|nv|vof|bvba|cvba|stichting|vereniging|co[oö]peratie|gmbh|ltd|limited|llc|inc|sarl|holding|gemeente)\b/u;

/**
 * The rule, first match wins:
 * 1. a valid KvK number, VAT number or RSIN → `business` (consumers have none of these; a sole
 *    trader with a KvK number acts in the course of business);
 * 2. a legal form in the name (`… B.V.`, `Stichting …`) → `business`;
 * 3. a BSN → `consumer`;
 * 4. otherwise `fallback` (the mapper context's defaultDebtorKind, `consumer` unless configured).
 */
export function inferDebtorKind(evidence: DebtorKindEvidence, fallback: DebtorKind): DebtorKind {
  if (evidence.chamberOfCommerce !== null || evidence.vatNumber !== null || evidence.rsin !== null) return 'business';
  if (LEGAL_FORM.test(evidence.name.toLowerCase().replace(/\./g, ''))) return 'business';
  if (evidence.hasBsn) return 'consumer';
  return fallback;
}
