/**
 * A platform record that cannot become a canonical record. Names the field and keeps the raw
 * value so support can see exactly what the platform sent; the record is quarantined, the run
 * goes on.
 */
export class MappingError extends Error {
  override readonly name = 'MappingError';

  constructor(
    readonly field: string,
    readonly rawValue: unknown,
    readonly reason: string,
  ) {
    super(`${field}: ${reason} (got ${describeRaw(rawValue)})`);
  }

  /** The same error re-anchored under a parent field, e.g. `address` + `postalCode`. */
  within(parentField: string): MappingError {
    return new MappingError(`${parentField}.${this.field}`, this.rawValue, this.reason);
  }

  toJSON(): { field: string; rawValue: unknown; reason: string; message: string } {
    return { field: this.field, rawValue: this.rawValue, reason: this.reason, message: this.message };
  }
}

function describeRaw(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return String(value);
  }
}

export type MappingResult<T> = { ok: true; record: T } | { ok: false; error: MappingError };

export function mapped<T>(record: T): MappingResult<T> {
  return { ok: true, record };
}

export function mappingFailed<T>(error: MappingError): MappingResult<T> {
  return { ok: false, error };
}
