// Readers for a platform's option patch (PUT /_sandbox/<platform>/options). Each checks one value's
// type and range and throws a 400 naming the field's full path (`rateLimits.perMinute`,
// `apps[0].clientId`), so a typo or a wrong type never leaves a switch silently unchanged.
import { SandboxControlError } from '../contracts.js';
import { badRequest, isCalendarDate } from './validate.js';

/** Returns the checked value; `field` is the path used in the 400. `undefined` means "absent". */
export type OptionReader<T> = (value: unknown, field: string) => T;

/** A reader per key of T; keys optional in T take readers that accept absence (see `optional`). */
export type OptionReaders<T> = {
  [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? OptionReader<T[K] | undefined> : OptionReader<T[K]>;
};

function checked<T>(test: (value: unknown) => boolean, problem: string): OptionReader<T> {
  return (value, field) => {
    if (value === undefined) throw badRequest(field, 'is required');
    if (!test(value)) throw badRequest(field, problem);
    return value as T;
  };
}

export const boolean = (): OptionReader<boolean> => checked((value) => typeof value === 'boolean', 'must be true or false');

export const integer = (min: number, max: number): OptionReader<number> =>
  checked((value) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max, `must be an integer from ${min} to ${max}`);

export const number = (min: number, max: number): OptionReader<number> =>
  checked((value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max, `must be a number from ${min} to ${max}`);

export const text = (maxLength = 200): OptionReader<string> =>
  checked((value) => typeof value === 'string' && value.trim() !== '' && value.length <= maxLength, `must be a non-empty string of at most ${maxLength} characters`);

export const date = (): OptionReader<string> => checked((value) => typeof value === 'string' && isCalendarDate(value), 'must be a date as YYYY-MM-DD');

export const httpUrl = (): OptionReader<string> => refine(text(2_000), isHttpUrl, 'must be an http(s) URL');

export function oneOf<const V extends readonly (string | number)[]>(...values: V): OptionReader<V[number]> {
  return checked((value) => values.includes(value as string | number), `must be one of ${values.join(', ')}`);
}

/** A further check on what `reader` accepted, e.g. "is a time zone Intl knows". */
export function refine<T>(reader: OptionReader<T>, test: (value: T) => boolean, problem: string): OptionReader<T> {
  return (value, field) => {
    const read = reader(value, field);
    if (!test(read)) throw badRequest(field, problem);
    return read;
  };
}

export function nullable<T>(reader: OptionReader<T>): OptionReader<T | null> {
  return (value, field) => (value === null ? null : reader(value, field));
}

export function optional<T>(reader: OptionReader<T>): OptionReader<T | undefined> {
  return (value, field) => (value === undefined ? undefined : reader(value, field));
}

/** The first reader that accepts the value; `problem` describes both when neither does. */
export function either<A, B>(first: OptionReader<A>, second: OptionReader<B>, problem: string): OptionReader<A | B> {
  return (value, field) => {
    try {
      return first(value, field);
    } catch {
      try {
        return second(value, field);
      } catch {
        throw badRequest(field, problem);
      }
    }
  };
}

export function list<T>(item: OptionReader<T>, limits: { min?: number; max?: number } = {}): OptionReader<T[]> {
  const { min = 0, max = 100 } = limits;
  return (value, field) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) throw badRequest(field, `must be a list of ${min} to ${max} items`);
    return value.map((entry: unknown, index) => item(entry, `${field}[${index}]`));
  };
}

/** A whole object: every required key present, no unknown keys. Absent optional keys stay absent. */
export function record<T>(readers: OptionReaders<T>): OptionReader<T> {
  return (value, field) => readFields(value, field, readers as Record<string, OptionReader<unknown>>, false) as T;
}

/** A partial object merged into the current one: every key optional, no unknown keys. */
export function patch<T>(readers: { [K in keyof T]-?: OptionReader<T[K]> }): OptionReader<Partial<T>> {
  return (value, field) => readFields(value, field, readers as Record<string, OptionReader<unknown>>, true) as Partial<T>;
}

/** The body of PUT …/options: a partial of the platform's options, every given key checked. */
export function readOptionPatch<T>(body: unknown, readers: { [K in keyof T]-?: OptionReader<T[K]> }): Partial<T> {
  return readFields(body, '', readers as Record<string, OptionReader<unknown>>, true) as Partial<T>;
}

function readFields(value: unknown, field: string, readers: Record<string, OptionReader<unknown>>, partial: boolean): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (field === '') throw new SandboxControlError(400, 'The body must be a JSON object of options.');
    throw badRequest(field, 'must be a JSON object');
  }
  const given = value as Record<string, unknown>;
  const known = Object.keys(readers);
  const path = (key: string): string => (field === '' ? key : `${field}.${key}`);
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(readers, key)) throw new SandboxControlError(400, `Unknown option "${path(key)}"; known: ${known.join(', ')}.`, path(key));
  }
  const result: Record<string, unknown> = {};
  for (const key of known) {
    if (partial && given[key] === undefined) continue;
    const read = (readers[key] as OptionReader<unknown>)(given[key], path(key));
    if (read !== undefined) result[key] = read;
  }
  return result;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
