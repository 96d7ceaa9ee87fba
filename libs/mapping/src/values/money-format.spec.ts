import { formatCents } from './money-format.js';

describe('formatCents', () => {
  it.each([
    [123456, '€ 1.234,56', '€1,234.56'],
    [-123456, '€ -1.234,56', '-€1,234.56'],
    [0, '€ 0,00', '€0.00'],
    [5, '€ 0,05', '€0.05'],
    [-5, '€ -0,05', '-€0.05'],
    [100, '€ 1,00', '€1.00'],
    [99999, '€ 999,99', '€999.99'],
    [100000, '€ 1.000,00', '€1,000.00'],
    [123456789012, '€ 1.234.567.890,12', '€1,234,567,890.12'],
  ])('%p cents in EUR → nl %p, en %p', (cents, nl, en) => {
    expect(formatCents(cents, 'EUR', 'nl')).toBe(nl);
    expect(formatCents(cents, 'EUR', 'en')).toBe(en);
  });

  it('is exact at the edge of the safe range', () => {
    expect(formatCents(Number.MAX_SAFE_INTEGER, 'EUR', 'nl')).toBe('€ 90.071.992.547.409,91');
    expect(formatCents(9007199254740899, 'EUR', 'en')).toBe('€90,071,992,547,408.99');
    expect(formatCents(-Number.MAX_SAFE_INTEGER, 'EUR', 'en')).toBe('-€90,071,992,547,409.91');
  });

  it('writes £ for pounds and the code for other currencies', () => {
    expect(formatCents(123456, 'GBP', 'nl')).toBe('£ 1.234,56');
    expect(formatCents(123456, 'GBP', 'en')).toBe('£1,234.56');
    expect(formatCents(123456, 'USD', 'nl')).toBe('USD 1.234,56');
    expect(formatCents(-123456, 'USD', 'nl')).toBe('USD -1.234,56');
    expect(formatCents(123456, 'USD', 'en')).toBe('USD 1,234.56');
    expect(formatCents(-123456, 'USD', 'en')).toBe('-USD 1,234.56');
  });

  it('refuses values that are not cents and codes that are not canonical', () => {
    expect(() => formatCents(12.5, 'EUR', 'nl')).toThrow(RangeError);
    expect(() => formatCents(NaN, 'EUR', 'nl')).toThrow(RangeError);
    expect(() => formatCents(Number.MAX_SAFE_INTEGER + 1, 'EUR', 'nl')).toThrow(RangeError);
    expect(() => formatCents(100, 'eur', 'nl')).toThrow(RangeError);
    expect(() => formatCents(100, '€', 'en')).toThrow(RangeError);
  });
});
