// Deterministic identifiers. SnelStart ids are GUIDs (notes §3.4); the sandbox derives them from
// stable labels so the same seed gives the same ids on every run, independent of call order.
// Ids use cyrb128, a fast non-cryptographic 128-bit hash: seeding 200,000 invoices needs millions
// of them, and nothing here must resist an attacker. Secrets (keys, tokens) use SHA-256.
import { createHash } from 'node:crypto';

// Bound once: under Jest's VM context every `Math.x` lookup goes through the sandboxed global and
// costs ~100× more, which made seeding 200,000 invoices in a test take minutes.
const { imul, floor } = Math;

/** cyrb128 over the labels: four 32-bit words. */
function hash128(parts: readonly (string | number)[]): [number, number, number, number] {
  const text = parts.join('\u001f');
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const k = text.charCodeAt(index);
    h1 = h2 ^ imul(h1 ^ k, 597399067);
    h2 = h3 ^ imul(h2 ^ k, 2869860233);
    h3 = h4 ^ imul(h3 ^ k, 951274213);
    h4 = h1 ^ imul(h4 ^ k, 2716044179);
  }
  h1 = imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hexWord(word: number): string {
  return (HEX_BYTES[word >>> 24] ?? '') + (HEX_BYTES[(word >>> 16) & 0xff] ?? '') + (HEX_BYTES[(word >>> 8) & 0xff] ?? '') + (HEX_BYTES[word & 0xff] ?? '');
}

/** A GUID shaped like a version-5 UUID (version and variant bits set), derived from the labels. */
export function stableUuid(...parts: (string | number)[]): string {
  const [a, b, c, d] = hash128(parts);
  const middle = hexWord(((b & 0xffff0fff) | 0x00005000) >>> 0);
  const variant = hexWord(((c & 0x3fffffff) | 0x80000000) >>> 0);
  return `${hexWord(a)}-${middle.slice(0, 4)}-${middle.slice(4)}-${variant.slice(0, 4)}-${variant.slice(4)}${hexWord(d)}`;
}

/** A number in [0, 1) derived from the labels: a deterministic coin for "some records". */
export function stableFraction(...parts: (string | number)[]): number {
  return hash128(parts)[0] / 4_294_967_296;
}

/** A whole number in [min, max] derived from the labels. */
export function stableInt(min: number, max: number, ...parts: (string | number)[]): number {
  return min + floor(stableFraction(...parts) * (max - min + 1));
}

export function stableHex(length: number, ...parts: (string | number)[]): string {
  let out = '';
  for (let round = 0; out.length < length; round++) out += createHash('sha256').update([...parts, round].join('\u001f')).digest('hex');
  return out.slice(0, length);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}
