import { parseAmountToCents } from './money.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

const parse = (raw: unknown, options?: { decimalSeparator?: '.' | ',' }): number => parseAmountToCents(raw, 'AmountDC', options);

describe('parseAmountToCents', () => {
  describe('JSON numbers', () => {
    it.each([
      [0, 0],
      [9075, 907500],
      [1234.5, 123450],
      [50.8, 5080],
      [0.01, 1],
      [-0.1, -10],
      [-121, -12100],
      [6352.5, 635250],
    ])('%p → %p cents', (raw, cents) => {
      expect(parse(raw)).toBe(cents);
    });

    it('removes float noise by reading the shortest decimal form, not by multiplying by 100', () => {
      expect(parse(100.00000000000001)).toBe(10000);
      expect(parse(0.1 + 0.2)).toBe(30);
      expect(parse(1.15)).toBe(115); // 1.15 * 100 = 114.99999999999999
      expect(parse(4.35)).toBe(435); // 4.35 * 100 = 434.99999999999994
      expect(parse(0.285)).toBe(29); // half away from zero, where Math.round(0.285 * 100) = 28
    });

    it('rounds more than two fraction digits half away from zero', () => {
      expect(parse(1.005)).toBe(101);
      expect(parse(-1.005)).toBe(-101);
      expect(parse(0.125)).toBe(13);
      expect(parse(-0.125)).toBe(-13);
      expect(parse(0.124999)).toBe(12);
      expect(parse(2.675)).toBe(268);
    });

    it('reads exponent notation', () => {
      expect(parse(1e-7)).toBe(0);
      expect(parse(1.5e3)).toBe(150000);
      expect(parse(5e-3)).toBe(1);
      expect(parse(-5e-3)).toBe(-1);
      expect(parse(4e-3)).toBe(0);
      expect(parse(1e13)).toBe(1e15);
    });

    it('never returns negative zero', () => {
      expect(Object.is(parse(-0), 0)).toBe(true);
      expect(Object.is(parse(-0.001), 0)).toBe(true);
      expect(Object.is(parse('-0,00'), 0)).toBe(true);
    });

    it('accepts the largest safe amount and rejects one cent more', () => {
      // As a double, 90071992547409.91 is not representable; its shortest form is what the platform sent.
      expect(parse(90071992547409.9)).toBe(9007199254740990);
      expect(parse('90071992547409.91')).toBe(Number.MAX_SAFE_INTEGER);
      expect(parse('-90071992547409,91')).toBe(-Number.MAX_SAFE_INTEGER);
      expectMappingError(() => parse('90071992547409.92'), 'AmountDC', '90071992547409.92');
      expectMappingError(() => parse(1e21), 'AmountDC', 1e21);
      expectMappingError(() => parse(Number.MAX_VALUE), 'AmountDC', Number.MAX_VALUE);
    });

    it.each([NaN, Infinity, -Infinity])('rejects %p', (raw) => {
      expect(expectMappingError(() => parse(raw), 'AmountDC', raw).reason).toMatch(/finite/);
    });
  });

  describe('strings, either notation', () => {
    it.each([
      ['1234.56', 123456],
      ['1234,56', 123456],
      ['1.234,56', 123456],
      ['1,234.56', 123456],
      ['1.234.567,89', 123456789],
      ['1,234,567.89', 123456789],
      ['1.234.567', 123456700],
      ['1,234,567', 123456700],
      ['1 234,56', 123456],
      ['1\u00a0234,56', 123456],
      ['1\u202f234\u202f567,8', 123456780],
      ['12', 1200],
      ['007', 700],
      ['0,5', 50],
      ['1,5', 150],
      [',50', 50],
      ['.5', 50],
      ['+12,50', 1250],
      ['1234.567', 123457],
      ['0,125', 13],
      ['0.0049', 0],
      ['1.5e3', 150000],
      ['1E-7', 0],
      ['2e2', 20000],
    ])('%p → %p cents', (raw, cents) => {
      expect(parse(raw)).toBe(cents);
    });

    it.each([
      ['€ 1.234,56', 123456],
      ['€1.234,56', 123456],
      ['€\u00a01.234,56', 123456],
      ['EUR 1.234,56', 123456],
      ['eur1234,56', 123456],
      ['1.234,56 €', 123456],
      ['1,234.56 EUR', 123456],
      ['€ 25,-', 2500],
      ['1.234,-', 123400],
    ])('strips the euro marker: %p → %p', (raw, cents) => {
      expect(parse(raw)).toBe(cents);
    });

    it.each([
      ['-1.234,56', -123456],
      ['1.234,56-', -123456],
      ['1.234,56 -', -123456],
      ['\u22121.234,56', -123456],
      ['(12,50)', -1250],
      ['( 12,50 )', -1250],
      ['(€ 12,50)', -1250],
      ['-€ 12,50', -1250],
      ['€ -12,50', -1250],
      ['€ 12,50-', -1250],
      ['-25,-', -2500],
    ])('reads the sign: %p → %p', (raw, cents) => {
      expect(parse(raw)).toBe(cents);
    });

    it('trims whitespace, including non-breaking spaces, tabs and newlines', () => {
      expect(parse('  12,50\u00a0')).toBe(1250);
      expect(parse('\t\n12.50\r\n')).toBe(1250);
    });
  });

  describe('ambiguous single separators (documented rule)', () => {
    it('treats a single separator as the decimal one when no separator is declared', () => {
      expect(parse('1.234')).toBe(123);
      expect(parse('1,234')).toBe(123);
    });

    it('treats it as a thousands separator when the other character is declared decimal', () => {
      expect(parse('1.234', { decimalSeparator: ',' })).toBe(123400);
      expect(parse('1,234', { decimalSeparator: '.' })).toBe(123400);
    });

    it('follows a declared separator that matches the text', () => {
      expect(parse('1.234', { decimalSeparator: '.' })).toBe(123);
      expect(parse('1.234,56', { decimalSeparator: ',' })).toBe(123456);
      expect(parse('1,234.56', { decimalSeparator: '.' })).toBe(123456);
      expect(parse('12', { decimalSeparator: ',' })).toBe(1200);
    });

    it.each([
      ['1234,56', '.'],
      ['1.234,56', '.'],
      ['1,234.56', ','],
      ['1.234.567', '.'],
      ['1.5e3', ','],
      ['25,-', '.'],
    ] as const)('rejects %p when %p is declared as decimal separator', (raw, decimalSeparator) => {
      expectMappingError(() => parse(raw, { decimalSeparator }), 'AmountDC', raw);
    });

    it('ignores the option for JSON numbers', () => {
      expect(parse(1234.56, { decimalSeparator: ',' })).toBe(123456);
    });
  });

  describe('rejects', () => {
    it.each([
      '',
      '   ',
      '\u00a0',
      '-',
      '+',
      '€',
      'EUR',
      '()',
      '.',
      ',',
      '5.',
      '5,',
      'abc',
      '12abc',
      'abc12',
      '12 34',
      '1.23.45',
      '1,2345,678',
      '12.345.67',
      '1.234 567,89',
      '1,234,56',
      '1.234.56',
      '--12',
      '-12-',
      '(-12)',
      '+-12',
      '1-2',
      '0x10',
      '1_000',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e',
      'e5',
      '1e5.5',
      '$ 12.50',
      '£12.50',
      '12 USD',
      'EURO 12',
      '12,50 EURO',
      '12,--',
      '(12',
      '12)',
      '1 2 3',
      '12\n34',
    ])('%p', (raw) => {
      expectMappingError(() => parse(raw), 'AmountDC', raw);
    });

    it.each([null, undefined, true, false, {}, [], [12], { value: 12 }, 12n, Symbol('x'), () => 12, new Date(0)])('non-amount %p', (raw) => {
      expectMappingError(() => parse(raw), 'AmountDC', raw);
    });

    it('says what was wrong', () => {
      expect(expectMappingError(() => parse(null), 'AmountDC', null).reason).toBe('missing amount');
      expect(expectMappingError(() => parse(true), 'AmountDC', true).reason).toMatch(/got boolean/);
      expect(expectMappingError(() => parse('1e400'), 'AmountDC', '1e400').reason).toMatch(/too large/);
      expect(expectMappingError(() => parse('-12-'), 'AmountDC', '-12-').reason).toMatch(/more than one sign/);
      expect(expectMappingError(() => parse('1.23.45'), 'AmountDC', '1.23.45').reason).toMatch(/thousands/);
    });

    it('handles absurd exponents without hanging', () => {
      expect(parse('1e-999999999')).toBe(0);
      expectMappingError(() => parse('1e999999999'), 'AmountDC', '1e999999999');
      expectMappingError(() => parse(`1e${'9'.repeat(400)}`), 'AmountDC', `1e${'9'.repeat(400)}`);
    });

    it('handles a very long digit string exactly', () => {
      expect(parse(`0.${'0'.repeat(500)}1`)).toBe(0);
      expect(parse(`12.345${'0'.repeat(500)}`)).toBe(1235);
      expectMappingError(() => parse('9'.repeat(30)), 'AmountDC', '9'.repeat(30));
    });
  });
});
