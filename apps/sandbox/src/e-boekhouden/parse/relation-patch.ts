// `PATCH /v1/relation/{id}` (schema PatchRelation, §5.2): the same fields as create, `name`
// required on every call (REL_002), limits per RELATION_FIELDS. What happens to fields the body
// leaves out is the `patchOmittedFields` switch; `""` clears a field either way.
import { EBoekhoudenApiError } from '../errors.js';
import { invalid, isPlainObject } from '../http/json.js';
import { RELATION_FIELDS, type RelationFieldName, type RelationFieldSpec } from '../serialise/relation-schema.js';
import type { RelationFields, RelationRecord } from '../store/records.js';

export interface RelationPatch {
  set: Partial<RelationFields>;
  clear: RelationFieldName[];
}

export function parseRelationPatch(body: unknown): RelationPatch {
  if (!isPlainObject(body)) throw new EBoekhoudenApiError('DATA_01');
  const name = body['name'];
  if (name !== undefined && name !== null && typeof name !== 'string') throw invalid('name');
  if (typeof name !== 'string' || name.trim() === '') throw new EBoekhoudenApiError('REL_002', { propertyName: 'name' });

  const patch: RelationPatch = { set: {}, clear: [] };
  for (const field of RELATION_FIELDS) {
    const value = body[field.name];
    if (value === undefined || value === null) continue;
    if (value === '') {
      // The type and the code cannot be emptied: an empty value leaves them as they are.
      if (field.name !== 'type' && field.name !== 'code') patch.clear.push(field.name);
      continue;
    }
    Object.assign(patch.set, { [field.name]: checkedValue(field, value) });
  }
  return patch;
}

/** The relation after the patch; `omitted` decides the fields the body did not mention. */
export function applyRelationPatch(relation: RelationRecord, patch: RelationPatch, omitted: 'keep' | 'clear'): RelationRecord {
  const base: RelationRecord =
    omitted === 'keep'
      ? { ...relation }
      : { id: relation.id, debtorKey: relation.debtorKey, date: relation.date, type: relation.type, code: relation.code, name: relation.name };
  const next: RelationRecord = { ...base, ...patch.set };
  for (const name of patch.clear) delete next[name];
  return next;
}

function checkedValue(field: RelationFieldSpec, value: unknown): string | number | boolean {
  switch (field.kind) {
    case 'string':
      if (typeof value !== 'string') throw invalid(field.name);
      if (field.maxLength !== undefined && value.length > field.maxLength) {
        throw new EBoekhoudenApiError(field.tooLongCode ?? 'ERR_002', { propertyName: field.name });
      }
      return value;
    case 'enum':
      if (typeof value !== 'string' || !field.values.includes(value)) throw invalid(field.name);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw invalid(field.name);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw invalid(field.name);
      return value;
  }
}
