// `RelatieCustomFieldsModel` of `GET/PUT /relaties/{id}/customFields` (notes §6 row 1): every
// field defined for the relatiesoort, with its typed value (null when empty) and its definition.
import type { CustomFieldDefinition } from '../options.js';
import type { CustomFieldValue, Relatie } from '../store/types.js';

export interface CustomFieldWire {
  value: CustomFieldValue | null;
  definition: { name: string; type: string; properties: { name: string; value: unknown }[] };
}

export interface RelatieCustomFieldsWire {
  klantCustomFields: CustomFieldWire[];
  leverancierCustomFields: CustomFieldWire[];
}

export function serialiseCustomFields(relatie: Relatie, definitions: readonly CustomFieldDefinition[]): RelatieCustomFieldsWire {
  const fieldsOf = (relatiesoort: 'Klant' | 'Leverancier'): CustomFieldWire[] =>
    relatie.relatiesoort.includes(relatiesoort)
      ? definitions
          .filter((definition) => definition.relatiesoort === relatiesoort)
          .map((definition) => ({ value: relatie.customFields.get(definition.name) ?? null, definition: serialiseDefinition(definition) }))
      : [];
  return { klantCustomFields: fieldsOf('Klant'), leverancierCustomFields: fieldsOf('Leverancier') };
}

function serialiseDefinition(definition: CustomFieldDefinition): CustomFieldWire['definition'] {
  const properties: { name: string; value: unknown }[] = [];
  if (definition.maxLength !== undefined) properties.push({ name: 'MaxLength', value: definition.maxLength });
  if (definition.possibleValues !== undefined) properties.push({ name: 'PossibleValues', value: [...definition.possibleValues] });
  return { name: definition.name, type: definition.type, properties };
}
