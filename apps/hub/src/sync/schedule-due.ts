// Which scheduled runs an administration is due for (pure; sync-schedule-planner.ts does the I/O).
// Incremental: when the last incremental or full run was queued at least the interval ago (a
// webhook or manual run counts: the data is that fresh). Reconciliation: once a day, at the
// administration's HH:MM on the Amsterdam clock, when none was queued since that moment.
import { type WallClock, wallClockIn, wallTimeToEpochMs } from '@hub/mapping';
import type { SyncMode } from '../database/entities/index.js';

export interface ScheduleSettings {
  incrementalIntervalMinutes: number;
  /** HH:MM, Europe/Amsterdam. */
  reconciliationTime: string;
}

export interface ScheduleHistory {
  /** Last incremental or full run queued (any trigger), epoch ms. */
  lastIncrementalAt: number | null;
  lastReconciliationAt: number | null;
  /** The administration's creation: its first sync is a full one, so no reconciliation is owed before it. */
  createdAt: number;
}

const DAY_MS = 86_400_000;

export function dueModes(schedule: ScheduleSettings, history: ScheduleHistory, now: number): SyncMode[] {
  const due: SyncMode[] = [];
  const interval = schedule.incrementalIntervalMinutes * 60_000;
  if (history.lastIncrementalAt === null || now - history.lastIncrementalAt >= interval) due.push('incremental');
  const slot = latestReconciliationSlot(schedule.reconciliationTime, now);
  const since = history.lastReconciliationAt ?? history.createdAt;
  if (slot > since) due.push('reconciliation');
  return due;
}

/** The most recent instant at or before `now` when the Amsterdam clock showed `time`. */
export function latestReconciliationSlot(time: string, now: number): number {
  const [hour, minute] = time.split(':').map(Number);
  const today = wallClockIn('Europe/Amsterdam', now);
  const slotToday = slotOn(today, hour, minute);
  if (slotToday <= now) return slotToday;
  return slotOn(wallClockIn('Europe/Amsterdam', slotToday - DAY_MS), hour, minute);
}

function slotOn(day: WallClock, hour: number, minute: number): number {
  return wallTimeToEpochMs('Europe/Amsterdam', Date.UTC(day.year, day.month - 1, day.day, hour, minute));
}
