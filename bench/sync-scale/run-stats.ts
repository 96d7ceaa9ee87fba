// Plain arithmetic over the finished sync runs and the platform's row counts: no I/O here.

export interface FinishedRun {
  id: string;
  administrationId: string;
  trigger: string;
  status: string;
  attempt: number;
  apiCalls: number;
  fetched: number;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date;
  errorClass: string | null;
  errorMessage: string | null;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface RunStats {
  /** Seconds from started to finished (the last attempt's start when a run was retried). */
  duration: Spread;
  /** Seconds from queued to started: how long a run waited for a worker slot. */
  wait: Spread;
  /** Most runs executing at one moment, over all workers. */
  peakConcurrent: number;
  retried: number;
  byStatus: Record<string, number>;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { min: 0, median: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

export function runStats(runs: readonly FinishedRun[]): RunStats {
  const started = runs.filter((run): run is FinishedRun & { startedAt: Date } => run.startedAt !== null);
  const byStatus: Record<string, number> = {};
  for (const run of runs) byStatus[run.status] = (byStatus[run.status] ?? 0) + 1;
  return {
    duration: spread(started.map((run) => (run.finishedAt.getTime() - run.startedAt.getTime()) / 1000)),
    wait: spread(started.map((run) => (run.startedAt.getTime() - run.queuedAt.getTime()) / 1000)),
    peakConcurrent: peakOverlap(started.map((run) => [run.startedAt.getTime(), run.finishedAt.getTime()] as const)),
    retried: runs.filter((run) => run.attempt > 1).length,
    byStatus,
  };
}

/** Most intervals open at once; one ending at the instant another starts does not overlap it. */
export function peakOverlap(intervals: readonly (readonly [number, number])[]): number {
  const edges = intervals.flatMap(([start, end]) => [
    [start, 1],
    [end, -1],
  ]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, change] of edges) {
    open += change;
    peak = Math.max(peak, open);
  }
  return peak;
}

/**
 * The fewest calls that can read the data: every sync endpoint pages 1,000 platform rows a call,
 * so ceil(rows / 1,000) per endpoint per administration. An initial incremental sync has no fixed
 * calls on top (the first debtors run starts the deletion cursor without reading sync/Deleted,
 * and Exact payments make no calls), so this is the whole floor.
 */
export function minimumCalls(rowsPerAdministration: readonly Record<string, number>[], pageSize: number): number {
  return rowsPerAdministration.reduce((sum, rows) => sum + Object.values(rows).reduce((calls, count) => calls + Math.ceil(count / pageSize), 0), 0);
}
