import { optionalText, requiredText, trimPadded } from './text.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('trimPadded', () => {
  it.each([
    ['                 1', '1'],
    ['                25', '25'],
    ['           1265594', '1265594'],
    ['NL ', 'NL'],
    ['NL        ', 'NL'],
    ['02 ', '02'],
    ['\u00a0A1\t', 'A1'],
    [1001, '1001'],
    [0, '0'],
  ])('%p → %p', (raw, code) => {
    expect(trimPadded(raw, 'Code')).toBe(code);
  });

  it('keeps inner spaces', () => {
    expect(trimPadded('  AB 12  ', 'Code')).toBe('AB 12');
  });

  it.each(['', '                  ', null, undefined, 1.5, NaN, Infinity, true, {}, ['1']])('rejects %p', (raw) => {
    expectMappingError(() => trimPadded(raw, 'Code'), 'Code', raw);
  });
});

describe('optionalText', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['', null],
    ['   ', null],
    ['\u00a0\t\n', null],
    ['  Groothandel  sportfietsen ', 'Groothandel  sportfietsen'],
    ['x', 'x'],
  ])('%p → %p', (raw, text) => {
    expect(optionalText(raw, 'Name')).toBe(text);
  });

  it.each([0, 12, false, {}, ['x']])('rejects non-text %p', (raw) => {
    expectMappingError(() => optionalText(raw, 'Name'), 'Name', raw);
  });
});

describe('requiredText', () => {
  it('trims', () => {
    expect(requiredText('  De Vries B.V. ', 'Name')).toBe('De Vries B.V.');
  });

  it.each([
    [null, 'missing text'],
    [undefined, 'missing text'],
    ['', 'empty text'],
    ['  ', 'empty text'],
  ])('rejects %p', (raw, reason) => {
    expect(expectMappingError(() => requiredText(raw, 'Name'), 'Name', raw).reason).toBe(reason);
  });

  it.each([42, true, {}])('rejects non-text %p', (raw) => {
    expectMappingError(() => requiredText(raw, 'Name'), 'Name', raw);
  });
});
