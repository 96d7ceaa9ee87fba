import { hash } from 'node:crypto';

/**
 * JSON with object keys in sorted order at every depth, so two values with the same content
 * serialise to the same text whatever order their properties were built in. Array order is kept
 * (it can carry meaning: the first e-mail is the primary one). `undefined` properties are left
 * out, like JSON; non-finite numbers are refused rather than silently written as null.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortedCopy(value));
}

function sortedCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot serialise non-finite number ${value}`);
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map(sortedCopy);
      const object = value as Record<string, unknown>;
      if (typeof object.toJSON === 'function') return sortedCopy(object.toJSON());
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(object).sort()) copy[key] = sortedCopy(object[key]);
      return copy;
    }
    default:
      throw new TypeError(`cannot serialise a value of type ${typeof value}`);
  }
}

/**
 * SHA-256 of a record's content given as its field values in a fixed order (see table-spec.ts):
 * a stable serialisation that never depends on the order of the record's keys. Equal hashes
 * mean the stored row needs no write.
 */
export function contentHash(values: readonly unknown[]): Buffer {
  return hash('sha256', JSON.stringify(values), 'buffer');
}
