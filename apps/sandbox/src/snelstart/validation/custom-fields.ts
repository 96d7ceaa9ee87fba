// `PUT /relaties/{id}/customFields` with `{klantCustomFields:[{name,value}], leverancierCustomFields:[…]}`
// (notes §6 row 1). Only the named fields change (❓ merge, not replace); a null value empties a
// field. The definitions must already exist in the administratie: the API sets values only.
// Rules and codes: REF-0002..REF-0016 (P-FOUT).
import type { CustomFieldDefinition } from '../options.js';
import type { CustomFieldValue, Relatie } from '../store/types.js';
import { parseNaive } from '../wire/datetime.js';
import type { ErrorCode } from '../wire/error-codes.js';
import { validationError, type ValidationError } from '../wire/errors.js';
import { isPlainObject } from '../wire/json.js';

export type CustomFieldChanges = Map<string, CustomFieldValue | null>;

export type CustomFieldsResult = { ok: true; changes: CustomFieldChanges } | { ok: false; errors: ValidationError[] };

const LOWEST_DATE = Date.UTC(1899, 11, 30);
const HIGHEST_DATE = Date.UTC(2401, 0, 1);
const MONEY_LIMIT = 100_000_000_000;

export function readCustomFieldChanges(body: unknown, relatie: Relatie, definitions: readonly CustomFieldDefinition[]): CustomFieldsResult {
  const incomplete = { ok: false as const, errors: [validationError('REF-0016')] };
  if (!isPlainObject(body)) return incomplete;
  const changes: CustomFieldChanges = new Map();
  const errors = new Set<ErrorCode>();
  for (const relatiesoort of ['Klant', 'Leverancier'] as const) {
    const list = body[relatiesoort === 'Klant' ? 'klantCustomFields' : 'leverancierCustomFields'];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) return incomplete;
    for (const item of list) {
      if (!isPlainObject(item) || typeof item.name !== 'string') return incomplete;
      const definition = definitions.find((candidate) => candidate.name === item.name);
      if (!definition) errors.add('REF-0002');
      else if (definition.relatiesoort !== relatiesoort || !relatie.relatiesoort.includes(relatiesoort)) errors.add('REF-0006');
      else if (changes.has(definition.name)) errors.add('REF-0003');
      else {
        const converted = convert(definition, item.value ?? null);
        if (typeof converted === 'object' && converted !== null) errors.add(converted.error);
        else changes.set(definition.name, converted);
      }
    }
  }
  return errors.size > 0 ? { ok: false, errors: [...errors].map(validationError) } : { ok: true, changes };
}

export function applyCustomFieldChanges(relatie: Relatie, changes: CustomFieldChanges): void {
  for (const [name, value] of changes) {
    if (value === null) relatie.customFields.delete(name);
    else relatie.customFields.set(name, value);
  }
}

function convert(definition: CustomFieldDefinition, value: unknown): CustomFieldValue | null | { error: ErrorCode } {
  if (value === null || value === '') return null;
  switch (definition.type) {
    case 'Text':
      if (typeof value !== 'string') return { error: 'REF-0014' };
      return definition.maxLength !== undefined && value.length > definition.maxLength ? { error: 'REF-0004' } : value;
    case 'Enum':
      return typeof value === 'string' && (definition.possibleValues ?? []).includes(value) ? value : { error: 'REF-0005' };
    case 'Integer': {
      const number = typeof value === 'string' ? Number(value) : value;
      return typeof number === 'number' && Number.isInteger(number) && Math.abs(number) <= 2_147_483_647 ? number : { error: 'REF-0007' };
    }
    case 'Float': {
      const number = typeof value === 'string' ? Number(value) : value;
      return typeof number === 'number' && Number.isFinite(number) ? number : { error: 'REF-0011' };
    }
    case 'Money':
      return money(value);
    case 'DateTime': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) return { error: 'REF-0008' };
      const naive = parseNaive(value);
      if (naive === null) return { error: 'REF-0008' };
      return naive < LOWEST_DATE || naive > HIGHEST_DATE ? { error: 'REF-0015' } : value;
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      return value === 'true' || value === 'false' ? value === 'true' : { error: 'REF-0009' };
  }
}

function money(value: unknown): number | { error: ErrorCode } {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
  if (text === null || !/^-?\d+(\.\d+)?$/.test(text)) return { error: 'REF-0010' };
  if ((text.split('.')[1] ?? '').length > 4) return { error: 'REF-0013' };
  const number = Number(text);
  return Math.abs(number) > MONEY_LIMIT ? { error: 'REF-0012' } : number;
}
