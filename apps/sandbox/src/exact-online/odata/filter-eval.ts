// Evaluates a parsed `$filter` against a record through its entity definition, comparing wire
// values by their Edm type: Int64 strings as numbers, `/Date(ms)/` as instants, GUIDs without
// regard to case. Padded strings compare as they are (§3.3: `Code eq '                25'`).
import type { EntityDefinition, WireEnv } from '../wire/entity.js';
import { ExactErrors } from '../wire/errors.js';
import { parseWireDate } from '../wire/values.js';
import { FilterSyntaxError, parseFilter, propertiesOf, type FilterNode, type Literal } from './filter-parser.js';

type Value = { type: 'string'; value: string } | { type: 'number'; value: number } | { type: 'boolean'; value: boolean } | { type: 'null' };

export interface CompiledFilter<R, E extends WireEnv> {
  ast: FilterNode;
  matches(record: R, env: E): boolean;
}

/** Parses and checks a filter against an entity; errors are Exact's 400 responses. */
export function compileFilter<R, E extends WireEnv>(text: string, entity: EntityDefinition<R, E>): CompiledFilter<R, E> {
  let ast: FilterNode;
  try {
    ast = parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw ExactErrors.syntaxError(error.position, text);
    throw error;
  }
  for (const property of propertiesOf(ast)) {
    if (entity.field(property.name) === undefined) throw ExactErrors.unknownProperty(property.name, entity.typeName);
  }
  return { ast, matches: (record, env) => truthy(evaluate(ast, record, env, entity)) };
}

function evaluate<R, E extends WireEnv>(node: FilterNode, record: R, env: E, entity: EntityDefinition<R, E>): Value {
  switch (node.kind) {
    case 'logical': {
      const left = truthy(evaluate(node.left, record, env, entity));
      if (node.op === 'and' && !left) return bool(false);
      if (node.op === 'or' && left) return bool(true);
      return bool(truthy(evaluate(node.right, record, env, entity)));
    }
    case 'not':
      return bool(!truthy(evaluate(node.operand, record, env, entity)));
    case 'compare':
      return bool(compare(node.op, evaluate(node.left, record, env, entity), evaluate(node.right, record, env, entity)));
    case 'call':
      return call(node.name, node.args.map((arg) => evaluate(arg, record, env, entity)));
    case 'literal':
      return fromLiteral(node.literal);
    case 'property': {
      const definition = entity.field(node.name);
      if (definition === undefined) throw ExactErrors.unknownProperty(node.name, entity.typeName);
      return fromWire(definition.get(record, env), definition.type);
    }
  }
}

function fromLiteral(literal: Literal): Value {
  switch (literal.type) {
    case 'string':
    case 'guid':
      return { type: 'string', value: literal.value };
    case 'datetime':
    case 'number':
      return { type: 'number', value: literal.value };
    case 'boolean':
      return bool(literal.value);
    case 'null':
      return { type: 'null' };
  }
}

function fromWire(value: unknown, type: string): Value {
  if (value === null || value === undefined) return { type: 'null' };
  if (typeof value === 'boolean') return bool(value);
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') {
    if (type === 'Int64') return { type: 'number', value: Number(value) };
    if (type === 'DateTime') {
      const ms = parseWireDate(value);
      return ms === null ? { type: 'null' } : { type: 'number', value: ms };
    }
    if (type === 'Guid') return { type: 'string', value: value.toLowerCase() };
    return { type: 'string', value };
  }
  return { type: 'null' };
}

function compare(op: string, left: Value, right: Value): boolean {
  if (left.type === 'null' || right.type === 'null') {
    const bothNull = left.type === 'null' && right.type === 'null';
    return op === 'eq' ? bothNull : op === 'ne' ? !bothNull : false;
  }
  if (left.type !== right.type) {
    if (op === 'ne') return true;
    if (op === 'eq') return false;
    throw ExactErrors.badRequest(`Operator '${op}' incompatible with operand types '${left.type}' and '${right.type}'.`);
  }
  const a = left.value;
  const b = right.value;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'ge':
      return a >= b;
    case 'lt':
      return a < b;
    default:
      return a <= b;
  }
}

function call(name: string, args: Value[]): Value {
  const text = (index: number): string => {
    const arg = args[index];
    if (arg === undefined || arg.type === 'null') return '';
    return String(arg.value);
  };
  switch (name) {
    case 'substringof':
      return bool(text(1).includes(text(0)));
    case 'startswith':
      return bool(text(0).startsWith(text(1)));
    case 'endswith':
      return bool(text(0).endsWith(text(1)));
    case 'trim':
      return { type: 'string', value: text(0).trim() };
    case 'tolower':
      return { type: 'string', value: text(0).toLowerCase() };
    case 'toupper':
      return { type: 'string', value: text(0).toUpperCase() };
    default:
      return { type: 'number', value: text(0).length };
  }
}

function truthy(value: Value): boolean {
  return value.type === 'boolean' && value.value;
}

function bool(value: boolean): Value {
  return { type: 'boolean', value };
}
