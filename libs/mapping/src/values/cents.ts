// Arithmetic on integer cents that refuses to leave the safe-integer range. These take values the
// hub already holds (not raw platform input), so a violation is a RangeError, not a MappingError.

/** True for a safe integer: the only shape an amount in cents may have. */
export function isCents(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

/** Throws a RangeError naming `what` unless `value` is a safe integer. Returns it for chaining. */
export function assertCents(value: number, what = 'amount in cents'): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${String(value)}`);
  return value;
}

export function addCents(a: number, b: number): number {
  return checkedResult(assertCents(a, 'left operand') + assertCents(b, 'right operand'), 'sum');
}

export function subtractCents(a: number, b: number): number {
  return checkedResult(assertCents(a, 'left operand') - assertCents(b, 'right operand'), 'difference');
}

/** The sum of all values, checking every intermediate total; 0 for an empty list. */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  values.forEach((value, index) => {
    total = checkedResult(total + assertCents(value, `value ${index}`), 'sum');
  });
  return total;
}

/** The amount with its sign flipped; never returns −0. */
export function negateCents(value: number): number {
  assertCents(value);
  return value === 0 ? 0 : -value;
}

function checkedResult(result: number, what: string): number {
  // A result past 2^53 may already be rounded, so it is checked, not trusted.
  if (!Number.isSafeInteger(result)) throw new RangeError(`${what} leaves the safe integer range`);
  return result;
}
