// References between resources are `{ id, uri }` objects with a relative uri (notes §3.4).

export interface IdentifierWire {
  id: string;
  uri: string;
}

export function identifier(resource: string, id: string): IdentifierWire {
  return { id, uri: `/${resource}/${id}` };
}

export function optionalIdentifier(resource: string, id: string | null): IdentifierWire | null {
  return id === null ? null : identifier(resource, id);
}
