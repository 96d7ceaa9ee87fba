import { dueModes, latestReconciliationSlot } from './schedule-due.js';

const schedule = { incrementalIntervalMinutes: 15, reconciliationTime: '02:30' };
const at = (iso: string): number => Date.parse(iso);

describe('latestReconciliationSlot', () => {
  it('is today at the Amsterdam time once it has passed, yesterday before (CET, UTC+1)', () => {
    expect(new Date(latestReconciliationSlot('02:30', at('2026-11-22T10:00:00Z'))).toISOString()).toBe('2026-11-22T01:30:00.000Z');
    expect(new Date(latestReconciliationSlot('02:30', at('2026-11-22T01:29:59Z'))).toISOString()).toBe('2026-11-21T01:30:00.000Z');
    expect(new Date(latestReconciliationSlot('02:30', at('2026-11-22T01:30:00Z'))).toISOString()).toBe('2026-11-22T01:30:00.000Z');
  });

  it('follows summer time (CEST, UTC+2)', () => {
    expect(new Date(latestReconciliationSlot('02:30', at('2026-07-01T12:00:00Z'))).toISOString()).toBe('2026-07-01T00:30:00.000Z');
  });

  it('handles the night the clocks go forward (02:30 does not exist on 29 March 2026: read as 03:30 CEST)', () => {
    expect(new Date(latestReconciliationSlot('02:30', at('2026-03-29T12:00:00Z'))).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('handles a slot just before midnight', () => {
    expect(new Date(latestReconciliationSlot('23:45', at('2026-11-22T10:00:00Z'))).toISOString()).toBe('2026-11-21T22:45:00.000Z');
  });
});

describe('dueModes', () => {
  const now = at('2026-11-22T10:00:00Z');
  const createdAt = at('2026-01-01T00:00:00Z');

  it('asks for an incremental run when there never was one', () => {
    expect(dueModes(schedule, { lastIncrementalAt: null, lastReconciliationAt: now - 3_600_000, createdAt }, now)).toEqual(['incremental']);
  });

  it('asks for an incremental run once the interval has passed, not before', () => {
    const history = { lastReconciliationAt: now - 3_600_000, createdAt };
    expect(dueModes(schedule, { ...history, lastIncrementalAt: now - 14 * 60_000 }, now)).toEqual([]);
    expect(dueModes(schedule, { ...history, lastIncrementalAt: now - 15 * 60_000 }, now)).toEqual(['incremental']);
  });

  it('asks for one reconciliation per day after the slot', () => {
    const history = { lastIncrementalAt: now, createdAt };
    expect(dueModes(schedule, { ...history, lastReconciliationAt: at('2026-11-21T01:30:00Z') }, now)).toEqual(['reconciliation']);
    expect(dueModes(schedule, { ...history, lastReconciliationAt: at('2026-11-22T01:31:00Z') }, now)).toEqual([]);
  });

  it('owes no reconciliation for slots before the administration existed', () => {
    expect(dueModes(schedule, { lastIncrementalAt: now, lastReconciliationAt: null, createdAt: at('2026-11-22T05:00:00Z') }, now)).toEqual([]);
    expect(dueModes(schedule, { lastIncrementalAt: now, lastReconciliationAt: null, createdAt: at('2026-11-21T05:00:00Z') }, now)).toEqual(['reconciliation']);
  });
});
