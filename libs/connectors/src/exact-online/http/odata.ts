// OData v2 literals for Exact's `$filter` (§3.3). Ids and values are checked before they go into
// a URL: a malformed filter is a 400, and 400s count toward Exact's 10-errors-per-hour block (§2).
import { ConnectorError } from '../../port/errors.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** `guid'…'`, lower-cased; throws invalid_request for anything that is not a GUID. */
export function guidLiteral(value: string, what: string): string {
  if (!isGuid(value)) {
    throw new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online: ${what} "${value}" is not a GUID` });
  }
  return `guid'${value.toLowerCase()}'`;
}

/** `'…'` with embedded quotes doubled, as OData v2 escapes them. */
export function stringLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A whole number for an `Edm.Int32` field such as `InvoiceNumber`, or null when `value` is not one. */
export function int32Literal(value: string): string | null {
  if (!/^-?\d{1,10}$/.test(value.trim())) return null;
  const number = Number(value);
  return number >= -2_147_483_648 && number <= 2_147_483_647 ? String(number) : null;
}

/**
 * §4.9: `Timestamp gt <n>`; Exact's own example writes the Int64 without the `L` suffix
 * (KB-SYNC `Timestamp gt 5`), so it is written that way here.
 */
export function timestampAfter(timestamp: string): string {
  if (!/^\d+$/.test(timestamp)) {
    throw new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online: "${timestamp}" is not a sync Timestamp` });
  }
  return `Timestamp gt ${timestamp}`;
}

/** A calendar day as Exact accepts it in a request body: local midnight without offset. */
export function exactDateTime(isoDate: string): string {
  return `${isoDate}T00:00:00`;
}
