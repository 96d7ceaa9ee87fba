import { addCents, assertCents, isCents, negateCents, subtractCents, sumCents } from './cents.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('cents arithmetic', () => {
  it('recognises safe integers only', () => {
    expect(isCents(0)).toBe(true);
    expect(isCents(-125)).toBe(true);
    expect(isCents(MAX)).toBe(true);
    expect(isCents(MAX + 1)).toBe(false);
    expect(isCents(1.5)).toBe(false);
    expect(isCents(NaN)).toBe(false);
    expect(isCents('100')).toBe(false);
    expect(isCents(null)).toBe(false);
  });

  it('asserts and returns the value', () => {
    expect(assertCents(42)).toBe(42);
    expect(() => assertCents(0.5, 'fee')).toThrow(new RangeError('fee must be a safe integer, got 0.5'));
    expect(() => assertCents(Infinity)).toThrow(RangeError);
  });

  it('adds and subtracts', () => {
    expect(addCents(1050, -50)).toBe(1000);
    expect(subtractCents(1000, 1050)).toBe(-50);
    expect(addCents(MAX - 1, 1)).toBe(MAX);
    expect(subtractCents(-MAX + 1, 1)).toBe(-MAX);
  });

  it('throws instead of returning a rounded result past the safe range', () => {
    expect(() => addCents(MAX, 1)).toThrow(RangeError);
    expect(() => addCents(MAX, MAX)).toThrow(RangeError);
    expect(() => subtractCents(-MAX, 1)).toThrow(RangeError);
    expect(() => subtractCents(MAX, -MAX)).toThrow(RangeError);
  });

  it('refuses operands that are not cents', () => {
    expect(() => addCents(0.1, 0.2)).toThrow(/left operand/);
    expect(() => subtractCents(1, NaN)).toThrow(/right operand/);
  });

  it('sums a list, checking every step', () => {
    expect(sumCents([])).toBe(0);
    expect(sumCents([121, -21, 0, 900])).toBe(1000);
    expect(sumCents([MAX, -1, 1])).toBe(MAX);
    expect(() => sumCents([MAX, 1, -1])).toThrow(RangeError);
    expect(() => sumCents([1, 2, 3.5])).toThrow(/value 2/);
  });

  it('negates without producing -0', () => {
    expect(negateCents(125)).toBe(-125);
    expect(negateCents(-125)).toBe(125);
    expect(Object.is(negateCents(0), 0)).toBe(true);
    expect(negateCents(-MAX)).toBe(MAX);
    expect(() => negateCents(1.5)).toThrow(RangeError);
  });
});
