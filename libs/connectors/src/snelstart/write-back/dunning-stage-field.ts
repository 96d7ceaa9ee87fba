// dunning-note with a configured extra veld (§6 option 1, the preferred one): the stage goes into
// the klant custom field with `PUT /relaties/{id}/customFields`. The field's definition must exist
// in SnelStart (REF-0002); its type decides the value. The look is the field's current value: the
// same value means an earlier attempt already wrote it.
import type { DunningNoteAction, WriteBackResult } from '../../port/write-back.js';
import { guidOf, isRecord, type SnelStartApi, textField } from '../http/snelstart-api.js';
import { writeBackRefused } from './marker.js';

const ENDPOINT = 'relaties/{id}/customFields';

export async function writeDunningStageField(api: SnelStartApi, action: DunningNoteAction, fieldName: string): Promise<WriteBackResult> {
  const path = `relaties/${guidOf(action.debtorExternalId, 'debtor id')}/customFields`;
  const fields = await api.find(path, ENDPOINT);
  if (fields === null) throw writeBackRefused('the relatie no longer exists', ENDPOINT);
  const field = klantFields(fields).find((candidate) => textField(candidate.definition, 'name')?.toLowerCase() === fieldName.toLowerCase());
  if (field === undefined) throw writeBackRefused(`the klant extra veld "${fieldName}" is not defined in this administratie (§6: create it in SnelStart first)`, ENDPOINT);

  const name = textField(field.definition, 'name') ?? fieldName;
  const value = stageValue(action, textField(field.definition, 'type'));
  if (sameValue(field.value, value)) return { outcome: 'already-done', platformReference: null, apiCalls: api.apiCalls };
  await api.send('PUT', path, ENDPOINT, { klantCustomFields: [{ name, value }], leverancierCustomFields: [] });
  return { outcome: 'written', platformReference: null, apiCalls: api.apiCalls };
}

interface KlantField {
  definition: unknown;
  value: unknown;
}

function klantFields(body: Readonly<Record<string, unknown>>): KlantField[] {
  const list = body['klantCustomFields'];
  return Array.isArray(list) ? list.filter(isRecord).map((item) => ({ definition: item['definition'], value: item['value'] })) : [];
}

/** Numbers get the stage's position; text its name and date; an enum its name; a date field the day. */
function stageValue(action: DunningNoteAction, type: string | null): string | number {
  switch (type) {
    case 'Integer':
    case 'Float':
    case 'Money':
      return action.step.sequence;
    case 'DateTime':
      return `${action.occurredOn}T00:00:00`;
    case 'Enum':
      // REF-0005: the value must be one of the field's PossibleValues: the policy's step names.
      return action.step.name;
    case 'Text':
    case null:
      return `${action.step.name} ${action.occurredOn}`;
    default:
      throw writeBackRefused(`the extra veld has type ${type}, which cannot hold a dunning stage`, ENDPOINT);
  }
}

function sameValue(current: unknown, value: string | number): boolean {
  if (typeof value === 'number') return Number(current) === value;
  return typeof current === 'string' && current.trim() === value;
}
