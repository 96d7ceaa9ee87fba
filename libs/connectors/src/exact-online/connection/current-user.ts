// `current/Me` (§1.6) → who granted the connection. The hub keys a connection on the Exact user,
// so connecting again with the same user updates the existing connection.
import { ConnectorError } from '../../port/errors.js';
import { isRecord } from '../http/exact-api.js';
import { isGuid } from '../http/odata.js';

export interface ExactCurrentUser {
  /** `UserID`, lower-cased. */
  userId: string;
  fullName: string | null;
  email: string | null;
  /**
   * `CurrentDivision`: the division the user last opened in Exact's UI. It changes when they
   * switch administration (§1.6, §8.6), so it only ever serves as the URL segment for
   * connection-level calls (system/Divisions), never as the division data is read from.
   */
  currentDivision: number;
}

export const ME_FIELDS = ['UserID', 'FullName', 'Email', 'CurrentDivision'] as const;

export function readCurrentUser(rows: readonly unknown[]): ExactCurrentUser {
  const [row] = rows;
  if (!isRecord(row) || typeof row.UserID !== 'string' || !isGuid(row.UserID) || !Number.isSafeInteger(row.CurrentDivision)) {
    throw new ConnectorError({ platform: 'exact-online', errorClass: 'platform_bug', message: 'exact-online current/Me answered without a UserID and CurrentDivision', endpoint: 'current/Me' });
  }
  return {
    userId: row.UserID.toLowerCase(),
    fullName: trimmedOrNull(row.FullName),
    email: trimmedOrNull(row.Email),
    currentDivision: row.CurrentDivision as number,
  };
}

export function trimmedOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
