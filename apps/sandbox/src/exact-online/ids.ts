// Identifiers as Exact shapes them: lowercase 8-4-4-4-12 GUIDs (§3.4) and opaque token strings
// (`XTzM!IAAAACb…`, §1.2). GUIDs are derived from a label so a seed always yields the same ids.
import { createHash } from 'node:crypto';
import type { SeededRandom } from '../core/contracts.js';

/** A deterministic version-4-shaped GUID for a label such as "exact-online|user|demo@…". */
export function guidFrom(...parts: ReadonlyArray<string | number>): string {
  return formatGuid(createHash('sha256').update(parts.join('|')).digest('hex'));
}

/**
 * GUIDs for records: drawn from a seeded generator, so a seed replays the same ids. Seeding a
 * 200,000-invoice division makes about a million of them; a hash per id would dominate the seed.
 */
export function guidFromRandom(random: SeededRandom): string {
  const word = () => Math.floor(random.next() * 4_294_967_296);
  const [a, b, c, d] = [word(), word(), word(), word()];
  const timeHigh = '4' + NIBBLE[(b >>> 8) & 0x0f] + HEX[b & 0xff];
  const clock = HEX[((c >>> 24) & 0x3f) | 0x80] + (HEX[(c >>> 16) & 0xff] as string);
  return `${hex8(a)}-${HEX[(b >>> 24) & 0xff]}${HEX[(b >>> 16) & 0xff]}-${timeHigh}-${clock}-${HEX[(c >>> 8) & 0xff]}${HEX[c & 0xff]}${hex8(d)}`;
}

const NIBBLE = '0123456789abcdef';
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(word: number): string {
  return `${HEX[(word >>> 24) & 0xff]}${HEX[(word >>> 16) & 0xff]}${HEX[(word >>> 8) & 0xff]}${HEX[word & 0xff]}`;
}

function formatGuid(hex: string): string {
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Exact's codes and refresh tokens are `XXXX!IAAAA…`; access tokens are long base64-like strings. */
export function randomToken(random: SeededRandom, length: number, prefix = ''): string {
  let body = '';
  for (let i = 0; i < length; i++) body += TOKEN_ALPHABET[random.int(0, TOKEN_ALPHABET.length - 1)];
  return prefix + body;
}
