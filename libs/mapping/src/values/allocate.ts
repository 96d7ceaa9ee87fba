import { assertCents } from './cents.js';

/**
 * Splits `totalCents` over the `weights` in proportion, in whole cents that always add up to the
 * total exactly (largest-remainder method). Each share starts at the floor of its exact share;
 * the cents left over go one each to the largest remainders, ties to the earlier weight, so the
 * result is deterministic. A negative total is split like its absolute value, then negated.
 *
 * Weights are non-negative safe integers (typically the open amounts in cents the dunning engine
 * splits costs over). Computed with BigInt, so total × weight never loses precision.
 * Throws a RangeError when the weights are all zero but the total is not (nowhere to put it).
 */
export function allocateProportionally(totalCents: number, weights: readonly number[]): number[] {
  assertCents(totalCents, 'total');
  weights.forEach((weight, index) => {
    assertCents(weight, `weight ${index}`);
    if (weight < 0) throw new RangeError(`weight ${index} must not be negative, got ${weight}`);
  });
  const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  if (weightSum === 0n) {
    if (totalCents !== 0) throw new RangeError('cannot allocate a non-zero total over weights that are all zero');
    return weights.map(() => 0);
  }

  const total = BigInt(Math.abs(totalCents));
  const shares = weights.map((weight, index) => {
    const exact = total * BigInt(weight);
    return { index, floor: exact / weightSum, remainder: exact % weightSum };
  });
  let leftover = total - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.floor += 1n;
    leftover -= 1n;
  }
  const sign = totalCents < 0 ? -1 : 1;
  return shares.map((share) => (share.floor === 0n ? 0 : sign * Number(share.floor)));
}
