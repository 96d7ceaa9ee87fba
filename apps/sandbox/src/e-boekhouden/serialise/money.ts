// Amounts go over the wire as JSON numbers in euros (doubles, e.g. 121.0 → 121, §6.2); the store
// keeps integer cents.

export function euros(cents: number): number {
  return cents / 100;
}
