// "At most `limit` events per `windowMs`", as a log of the most recent event times. Shared by the
// rate limiter (calls per window) and the circuit breaker (counted errors per window).

export class SlidingWindow {
  // Ascending; never longer than `limit`, because older entries cannot decide anything.
  private readonly times: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`window limit must be a positive integer, got ${limit}`);
    if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, got ${windowMs}`);
  }

  record(at: number): void {
    this.times.push(at);
    if (this.times.length > this.limit) this.times.shift();
  }

  /** Events inside the window ending at `now`. */
  count(now: number): number {
    this.prune(now);
    return this.times.length;
  }

  /** The first moment (≥ now) at which one more event stays within the limit. */
  availableAt(now: number): number {
    this.prune(now);
    if (this.times.length < this.limit) return now;
    return (this.times[this.times.length - this.limit] as number) + this.windowMs;
  }

  clear(): void {
    this.times.length = 0;
  }

  private prune(now: number): void {
    while (this.times.length > 0 && (this.times[0] as number) + this.windowMs <= now) this.times.shift();
  }
}
