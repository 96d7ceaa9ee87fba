// Builds detail objects the way the API's serializer writes them: null values are left out
// (§3.3 "empty fields are omitted"), or written as null with the `omitEmptyFields` switch off.

export type WireValue = string | number | boolean | null | WireValue[] | { [key: string]: WireValue };
export type WireObject = { [key: string]: WireValue };

export function wireObject(entries: readonly (readonly [string, WireValue | undefined])[], omitEmpty: boolean): WireObject {
  const object: WireObject = {};
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === '') {
      if (!omitEmpty) object[key] = null;
      continue;
    }
    object[key] = value;
  }
  return object;
}
