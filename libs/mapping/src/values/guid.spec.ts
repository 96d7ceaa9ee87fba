import { parseGuid } from './guid.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseGuid', () => {
  it('trims and lower-cases a guid', () => {
    expect(parseGuid(' 9D1E4C2A-1B3C-4D5E-8F90-A1B2C3D4E5F6 ', 'id')).toBe('9d1e4c2a-1b3c-4d5e-8f90-a1b2c3d4e5f6');
  });

  it('rejects missing, mistyped, malformed and empty guids, naming the field', () => {
    for (const raw of [undefined, null, 42, '', 'abc', '{9d1e4c2a-1b3c-4d5e-8f90-a1b2c3d4e5f6}', '00000000-0000-0000-0000-000000000000']) {
      expectMappingError(() => parseGuid(raw, 'relatie.id'), 'relatie.id', raw);
    }
  });
});
