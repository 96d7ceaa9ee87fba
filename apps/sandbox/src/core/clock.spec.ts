import { addDays, createSandboxClock, daysBetween } from './clock.js';

describe('createSandboxClock', () => {
  it('starts at the given instant and reports the UTC day', () => {
    const clock = createSandboxClock('2026-03-15T23:30:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-15T23:30:00.000Z');
    expect(clock.today()).toBe('2026-03-15');
  });

  it('reads a bare date as 09:00 UTC that day', () => {
    expect(createSandboxClock('2026-03-15').now().toISOString()).toBe('2026-03-15T09:00:00.000Z');
  });

  it('advances without sleeping and crosses into the next day', () => {
    const clock = createSandboxClock(new Date('2026-03-15T23:30:00Z'));
    clock.advance(60 * 60 * 1000);
    expect(clock.nowMs()).toBe(Date.parse('2026-03-16T00:30:00Z'));
    expect(clock.today()).toBe('2026-03-16');
  });

  it('can be set to any instant, including backwards', () => {
    const clock = createSandboxClock(0);
    clock.set(new Date('2025-01-01T00:00:00Z'));
    expect(clock.today()).toBe('2025-01-01');
    clock.set(new Date('2024-06-01T00:00:00Z'));
    expect(clock.today()).toBe('2024-06-01');
  });

  it('returns a fresh Date each time so callers cannot move the clock by mutation', () => {
    const clock = createSandboxClock(1000);
    clock.now().setTime(5);
    expect(clock.nowMs()).toBe(1000);
  });

  it('rejects invalid instants and advances', () => {
    expect(() => createSandboxClock('not a date')).toThrow(RangeError);
    expect(() => createSandboxClock(0).advance(Number.NaN)).toThrow(RangeError);
  });

  it('defaults to the real time', () => {
    const before = Date.now();
    const clock = createSandboxClock();
    expect(clock.nowMs()).toBeGreaterThanOrEqual(before);
    expect(clock.nowMs()).toBeLessThanOrEqual(Date.now());
  });
});

describe('date helpers', () => {
  it('adds days across month and leap-year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2026-01-10', -11)).toBe('2025-12-30');
  });

  it('counts whole days between two dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
  });
});
