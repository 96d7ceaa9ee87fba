// An entity as Exact serialises it: an ordered list of typed properties (order as in Exact's
// responses, §3.1), a type name and a key URI for `__metadata`. The same definitions drive
// `$select`, `$filter` evaluation and serialisation, so a field is computed only when asked for.
import type { DivisionStore } from '../store/division-store.js';

export type EdmType = 'Guid' | 'String' | 'Int16' | 'Int32' | 'Int64' | 'Double' | 'Boolean' | 'DateTime' | 'Byte' | 'Binary' | 'Navigation';

export interface DeferredLink {
  __deferred: { uri: string };
}

export type WireValue = string | number | boolean | null | DeferredLink;

/** Everything a serialiser needs besides the record itself. */
export interface WireEnv {
  /** `<sandbox>/exact-online`: plays https://start.exactonline.nl. */
  hostBase: string;
  /** `<hostBase>/api/v1`. */
  apiBase: string;
  /** Converts epoch ms to the `/Date(ms)/` payload (local wall clock by default). */
  instant(ms: number): number;
  fullNameOf(userId: string): string | null;
}

export interface DivisionWireEnv extends WireEnv {
  store: DivisionStore;
  /** -1 when payment-term amounts are negative for invoices (§4.3, switch). */
  termSign: 1 | -1;
}

export interface FieldDefinition<R, E> {
  name: string;
  type: EdmType;
  get(record: R, env: E): WireValue;
}

export interface EntityDefinition<R, E extends WireEnv = DivisionWireEnv> {
  typeName: string;
  fields: ReadonlyArray<FieldDefinition<R, E>>;
  field(name: string): FieldDefinition<R, E> | undefined;
  /** Absolute URI of the record (`__metadata.uri`). */
  uri(record: R, env: E): string;
}

export function defineEntity<R, E extends WireEnv = DivisionWireEnv>(spec: {
  typeName: string;
  fields: ReadonlyArray<FieldDefinition<R, E>>;
  uri(record: R, env: E): string;
}): EntityDefinition<R, E> {
  const byName = new Map(spec.fields.map((field) => [field.name, field]));
  if (byName.size !== spec.fields.length) throw new Error(`Duplicate field in ${spec.typeName}`);
  return { ...spec, field: (name) => byName.get(name) };
}

/** Builds `{ "__metadata": {…}, …fields }`, restricted to `select` when given (§3.1: `__metadata` always). */
export function serializeEntity<R, E extends WireEnv>(entity: EntityDefinition<R, E>, record: R, env: E, select: ReadonlySet<string> | null): Record<string, unknown> {
  const out: Record<string, unknown> = { __metadata: { uri: entity.uri(record, env), type: entity.typeName } };
  for (const field of entity.fields) {
    if (select !== null && !select.has(field.name)) continue;
    out[field.name] = field.get(record, env);
  }
  return out;
}

/** Short constructors so entity files read like Exact's property lists. */
export const field = {
  of<R, E>(name: string, type: EdmType, get: (record: R, env: E) => WireValue): FieldDefinition<R, E> {
    return { name, type, get };
  },
  constant<R, E>(name: string, type: EdmType, value: WireValue): FieldDefinition<R, E> {
    return { name, type, get: () => value };
  },
  /** Properties the stand-in never fills (Exact returns null for them on this data). */
  nulls<R, E>(type: EdmType, ...names: string[]): Array<FieldDefinition<R, E>> {
    return names.map((name) => ({ name, type, get: () => null }));
  },
};

export function deferred(uri: string): DeferredLink {
  return { __deferred: { uri } };
}

export function divisionUri(env: DivisionWireEnv, path: string): string {
  return `${env.apiBase}/${env.store.code}/${path}`;
}
