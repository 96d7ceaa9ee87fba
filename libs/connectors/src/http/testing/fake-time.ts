// Virtual time for tests of the HTTP machinery and the connectors built on it: `sleep` records the
// wait and jumps the clock forward at once, so a 60-second rate-limit pause takes no real time.
import type { Clock, Sleep } from '../clock.js';

export class FakeTime implements Clock {
  /** Every wait asked for, in order. */
  readonly sleeps: number[] = [];
  private current: number;

  constructor(start: number = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  readonly sleep: Sleep = async (ms) => {
    this.sleeps.push(ms);
    this.current += Math.max(0, ms);
  };
}
