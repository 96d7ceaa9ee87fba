import { allocateProportionally } from './allocate.js';

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

describe('allocateProportionally', () => {
  it('splits exactly when the shares are whole cents', () => {
    expect(allocateProportionally(1000, [1, 1])).toEqual([500, 500]);
    expect(allocateProportionally(4000, [10000, 30000])).toEqual([1000, 3000]);
  });

  it('gives leftover cents to the largest remainders', () => {
    // exact shares 333.33, 333.33, 333.33 → one cent left, goes to the first (tie)
    expect(allocateProportionally(1000, [1, 1, 1])).toEqual([334, 333, 333]);
    // exact shares 16.67, 33.33, 50 → floors 16, 33, 50 leave one cent for the .67
    expect(allocateProportionally(100, [1, 2, 3])).toEqual([17, 33, 50]);
    // exact 0.5, 0.3, 0.2 of 1 cent → the largest remainder takes it
    expect(allocateProportionally(1, [5, 3, 2])).toEqual([1, 0, 0]);
    expect(allocateProportionally(1, [2, 3, 5])).toEqual([0, 0, 1]);
  });

  it('breaks ties by position, deterministically', () => {
    expect(allocateProportionally(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateProportionally(5, [1, 1, 1, 1])).toEqual([2, 1, 1, 1]);
  });

  it('always sums to the total', () => {
    const weights = [12345, 1, 999999, 7, 0, 31415926];
    for (const total of [0, 1, 7, 99, 4000, 123457, 9_999_999_999]) {
      const shares = allocateProportionally(total, weights);
      expect(sum(shares)).toBe(total);
      expect(shares[4]).toBe(0);
    }
  });

  it('splits a negative total like its absolute value, negated', () => {
    expect(allocateProportionally(-1000, [1, 1, 1])).toEqual([-334, -333, -333]);
    expect(sum(allocateProportionally(-101, [3, 7]))).toBe(-101);
    expect(allocateProportionally(-1, [1, 1]).map((share) => Object.is(share, -0))).toEqual([false, false]);
  });

  it('stays exact where total × weight exceeds the safe range', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const shares = allocateProportionally(max, [max, max - 1]);
    expect(sum(shares)).toBe(max);
    expect(shares).toEqual([4503599627370496, 4503599627370495]);
  });

  it('handles edge lists', () => {
    expect(allocateProportionally(0, [])).toEqual([]);
    expect(allocateProportionally(500, [7])).toEqual([500]);
    expect(allocateProportionally(0, [0, 0])).toEqual([0, 0]);
    expect(allocateProportionally(0, [3, 4])).toEqual([0, 0]);
  });

  it('refuses what cannot be allocated', () => {
    expect(() => allocateProportionally(100, [])).toThrow(/all zero/);
    expect(() => allocateProportionally(100, [0, 0])).toThrow(/all zero/);
    expect(() => allocateProportionally(100, [1, -1])).toThrow(/weight 1 must not be negative/);
    expect(() => allocateProportionally(100, [0.5, 1])).toThrow(/weight 0/);
    expect(() => allocateProportionally(10.5, [1])).toThrow(/total/);
    expect(() => allocateProportionally(100, [NaN])).toThrow(RangeError);
  });
});
