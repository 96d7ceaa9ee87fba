// Reads a POST/PUT body the way Exact validates it: JSON only (§3.1), typed properties, dates as
// `/Date(ms)/` or ISO text. Every refusal is a 400 in Exact's envelope.
import type { Request } from 'express';
import { isGuid } from '../ids.js';
import { ExactErrors } from '../wire/errors.js';
import { parseWireDate } from '../wire/values.js';

export class JsonBody {
  private constructor(private readonly body: Record<string, unknown>) {}

  static of(req: Request): JsonBody {
    if (!req.is('application/json') || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      throw ExactErrors.badRequest('The request body must be a JSON object (Content-Type: application/json).');
    }
    return new JsonBody(req.body as Record<string, unknown>);
  }

  static fromValue(value: unknown, what: string): JsonBody {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw ExactErrors.badRequest(`${what} must be a JSON object.`);
    return new JsonBody(value as Record<string, unknown>);
  }

  /** Properties the client sent (for a POST answered without `Prefer: return=representation`). */
  names(): string[] {
    return Object.keys(this.body);
  }

  has(name: string): boolean {
    return this.body[name] !== undefined && this.body[name] !== null;
  }

  string(name: string, required = false): string | null {
    const value = this.body[name];
    if (value === undefined || value === null || value === '') return this.missing(name, required);
    if (typeof value !== 'string') throw ExactErrors.badRequest(`Error processing request stream. The property '${name}' must be a string.`);
    return value;
  }

  guid(name: string, required = false): string | null {
    const value = this.body[name];
    if (value === undefined || value === null || value === '') return this.missing(name, required);
    if (!isGuid(value)) throw ExactErrors.badRequest(`Error processing request stream. The property '${name}' must be a GUID.`);
    return value.toLowerCase();
  }

  integer(name: string, required = false): number | null {
    const value = this.body[name];
    if (value === undefined || value === null) return this.missing(name, required);
    const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw ExactErrors.badRequest(`Error processing request stream. The property '${name}' must be an integer.`);
    return number;
  }

  /** An Edm.Double amount, returned in integer cents. */
  cents(name: string, required = false): number | null {
    const value = this.body[name];
    if (value === undefined || value === null) return this.missing(name, required);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw ExactErrors.badRequest(`Error processing request stream. The property '${name}' must be a number.`);
    return Math.round(value * 100);
  }

  dateMs(name: string, required = false): number | null {
    const value = this.body[name];
    if (value === undefined || value === null || value === '') return this.missing(name, required);
    const ms = parseWireDate(value) ?? (typeof value === 'string' ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`) : NaN);
    if (!Number.isFinite(ms)) throw ExactErrors.badRequest(`Error processing request stream. The property '${name}' must be a date.`);
    return ms;
  }

  array(name: string, required = false): unknown[] | null {
    const value = this.body[name];
    if (value === undefined || value === null) return this.missing(name, required);
    // Exact accepts a bare array or an OData `{"results": […]}` wrapper for a collection.
    if (Array.isArray(value)) return value;
    if (typeof value === 'object' && 'results' in value && Array.isArray(value.results)) return value.results as unknown[];
    throw ExactErrors.badRequest(`Error processing request stream. The property '${name}' must be a collection.`);
  }

  private missing(name: string, required: boolean): null {
    if (required) throw ExactErrors.badRequest(`Mandatory: ${name}`);
    return null;
  }
}
