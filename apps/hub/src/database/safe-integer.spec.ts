import { assertSafeInteger, bigintToNumber, toSafeInteger, UnsafeIntegerError } from './safe-integer.js';

describe('toSafeInteger', () => {
  it('converts pg int8 strings, numbers and bigints exactly', () => {
    expect(toSafeInteger('-123456789012')).toBe(-123456789012);
    expect(toSafeInteger(42)).toBe(42);
    expect(toSafeInteger(7n)).toBe(7);
    expect(toSafeInteger(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses values that would lose precision or are not integers', () => {
    for (const value of ['9007199254740993', '1.5', '', 'abc', 1.5, null, 2n ** 60n]) {
      expect(() => toSafeInteger(value, 'total_cents')).toThrow(UnsafeIntegerError);
    }
    expect(() => toSafeInteger('9007199254740993', 'total_cents')).toThrow(/total_cents: expected a safe integer/);
  });
});

describe('bigintToNumber transformer', () => {
  it('reads bigint columns as numbers and keeps null', () => {
    expect(bigintToNumber.from('1999')).toBe(1999);
    expect(bigintToNumber.from(null)).toBeNull();
  });

  it('refuses to write unsafe numbers', () => {
    expect(bigintToNumber.to(1999)).toBe(1999);
    expect(() => bigintToNumber.to(2 ** 60)).toThrow(UnsafeIntegerError);
    expect(() => assertSafeInteger(0.1 + 0.2, 'amount')).toThrow(/amount/);
  });
});
