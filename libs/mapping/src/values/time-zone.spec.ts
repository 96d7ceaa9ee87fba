import { offsetMsAt, wallClockIn, wallTimeToEpochMs } from './time-zone.js';

const HOUR = 3_600_000;
const wall = (iso: string): number => Date.parse(`${iso}Z`); // a wall reading encoded as if UTC

describe('time zones', () => {
  it('reads the Amsterdam wall clock in winter and summer', () => {
    expect(wallClockIn('Europe/Amsterdam', Date.parse('2026-01-15T12:00:00Z'))).toEqual({
      year: 2026, month: 1, day: 15, hour: 13, minute: 0, second: 0,
    });
    expect(wallClockIn('Europe/Amsterdam', Date.parse('2026-07-15T23:30:15Z'))).toEqual({
      year: 2026, month: 7, day: 16, hour: 1, minute: 30, second: 15,
    });
    expect(wallClockIn('UTC', Date.parse('2026-07-15T23:30:15.999Z')).second).toBe(15);
  });

  it('knows the offset on both sides of the 2026 changes (29 March, 25 October, 01:00 UTC)', () => {
    expect(offsetMsAt('Europe/Amsterdam', Date.parse('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(offsetMsAt('Europe/Amsterdam', Date.parse('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(offsetMsAt('Europe/Amsterdam', Date.parse('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(offsetMsAt('Europe/Amsterdam', Date.parse('2026-10-25T01:00:00Z'))).toBe(HOUR);
    expect(offsetMsAt('UTC', Date.parse('2026-07-01T00:00:00Z'))).toBe(0);
  });

  it('turns ordinary wall times into instants', () => {
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-01-15T13:00:00'))).toBe(Date.parse('2026-01-15T12:00:00Z'));
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-07-15T13:00:00.250'))).toBe(Date.parse('2026-07-15T11:00:00.250Z'));
    expect(wallTimeToEpochMs('UTC', wall('2026-07-15T13:00:00'))).toBe(Date.parse('2026-07-15T13:00:00Z'));
  });

  it('takes the earlier (summer-time) instant for the autumn hour that happens twice', () => {
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-10-25T02:30:00'))).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-10-25T03:00:00'))).toBe(Date.parse('2026-10-25T02:00:00Z'));
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-10-25T01:59:59'))).toBe(Date.parse('2026-10-24T23:59:59Z'));
  });

  it('moves a spring-gap time forward by the gap', () => {
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-03-29T02:30:00'))).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-03-29T02:00:00'))).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-03-29T03:00:00'))).toBe(Date.parse('2026-03-29T01:00:00Z'));
    expect(wallTimeToEpochMs('Europe/Amsterdam', wall('2026-03-29T01:59:59'))).toBe(Date.parse('2026-03-29T00:59:59Z'));
  });

  it('round-trips instants through the wall clock: a whole year, and the change weekends closely', () => {
    const instants: number[] = [];
    const yearStart = Date.parse('2026-01-01T00:00:00Z');
    for (let instant = yearStart; instant < yearStart + 365 * 24 * HOUR; instant += 3 * HOUR) instants.push(instant);
    for (const weekend of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z']) {
      const from = Date.parse(weekend);
      for (let instant = from; instant < from + 72 * HOUR; instant += 15 * 60_000) instants.push(instant);
    }
    const repeatedHourStart = Date.parse('2026-10-25T01:00:00Z');
    const mismatches = instants.filter((instant) => {
      const reading = wallClockIn('Europe/Amsterdam', instant);
      const asUtc = Date.UTC(reading.year, reading.month - 1, reading.day, reading.hour, reading.minute, reading.second);
      // Only the repeated autumn hour maps back to the other (earlier) instant.
      const inRepeatedHour = instant >= repeatedHourStart && instant < repeatedHourStart + HOUR;
      return wallTimeToEpochMs('Europe/Amsterdam', asUtc) !== (inRepeatedHour ? instant - HOUR : instant);
    });
    expect(instants.length).toBeGreaterThan(3000);
    expect(mismatches.map((instant) => new Date(instant).toISOString())).toEqual([]);
  });
});
