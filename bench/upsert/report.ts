// Prints the benchmark result as a readable table and as one JSON line for tooling.

export interface Phase {
  name: string;
  rows: number;
  seconds: number;
}

export interface BenchResult {
  rows: number;
  batchSize: number;
  phases: Phase[];
  storeVsCopy: number;
  /** Information only: how the store compares with COPY into a table with the same indexes. */
  storeVsIndexedCopy: number;
  unchangedSpeedup: number;
  targets: { storeVsCopy: number; unchangedSpeedup: number };
}

export function rate(phase: Phase): number {
  return phase.rows / phase.seconds;
}

export function printReport(result: BenchResult): void {
  const lines = [
    `upsert benchmark: ${result.rows.toLocaleString('en')} invoices, store batch size ${result.batchSize}`,
    '',
    `${'phase'.padEnd(38)}${'rows'.padStart(10)}${'seconds'.padStart(10)}${'rows/s'.padStart(12)}`,
    ...result.phases.map(
      (phase) =>
        `${phase.name.padEnd(38)}${String(phase.rows).padStart(10)}${phase.seconds.toFixed(2).padStart(10)}${Math.round(rate(phase)).toString().padStart(12)}`,
    ),
    '',
    `store first load / COPY            ${result.storeVsCopy.toFixed(3)} (target >= ${result.targets.storeVsCopy})  ${verdict(result.storeVsCopy >= result.targets.storeVsCopy)}`,
    `unchanged re-upsert / first load   ${result.unchangedSpeedup.toFixed(2)}x (target >= ${result.targets.unchangedSpeedup}x) ${verdict(result.unchangedSpeedup >= result.targets.unchangedSpeedup)}`,
    `store first load / indexed COPY    ${result.storeVsIndexedCopy.toFixed(3)} (information)`,
  ];
  console.log(lines.join('\n'));
  console.log(
    JSON.stringify({
      benchmark: 'upsert',
      rows: result.rows,
      batchSize: result.batchSize,
      rowsPerSecond: Object.fromEntries(result.phases.map((phase) => [phase.name, Math.round(rate(phase))])),
      storeVsCopy: round(result.storeVsCopy),
      storeVsIndexedCopy: round(result.storeVsIndexedCopy),
      unchangedSpeedup: round(result.unchangedSpeedup),
      targets: result.targets,
    }),
  );
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'BELOW TARGET';
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
