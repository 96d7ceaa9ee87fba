// Postgres array literals for the unnest parameters of the batch upserts. node-postgres builds
// the same text for a JS array, but escapes every element with two regex replaces; for a batch
// of 5,000 records x 15 columns this hot loop showed up next to hashing in the profile.

const NEEDS_ESCAPE = /["\\]/;

/**
 * `{"a","b",NULL}`: strings quoted (backslash and double quote escaped), null/undefined as
 * NULL, numbers and booleans bare, Buffers as bytea hex (`"\\x…"`).
 */
export function pgArrayLiteral(values: readonly unknown[]): string {
  let literal = '{';
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) literal += ',';
    literal += element(values[index]);
  }
  return `${literal}}`;
}

function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot write non-finite number ${value}`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      if (Buffer.isBuffer(value)) return `"\\\\x${value.toString('hex')}"`;
      throw new TypeError(`cannot write a ${typeof value} as an array element`);
  }
}

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `"${text.replace(/["\\]/g, '\\$&')}"` : `"${text}"`;
}
