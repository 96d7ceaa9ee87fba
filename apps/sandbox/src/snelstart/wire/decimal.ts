// Money on the wire is a .NET `decimal` (notes §3.3). Json.NET writes a decimal with its scale, so
// an amount booked as 1210.00 travels as the JSON number `1210.00`, not `1210`. JSON.rawJSON lets
// JSON.stringify emit exactly that text; the store itself only ever holds integer cents.

/** The opaque value JSON.rawJSON returns; JSON.stringify writes its text verbatim. */
export interface WireDecimal {
  readonly rawJSON: string;
}

// Node 24 ships JSON.rawJSON; TypeScript's ES2024 lib does not declare it yet.
const jsonWithRaw = JSON as unknown as { rawJSON(text: string): WireDecimal };

/** "-12.05" for -1205. */
export function centsToDecimalText(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function centsToWire(cents: number): WireDecimal {
  return jsonWithRaw.rawJSON(centsToDecimalText(cents));
}

/** The numeric value OData `$filter` compares against (exact for two decimals). */
export function centsToNumber(cents: number): number {
  return cents / 100;
}
