import { type CurrencyCode, type Language } from '../model/canonical.js';
import { assertCents } from './cents.js';
import { isCurrencyCode } from './currency.js';

/** Symbols written instead of the code; every other currency is written as its code. */
const SYMBOLS: Readonly<Partial<Record<CurrencyCode, string>>> = { EUR: '€', GBP: '£' };

/**
 * An amount as a letter shows it, with two decimals:
 * - `nl`: `€ 1.234,56`, `€ -1.234,56`, `USD 1.234,56` (Dutch: symbol, space, minus after the symbol);
 * - `en`: `€1,234.56`, `-€1,234.56`, `USD 1,234.56`.
 * Hand-written rather than Intl.NumberFormat so a letter never changes with the runtime's ICU
 * data (which also puts non-breaking spaces in). A plain space separates symbol and amount.
 * Assumes two minor digits, like the rest of the canonical model.
 */
export function formatCents(cents: number, currency: CurrencyCode, locale: Language): string {
  assertCents(cents);
  if (!isCurrencyCode(currency)) throw new RangeError(`not an ISO-4217 currency code: ${JSON.stringify(currency)}`);
  const absolute = Math.abs(cents);
  const fraction = absolute % 100;
  // (absolute − fraction) / 100 is exact, where absolute / 100 could round up near 2^53.
  const whole = String((absolute - fraction) / 100);
  const thousands = locale === 'nl' ? '.' : ',';
  const decimal = locale === 'nl' ? ',' : '.';
  const number = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands)}${decimal}${String(fraction).padStart(2, '0')}`;
  const minus = cents < 0 ? '-' : '';
  const symbol = SYMBOLS[currency];
  if (locale === 'nl') return `${symbol ?? currency} ${minus}${number}`;
  return symbol ? `${minus}${symbol}${number}` : `${minus}${currency} ${number}`;
}
