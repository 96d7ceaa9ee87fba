// Schema `RelationListItem` (thin: id, type, code — §3.3) and schema `Relation` (detail).
import type { RelationRecord } from '../store/records.js';
import { RELATION_FIELDS } from './relation-schema.js';
import { wireObject, type WireObject } from './wire-object.js';

export type RelationListItem = {
  id: number;
  type: 'B' | 'P';
  code: string;
};

export function relationListItem(relation: RelationRecord): RelationListItem {
  return { id: relation.id, type: relation.type, code: relation.code };
}

export interface RelationDetailFormat {
  omitEmpty: boolean;
  /** `date` with a time part, as one client reports it (§3.3). */
  dateWithTime: boolean;
}

/** `id, type, code, date (created), name, …` in the schema's order. */
export function relationDetail(relation: RelationRecord, format: RelationDetailFormat): WireObject {
  const editable = RELATION_FIELDS.filter((field) => field.name !== 'type' && field.name !== 'code');
  return wireObject(
    [
      ['id', relation.id],
      ['type', relation.type],
      ['code', relation.code],
      ['date', format.dateWithTime ? `${relation.date}T00:00:00` : relation.date],
      ...editable.map((field) => [field.name, relation[field.name]] as const),
    ],
    format.omitEmpty,
  );
}
