// Amounts from platform payloads and exports → integer cents.
import { MappingError } from '../model/mapping-error.js';
import { type DecimalParts, decimalToCents } from './decimal-to-cents.js';
import { typeOf } from './raw.js';

export interface AmountParseOptions {
  /**
   * The decimal separator the source is known to use. Leave it out for JSON numbers and for
   * strings whose notation is unknown; set it for a source that writes thousands separators
   * without decimals (a Dutch export writing `1.234` for twelve hundred thirty-four).
   */
  decimalSeparator?: '.' | ',';
}

/**
 * Parses an amount into integer cents.
 *
 * JSON numbers are read through their shortest decimal form (`String(x)`), so float noise the
 * platform never meant disappears: 100.00000000000001 → 10000, 0.30000000000000004 → 30,
 * 1.005 → 101. Exponent notation (1e-7, 1.5e3) is fine.
 *
 * Strings may use either notation: `1234.56`, `1.234,56`, `1,234.56`, `1234,56`, `1 234,56`,
 * with `€`/`EUR` before or after, a leading or trailing minus (`1.234,56-`, as some Dutch
 * exports write it), accounting parentheses `(12,50)` for a negative amount, and the Dutch
 * whole-euro notation `25,-`. Which separator is the decimal one:
 * - both `.` and `,` present: the last one; the other must group thousands correctly;
 * - one of them, several times: thousands separator (`1.234.567`);
 * - one of them, once: the decimal separator (`1.234` is 1.234, `1,5` is 1.50), unless
 *   `options.decimalSeparator` names the other character, which then groups thousands.
 * A declared separator that contradicts the text (`1234,56` declared `.`) is rejected, never guessed.
 *
 * More than two fraction digits round half away from zero to cents. Rejects NaN, Infinity,
 * empty and blank strings, booleans, objects, other currency symbols, garbage and anything
 * beyond Number.MAX_SAFE_INTEGER cents.
 */
export function parseAmountToCents(raw: unknown, field: string, options: AmountParseOptions = {}): number {
  let parts: DecimalParts;
  if (typeof raw === 'number') parts = partsOfNumber(raw, field);
  else if (typeof raw === 'string') parts = partsOfText(raw, field, options);
  else if (raw === null || raw === undefined) throw new MappingError(field, raw, 'missing amount');
  else throw new MappingError(field, raw, `expected an amount as a number or a string, got ${typeOf(raw)}`);

  const cents = decimalToCents(parts);
  if (cents === null) throw new MappingError(field, raw, 'amount is too large to hold safely in cents');
  return cents;
}

const MACHINE_NUMBER = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
const MINUS = /^[-\u2212]$/;
const GROUPING_SPACE = /[ \u00a0\u2009\u202f]/;

function partsOfNumber(value: number, field: string): DecimalParts {
  if (!Number.isFinite(value)) throw new MappingError(field, value, 'amount is not a finite number');
  const match = MACHINE_NUMBER.exec(String(Math.abs(value)));
  if (!match) throw new MappingError(field, value, 'amount is not a decimal number');
  return { negative: value < 0, integerDigits: match[1], fractionDigits: match[2] ?? '', exponent: Number(match[3] ?? 0) };
}

function partsOfText(raw: string, field: string, options: AmountParseOptions): DecimalParts {
  const fail = (reason: string): MappingError => new MappingError(field, raw, reason);
  const { body, negative } = splitSignAndCurrency(raw.trim(), fail);
  if (body === '') throw fail('empty amount');

  const exponential = /^(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(body);
  if (exponential) {
    if (exponential[2] !== undefined && options.decimalSeparator === ',') {
      throw fail('exponent notation uses "." as decimal separator, but "," was declared');
    }
    return { negative, integerDigits: exponential[1], fractionDigits: exponential[2] ?? '', exponent: Number(exponential[3]) };
  }
  return { negative, ...digitsOfGroupedNumber(body, options, fail), exponent: 0 };
}

/**
 * Peels off, in this order: accounting parentheses, a leading sign, a currency marker (before or
 * after the number), a second leading sign (`€ -12`), the whole-euro `,-` and a trailing minus.
 * Counts every sign, so that double signs (`-12,50-`, `(-12,50)`) are rejected rather than cancelled.
 */
function splitSignAndCurrency(text: string, fail: (reason: string) => MappingError): { body: string; negative: boolean } {
  let rest = text;
  let signs = 0;
  let minusSigns = 0;
  const takeLeadingSign = (): void => {
    const first = rest.charAt(0);
    if (first === '+' || MINUS.test(first)) {
      signs += 1;
      if (first !== '+') minusSigns += 1;
      rest = rest.slice(1).trim();
    }
  };

  if (rest.startsWith('(') && rest.endsWith(')')) {
    signs += 1;
    minusSigns += 1;
    rest = rest.slice(1, -1).trim();
  }
  takeLeadingSign();
  const leadingCurrency = /^(?:€|eur(?![a-z]))/i.exec(rest);
  if (leadingCurrency) {
    rest = rest.slice(leadingCurrency[0].length).trim();
    takeLeadingSign();
  } else {
    rest = rest.replace(/(?:€|(?<![a-z])eur)$/i, '').trim();
  }
  if (rest.endsWith(',-')) rest = `${rest.slice(0, -2)},00`;
  if (MINUS.test(rest.slice(-1))) {
    signs += 1;
    minusSigns += 1;
    rest = rest.slice(0, -1).trim();
  }
  if (signs > 1) throw fail('amount carries more than one sign');
  return { body: rest, negative: minusSigns === 1 };
}

function digitsOfGroupedNumber(
  body: string,
  options: AmountParseOptions,
  fail: (reason: string) => MappingError,
): { integerDigits: string; fractionDigits: string } {
  if (!/^[\d.,]+(?:[ \u00a0\u2009\u202f][\d.,]+)*$/.test(body)) throw fail('not a number');

  const decimalSeparator = chooseDecimalSeparator(body, options);
  let integerPart = body;
  let fractionPart = '';
  if (decimalSeparator !== null) {
    const at = body.indexOf(decimalSeparator);
    if (at !== body.lastIndexOf(decimalSeparator)) throw fail(`decimal separator "${decimalSeparator}" appears more than once`);
    integerPart = body.slice(0, at);
    fractionPart = body.slice(at + 1);
    if (!/^\d+$/.test(fractionPart)) throw fail('no valid digits after the decimal separator');
  }
  return { integerDigits: ungroup(integerPart, fractionPart !== '', fail), fractionDigits: fractionPart };
}

function chooseDecimalSeparator(body: string, options: AmountParseOptions): '.' | ',' | null {
  if (options.decimalSeparator) return body.includes(options.decimalSeparator) ? options.decimalSeparator : null;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const only = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (only === null) return null;
  // Seen once: decimal. Seen several times: it can only be grouping thousands.
  return body.indexOf(only) === body.lastIndexOf(only) ? only : null;
}

/** Integer digits with thousands separators removed; the groups must be 1-3 digits, then threes. */
function ungroup(integerPart: string, hasFraction: boolean, fail: (reason: string) => MappingError): string {
  if (integerPart === '') {
    if (hasFraction) return '0';
    throw fail('no digits');
  }
  if (/^\d+$/.test(integerPart)) return integerPart;
  const separators = new Set(integerPart.replace(/\d/g, '').split('').map((char) => (GROUPING_SPACE.test(char) ? ' ' : char)));
  if (separators.size > 1) throw fail('mixes different thousands separators');
  const groups = integerPart.split(/[., \u00a0\u2009\u202f]/);
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) {
    throw fail('thousands separators do not group the digits in threes');
  }
  return groups.join('');
}
