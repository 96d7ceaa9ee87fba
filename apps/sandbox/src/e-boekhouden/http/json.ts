// Reading request bodies field by field. A value of the wrong JSON type is refused with ERR_002
// ("invalid value", §2.4) naming the property, as the API's validation errors do.
import { EBoekhoudenApiError } from '../errors.js';

export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent and `null` both mean "not given": the server's DTOs cannot tell them apart [INF]. */
export function optionalString(body: JsonObject, field: string, propertyName = field): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(propertyName);
  return value;
}

export function optionalInteger(body: JsonObject, field: string, propertyName = field): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw invalid(propertyName);
  return value;
}

export function optionalBoolean(body: JsonObject, field: string, propertyName = field): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalid(propertyName);
  return value;
}

/** Euros as a JSON number with at most two decimals → integer cents. */
export function optionalAmountCents(body: JsonObject, field: string, propertyName = field): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(propertyName);
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6 * Math.max(1, Math.abs(value))) throw invalid(propertyName, 'An amount has at most two decimals.');
  return cents;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` (a time part, as the API itself sometimes sends, is tolerated and dropped). */
export function optionalDate(body: JsonObject, field: string, propertyName = field): string | undefined {
  const value = optionalString(body, field, propertyName);
  if (value === undefined) return undefined;
  const day = value.slice(0, 10);
  if (!isCalendarDate(day) || (value.length > 10 && !/^T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/.test(value.slice(10)))) throw invalid(propertyName);
  return day;
}

export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function invalid(propertyName: string, message?: string): EBoekhoudenApiError {
  return new EBoekhoudenApiError('ERR_002', message === undefined ? { propertyName } : { propertyName, message });
}
