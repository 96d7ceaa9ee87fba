// `faults.malformedRate`: some list records come back damaged in ways this platform's data really
// is — dates with a time part (§3.3), double-precision noise on euro amounts (amounts are doubles,
// §6.2), a booking whose relation was deleted afterwards, an invoice booked without a number, a
// relation without its type. Which record and which damage is fixed by a hash of the record, so a
// re-read of the same page shows the same damage.
import { stableFraction } from '../stable-hash.js';
import type { WireObject, WireValue } from './wire-object.js';

export type Corruption = (item: WireObject) => WireObject;

export const withTimePart =
  (field: string): Corruption =>
  (item) => ({ ...item, [field]: `${String(item[field])}T00:00:00` });

/** 100.2 → 100.20000000000002: what summing doubles on the server produces. */
export const withDoubleNoise =
  (field: string): Corruption =>
  (item) => {
    const value = item[field];
    return typeof value === 'number' && value !== 0 ? { ...item, [field]: value + Math.abs(value) * 4 * Number.EPSILON } : item;
  };

export const withoutFields =
  (...fields: string[]): Corruption =>
  (item) => Object.fromEntries(Object.entries(item).filter(([key]) => !fields.includes(key))) as WireObject;

export const withValue =
  (field: string, value: WireValue): Corruption =>
  (item) => ({ ...item, [field]: value });

export interface MalformedPolicy {
  rate: number;
  /** Distinguishes lists and administrations in the hash. */
  scope: string;
}

/** Returns the item unchanged, or damaged by one of `corruptions` for about `rate` of the records. */
export function maybeCorrupt(item: WireObject, recordKey: string | number, policy: MalformedPolicy, corruptions: readonly Corruption[]): WireObject {
  if (policy.rate <= 0 || corruptions.length === 0) return item;
  const label = `${policy.scope}:${recordKey}`;
  if (stableFraction(`malformed:${label}`) >= policy.rate) return item;
  const corruption = corruptions[Math.floor(stableFraction(`damage:${label}`) * corruptions.length)] as Corruption;
  return corruption(item);
}
