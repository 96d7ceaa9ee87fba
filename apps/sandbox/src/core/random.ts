// Seeded pseudo-random numbers (sfc32, seeded through splitmix32). Small, fast and good enough
// for fixtures and fault injection; the sandbox never uses Math.random so every run replays.
import type { SeededRandom } from './contracts.js';

// Local aliases: under Jest's VM context every global lookup (Math, String) costs ~0.3 µs, which
// dominates a 200,000-invoice run; module-scoped bindings avoid it (and cost nothing under plain node).
// deriveSeed and splitmix32 use the aliases too, and `${label}` avoids a lookup of String.
const { floor, imul } = Math;

export function createSeededRandom(seed: number): SeededRandom {
  const next = sfc32(seed);
  const random: SeededRandom = {
    next,
    int(minInclusive: number, maxInclusive: number): number {
      if (maxInclusive < minInclusive) throw new RangeError(`int(${minInclusive}, ${maxInclusive}): max below min`);
      return minInclusive + floor(next() * (maxInclusive - minInclusive + 1));
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[floor(next() * items.length)] as T;
    },
    chance(probability: number): boolean {
      return next() < probability;
    },
  };
  return random;
}

/** Derives an independent child seed (per administration, per platform) from a parent seed and a label. */
export function deriveSeed(seed: number, label: string | number): number {
  let hash = imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  for (const char of `${label}`) {
    hash = imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  }
  return splitmix32(hash)();
}

function sfc32(seed: number): () => number {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = 1;
  const step = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // Discard the first outputs: sfc32 mixes its state in during the first few rounds.
  for (let i = 0; i < 12; i++) step();
  return step;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = imul(z ^ (z >>> 16), 0x21f0aaad);
    z = imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}
