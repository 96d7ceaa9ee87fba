// Numbered placeholders for SQL assembled from optional filters: each value is added once and
// referenced by the `$n` it got, so conditions can be combined in any order without miscounting.
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder (`$1`, `$2`, …). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
