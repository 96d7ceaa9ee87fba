// Postgres bigint (int8) arrives from pg as a decimal string because it can exceed 2^53.
// Money is integer cents well inside that range, so we convert, but refuse silently lossy values.
import type { ValueTransformer } from 'typeorm';

export class UnsafeIntegerError extends Error {
  override readonly name = 'UnsafeIntegerError';

  constructor(readonly what: string, readonly value: unknown) {
    super(`${what}: expected a safe integer, got ${describe(value)}`);
  }
}

/** Converts a pg int8/int4 value (string, number or bigint) to a JS number, exactly. */
export function toSafeInteger(value: unknown, what = 'integer'): number {
  let result: number;
  if (typeof value === 'number') result = value;
  else if (typeof value === 'bigint') result = Number(value);
  else if (typeof value === 'string' && /^-?\d+$/.test(value)) result = Number(value);
  else throw new UnsafeIntegerError(what, value);
  if (!Number.isSafeInteger(result)) throw new UnsafeIntegerError(what, value);
  return result;
}

/** Checks a value about to be written as bigint/integer. */
export function assertSafeInteger(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new UnsafeIntegerError(what, value);
  return value;
}

/** TypeORM transformer for bigint columns holding integer cents or counters. */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : assertSafeInteger(value, 'bigint column')),
  from: (value: unknown) => (value === null || value === undefined ? null : toSafeInteger(value, 'bigint column')),
};

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}
