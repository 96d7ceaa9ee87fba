// The typed view `$filter`, `$orderby` and `$select` see of a resource: SnelStart's API is
// ASP.NET Web API OData v3 (notes §3.1), which types every property (Edm.DateTime, Edm.Guid, …)
// and rejects comparisons between mismatched types. Property names are the .NET ones
// (UpperCamelCase) and case-sensitive; each property reads its value straight from a store record.

export type EdmPrimitive = 'Edm.Guid' | 'Edm.String' | 'Edm.DateTime' | 'Edm.Decimal' | 'Edm.Double' | 'Edm.Int32' | 'Edm.Boolean';

/** Runtime values: Guid/String → string, DateTime → naive ms, numbers → number. */
export type EdmValue = string | number | boolean | null;

export interface StructuredType {
  /** The .NET type name ASP.NET quotes in its errors, e.g. SnelStart.B2B.Api.V2.Models.Relaties.RelatieModel. */
  readonly name: string;
  readonly properties: ReadonlyMap<string, PropertyDefinition>;
}

export type PropertyType = EdmPrimitive | StructuredType | { readonly collectionOf: EdmPrimitive | StructuredType };

export interface PropertyDefinition {
  readonly type: PropertyType;
  /** Reads the value from the owning record (a store record or a complex value). */
  read(owner: unknown): unknown;
}

export type PropertySpec<R> = { type: PropertyType; read: (owner: R) => unknown };

/**
 * Declares a structured type whose properties read from records of type R. The one place the
 * record type is erased: the evaluator only ever hands a property the kind of owner it declared.
 */
export function structuredType<R>(name: string, properties: Record<string, PropertySpec<R>>): StructuredType {
  const map = new Map<string, PropertyDefinition>();
  for (const [propertyName, spec] of Object.entries(properties)) {
    map.set(propertyName, { type: spec.type, read: (owner) => spec.read(owner as R) });
  }
  return { name, properties: map };
}

/** A `{ id, uri }` reference (notes §3.4) as OData sees it: only `Id` is navigable. */
export const IDENTIFIER_TYPE = structuredType<string>('SnelStart.B2B.Api.V2.Models.IdentifierModel', {
  Id: { type: 'Edm.Guid', read: (id) => id },
});

export function isPrimitive(type: PropertyType | 'Edm.Null'): type is EdmPrimitive {
  if (type === 'Edm.Null') return false;
  return typeof type === 'string';
}

export function isCollection(type: PropertyType | 'Edm.Null'): type is { readonly collectionOf: EdmPrimitive | StructuredType } {
  return typeof type === 'object' && 'collectionOf' in type;
}

export function typeName(type: PropertyType | 'Edm.Null'): string {
  if (typeof type === 'string') return type;
  if ('collectionOf' in type) return `Collection(${typeName(type.collectionOf)})`;
  return type.name;
}
