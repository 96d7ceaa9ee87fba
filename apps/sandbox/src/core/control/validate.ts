// Small, explicit readers for control-API bodies. Each throws a 400 SandboxControlError naming the
// field, so garbage in never reaches a platform and the caller learns exactly what to fix.
import { SandboxControlError, type SandboxDate } from '../contracts.js';

export type JsonObject = Record<string, unknown>;

export function badRequest(field: string, problem: string): SandboxControlError {
  return new SandboxControlError(400, `${field} ${problem}.`, field);
}

/** The body as an object with only the allowed fields; a missing body counts as `{}` when `optional`. */
export function readObject(value: unknown, allowed: readonly string[], where = 'body', optional = false): JsonObject {
  if (value === undefined && optional) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SandboxControlError(400, `${where === 'body' ? 'The body' : where} must be a JSON object.`, where === 'body' ? undefined : where);
  }
  for (const field of Object.keys(value)) {
    if (!allowed.includes(field)) {
      const name = where === 'body' ? field : `${where}.${field}`;
      throw new SandboxControlError(400, `Unknown field "${name}"; allowed: ${allowed.join(', ')}.`, name);
    }
  }
  return value as JsonObject;
}

export function optionalInteger(body: JsonObject, field: string, min: number, max: number, name = field): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    throw badRequest(name, `must be an integer from ${min} to ${max}`);
  }
  return value as number;
}

export function requiredInteger(body: JsonObject, field: string, min: number, max: number, name = field): number {
  const value = optionalInteger(body, field, min, max, name);
  if (value === undefined) throw badRequest(name, 'is required');
  return value;
}

export function optionalNumber(body: JsonObject, field: string, min: number, max: number): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw badRequest(field, `must be a number from ${min} to ${max}`);
  }
  return value;
}

export function optionalString(body: JsonObject, field: string, maxLength = 500, name = field): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || value.length > maxLength) {
    throw badRequest(name, `must be a non-empty string of at most ${maxLength} characters`);
  }
  return value;
}

export function requiredString(body: JsonObject, field: string, maxLength = 500): string {
  const value = optionalString(body, field, maxLength);
  if (value === undefined) throw badRequest(field, 'is required');
  return value;
}

export function optionalDate(body: JsonObject, field: string): SandboxDate | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCalendarDate(value)) throw badRequest(field, 'must be a date as YYYY-MM-DD');
  return value;
}

export function requiredDate(body: JsonObject, field: string): SandboxDate {
  const value = optionalDate(body, field);
  if (value === undefined) throw badRequest(field, 'is required');
  return value;
}

export function optionalBoolean(body: JsonObject, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw badRequest(field, 'must be true or false');
  return value;
}

export function optionalChoice<T extends string>(body: JsonObject, field: string, choices: readonly T[]): T | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw badRequest(field, `must be one of ${choices.join(', ')}`);
  }
  return value as T;
}

export function requireSomeField(body: JsonObject, fields: readonly string[]): void {
  if (!fields.some((field) => body[field] !== undefined)) {
    throw new SandboxControlError(400, `Give at least one of: ${fields.join(', ')}.`);
  }
}

/** YYYY-MM-DD that names a real day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
