import { isGuid, stableFraction, stableInt, stableUuid } from './ids.js';

describe('deterministic identifiers', () => {
  it('derives the same GUID from the same labels, and different ones from different labels', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, index) => stableUuid('snelstart', 'adm-1', index)));
    expect(ids.size).toBe(10_000);
    expect(stableUuid('a', 1)).toBe(stableUuid('a', 1));
    for (const id of [...ids].slice(0, 100)) expect(isGuid(id) && /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)).toBe(true);
  });

  it('spreads fractions over [0, 1) and integers over their range', () => {
    const fractions = Array.from({ length: 2_000 }, (_, index) => stableFraction('coin', index));
    expect(Math.min(...fractions)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...fractions)).toBeLessThan(1);
    expect(fractions.filter((fraction) => fraction < 0.5).length).toBeGreaterThan(900);
    expect(new Set(Array.from({ length: 500 }, (_, index) => stableInt(1, 6, 'die', index)))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });
});
