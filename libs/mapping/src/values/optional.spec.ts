import { parseIban } from './iban.js';
import { parseOptional } from './optional.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseOptional', () => {
  it.each([null, undefined, '', '   ', '\u00a0'])('treats %p as not given', (raw) => {
    expect(parseOptional(raw, 'iban', parseIban)).toBeNull();
  });

  it('parses anything else', () => {
    expect(parseOptional(' NL91 ABNA 0417 1643 00 ', 'iban', parseIban)).toBe('NL91ABNA0417164300');
  });

  it('still fails loudly on a malformed value', () => {
    expectMappingError(() => parseOptional('NL00 BROKEN', 'iban', parseIban), 'iban', 'NL00 BROKEN');
    expectMappingError(() => parseOptional(0, 'iban', parseIban), 'iban', 0);
  });
});
