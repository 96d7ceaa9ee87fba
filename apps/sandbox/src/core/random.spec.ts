import { createSeededRandom, deriveSeed } from './random.js';

function sample(seed: number, count: number): number[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('createSeededRandom', () => {
  it('replays the same sequence for the same seed', () => {
    expect(sample(42, 100)).toEqual(sample(42, 100));
  });

  it('gives different sequences for different seeds, also for neighbouring ones', () => {
    expect(sample(1, 10)).not.toEqual(sample(2, 10));
    expect(sample(0, 10)).not.toEqual(sample(1, 10));
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = sample(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array<number>(10).fill(0);
    for (const value of values) buckets[Math.floor(value * 10)]++;
    for (const count of buckets) expect(count).toBeGreaterThan(1_800);
    for (const count of buckets) expect(count).toBeLessThan(2_200);
  });

  it('int() covers both bounds and nothing outside', () => {
    const random = createSeededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) seen.add(random.int(-2, 2));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
    expect(() => random.int(2, 1)).toThrow(RangeError);
  });

  it('pick() returns members and refuses an empty list', () => {
    const random = createSeededRandom(5);
    const items = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 100; i++) expect(items).toContain(random.pick(items));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('chance() hits about the requested share and respects 0 and 1', () => {
    const random = createSeededRandom(11);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (random.chance(0.3)) hits++;
    expect(hits).toBeGreaterThan(2_800);
    expect(hits).toBeLessThan(3_200);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
  });
});

describe('deriveSeed', () => {
  it('is stable and separates labels and parents', () => {
    expect(deriveSeed(42, 'adm-1')).toBe(deriveSeed(42, 'adm-1'));
    expect(deriveSeed(42, 'adm-1')).not.toBe(deriveSeed(42, 'adm-2'));
    expect(deriveSeed(42, 'adm-1')).not.toBe(deriveSeed(43, 'adm-1'));
  });
});

describe('stability across versions', () => {
  // Recorded from the sandbox as first released: a change here silently changes every seeded data
  // set (and every e2e expectation built on one), so it must be deliberate.
  it('replays the recorded sequence and derived seeds', () => {
    const random = createSeededRandom(42);
    expect([random.next(), random.next(), random.next()]).toEqual([0.456255805445835, 0.5641753580421209, 0.5743777174502611]);
    expect(random.int(1, 1000)).toBe(965);
    expect(deriveSeed(42, 'adm-1')).toBe(936042607);
    expect(deriveSeed(0, 'snelstart')).toBe(1899711805);
    expect(deriveSeed(7, 12345)).toBe(1134294997);
    expect(deriveSeed(0xffff_ffff, 'één')).toBe(4065824982);
  });
});
