import { exactJsonText } from './json.js';
import { createInstantEncoder, localIsoString, padCode, padRight, parseWireDate, wireDate, wireInt64, wireMoney } from './values.js';

describe('Exact wire values (§3.4, fixtures README §2.3)', () => {
  it('writes date-only values as midnight in /Date(ms)/ and reads them back', () => {
    expect(wireDate('2012-10-26')).toBe('/Date(1351209600000)/');
    expect(parseWireDate('/Date(1351209600000)/')).toBe(1_351_209_600_000);
    expect(parseWireDate('/Date(1229791330237+0000)/')).toBe(1_229_791_330_237);
    expect(wireDate(null)).toBeNull();
  });

  it('encodes instants as Amsterdam wall-clock time, summer and winter', () => {
    const local = createInstantEncoder('local-wall-clock', 'Europe/Amsterdam');
    // 2026-06-25 14:31:00.240Z was recorded as /Date(1782405060240)/ = 16:31 (CEST).
    expect(local(Date.parse('2026-06-25T14:31:00.240Z'))).toBe(1_782_405_060_240);
    expect(new Date(local(Date.parse('2026-01-15T09:00:00Z'))).toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(createInstantEncoder('utc', 'Europe/Amsterdam')(123)).toBe(123);
    expect(localIsoString(1_782_405_060_240, true)).toBe('2026-06-25T16:31:00.240');
  });

  it('pads codes to 18 (left), country to 3 and language to 10 (right)', () => {
    expect(padCode('8')).toBe('                 8');
    expect(padCode('0000002')).toBe('           0000002');
    expect(padRight('NL', 3)).toBe('NL ');
    expect(padRight('NL', 10)).toBe('NL        ');
  });

  it('writes amounts as doubles and Int64 as strings', () => {
    expect(wireMoney(12_150)).toBe(121.5);
    expect(wireMoney(-1)).toBe(-0.01);
    expect(wireInt64(387)).toBe('387');
  });

  it('escapes forward slashes in the JSON text only when switched on', () => {
    expect(exactJsonText({ d: '/Date(1)/' }, true)).toBe('{"d":"\\/Date(1)\\/"}');
    expect(exactJsonText({ d: '/Date(1)/' }, false)).toBe('{"d":"/Date(1)/"}');
    expect(JSON.parse(exactJsonText({ u: 'https://a/b' }, true))).toEqual({ u: 'https://a/b' });
  });
});
