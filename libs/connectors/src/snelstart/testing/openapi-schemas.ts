// Turns the spec's schemas into what ajv 6 validates requests against. Two adjustments, both for
// what SnelStart really accepts versus what the APIM export says (snelstart.md §7):
// - strict objects: a property the model does not have is an error (`additionalProperties: false`),
//   so a mis-cased field (`Naam`, `factuurdatum` on an invoice) is caught rather than silently
//   dropped by .NET's model binder;
// - optional properties may be null: the export has no `nullable`, yet .NET binds null to any
//   reference type, and a write model read back carries nulls;
// - a bare `type: object` is .NET's System.Object (e.g. a custom field's `value`): any JSON value.
import Ajv from 'ajv';
import { isRecord, type JsonSchema, type OpenApiDocument } from './openapi-document.js';

const ROOT_ID = 'snelstart-openapi';

/** ajv's `date-time` needs a zone; SnelStart's timestamps have none (§3.2). */
const NAIVE_OR_ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface SchemaValidator {
  /** Problems of `value` against `schema` (which may $ref the spec's components), `[]` when valid. */
  problems(schema: JsonSchema, value: unknown, label: string): string[];
}

export function createSchemaValidator(document: OpenApiDocument, options: { strictObjects: boolean }): SchemaValidator {
  const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', schemaId: '$id' });
  ajv.addFormat('date-time', NAIVE_OR_ZONED_DATE_TIME);
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('byte', BASE64);
  // Numeric formats of the .NET types; ajv 6 checks them on numbers only.
  ajv.addFormat('int32', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isInteger(value) });
  ajv.addFormat('decimal', { type: 'number', validate: (value: number) => Number.isFinite(value) });
  ajv.addFormat('double', { type: 'number', validate: (value: number) => Number.isFinite(value) });
  const schemas: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(document.components.schemas)) schemas[name] = adjust(schema, options.strictObjects);
  ajv.addSchema({ $id: ROOT_ID, components: { schemas } });
  const compiled = new WeakMap<JsonSchema, Ajv.ValidateFunction>();

  return {
    problems(schema, value, label) {
      let validate = compiled.get(schema);
      if (validate === undefined) {
        validate = ajv.compile(adjust(schema, options.strictObjects));
        compiled.set(schema, validate);
      }
      if (validate(value) === true) return [];
      return (validate.errors ?? []).map((error) => `${label}${error.dataPath} ${error.message ?? 'is invalid'}${detail(error.params)}`);
    },
  };
}

/** A deep copy with local refs pointed at the registered document and the two adjustments. */
function adjust(schema: unknown, strictObjects: boolean): JsonSchema {
  return rewrite(schema, strictObjects) as JsonSchema;
}

function rewrite(node: unknown, strictObjects: boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, strictObjects));
  if (!isRecord(node)) return node;
  if (isSystemObject(node)) return {};
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // `example`s are placeholders (§7) and not schema keywords.
    if (key === 'example') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) copy[key] = `${ROOT_ID}${value}`;
    else if (key === 'properties' && isRecord(value)) copy[key] = properties(value, node['required'], strictObjects);
    else copy[key] = rewrite(value, strictObjects);
  }
  if (strictObjects && isRecord(node['properties']) && node['additionalProperties'] === undefined) copy['additionalProperties'] = false;
  return copy;
}

function isSystemObject(node: Record<string, unknown>): boolean {
  return node['type'] === 'object' && node['properties'] === undefined && node['$ref'] === undefined && node['additionalProperties'] === undefined;
}

function properties(props: Record<string, unknown>, required: unknown, strictObjects: boolean): Record<string, unknown> {
  const requiredNames = new Set(Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : []);
  const result: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(props)) {
    const rewritten = rewrite(schema, strictObjects);
    result[name] = requiredNames.has(name) ? rewritten : orNull(rewritten);
  }
  return result;
}

function orNull(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  if (typeof schema['$ref'] === 'string') return { anyOf: [schema, { type: 'null' }] };
  const copy: Record<string, unknown> = { ...schema };
  if (typeof schema['type'] === 'string') copy['type'] = [schema['type'], 'null'];
  if (Array.isArray(schema['enum'])) copy['enum'] = [...(schema['enum'] as unknown[]), null];
  return copy;
}

function detail(params: unknown): string {
  if (!isRecord(params)) return '';
  if (typeof params['additionalProperty'] === 'string') return ` (${params['additionalProperty']})`;
  if (Array.isArray(params['allowedValues'])) return ` (${params['allowedValues'].join(', ')})`;
  return '';
}
