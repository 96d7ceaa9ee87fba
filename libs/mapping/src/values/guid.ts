// Platform record ids that are .NET Guids (Exact's `ID`, SnelStart's `id` and references).
import { MappingError } from '../model/mapping-error.js';
import { typeOf } from './raw.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * A guid that must be there, trimmed and lower-cased: keys must compare equal whatever case the
 * platform writes. The empty guid (.NET's `Guid.Empty`, what an unset reference serialises to)
 * identifies nothing and is rejected.
 */
export function parseGuid(raw: unknown, field: string): string {
  if (typeof raw !== 'string') {
    throw new MappingError(field, raw, raw === null || raw === undefined ? 'missing guid' : `expected a guid string, got ${typeOf(raw)}`);
  }
  const guid = raw.trim().toLowerCase();
  if (!GUID.test(guid)) throw new MappingError(field, raw, 'not a guid (8-4-4-4-12 hex digits)');
  if (guid === EMPTY_GUID) throw new MappingError(field, raw, 'the empty guid identifies nothing');
  return guid;
}
