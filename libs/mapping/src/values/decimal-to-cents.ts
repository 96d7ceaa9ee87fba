// Exact decimal → integer cents, without ever multiplying a float by 100. Internal.

/** A decimal number as written: sign, digit strings (no separators) and a power-of-ten exponent. */
export interface DecimalParts {
  negative: boolean;
  integerDigits: string;
  fractionDigits: string;
  /** The value is (integerDigits.fractionDigits) × 10^exponent. */
  exponent: number;
}

const MAX_SAFE_CENTS = BigInt(Number.MAX_SAFE_INTEGER);
/** MAX_SAFE_INTEGER has 16 digits, so anything with more digits is out of range without computing it. */
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

/**
 * The amount in cents, rounded half away from zero when there are more than two fraction digits
 * (0.125 → 13, −0.125 → −13: the commercial rounding Dutch bookkeeping uses). Returns null
 * when the result is not a safe integer. Never returns −0.
 */
export function decimalToCents(parts: DecimalParts): number | null {
  const digits = (parts.integerDigits + parts.fractionDigits).replace(/^0+/, '');
  if (digits === '') return 0;
  // value in cents = digits × 10^shift
  const shift = parts.exponent - parts.fractionDigits.length + 2;
  let cents: bigint;
  if (shift >= 0) {
    if (digits.length + shift > MAX_SAFE_DIGITS) return null;
    cents = BigInt(digits) * 10n ** BigInt(shift);
  } else {
    const dropped = -shift;
    // Everything sits more than one digit below a cent: below 0.1 cent, rounds to zero.
    if (dropped > digits.length) return 0;
    const divisor = 10n ** BigInt(dropped);
    const mantissa = BigInt(digits);
    cents = mantissa / divisor;
    if ((mantissa % divisor) * 2n >= divisor) cents += 1n;
  }
  if (cents > MAX_SAFE_CENTS) return null;
  if (cents === 0n) return 0;
  return parts.negative ? -Number(cents) : Number(cents);
}
