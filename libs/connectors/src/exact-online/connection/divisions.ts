// `system/Divisions` rows (§1.6): the administrations the user let the app use. `DivisionMoveDate`
// matters: when it changes, Exact regenerated every sync Timestamp and the hub must resync in full
// (§4.9, §8.7), so it is returned for the hub to compare.
import { parseODataDate, type IsoInstant } from '@hub/mapping';
import { ConnectorError } from '../../port/errors.js';
import { isRecord } from '../http/exact-api.js';
import { trimmedOrNull } from './current-user.js';

export type ExactDivisionStatus = 'inactive' | 'active' | 'archived';

export interface ExactDivision {
  /** `Code`: the division number used in API URLs; the binding's externalId as text. */
  code: number;
  description: string | null;
  status: ExactDivisionStatus;
  /** Trimmed (`"FR "` → `FR`, fixtures README §2.3). */
  currency: string | null;
  country: string | null;
  divisionMoveDate: IsoInstant | null;
}

export const DIVISION_FIELDS = ['Code', 'Description', 'Status', 'Currency', 'Country', 'DivisionMoveDate'] as const;

const STATUSES: Readonly<Record<number, ExactDivisionStatus>> = { 0: 'inactive', 1: 'active', 2: 'archived' };

export function readDivision(raw: unknown): ExactDivision {
  if (!isRecord(raw) || !Number.isSafeInteger(raw.Code) || typeof raw.Status !== 'number' || STATUSES[raw.Status] === undefined) {
    throw unreadable('a division without a numeric Code and a known Status');
  }
  let divisionMoveDate: IsoInstant | null = null;
  if (raw.DivisionMoveDate !== null && raw.DivisionMoveDate !== undefined) {
    try {
      divisionMoveDate = parseODataDate(raw.DivisionMoveDate, 'DivisionMoveDate');
    } catch {
      throw unreadable('an unreadable DivisionMoveDate');
    }
  }
  return {
    code: raw.Code as number,
    description: trimmedOrNull(raw.Description),
    status: STATUSES[raw.Status],
    currency: trimmedOrNull(raw.Currency),
    country: trimmedOrNull(raw.Country),
    divisionMoveDate,
  };
}

function unreadable(what: string): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'platform_bug', message: `exact-online system/Divisions answered ${what}`, endpoint: 'system/Divisions' });
}
