// Resource use of a child process from Linux's /proc (null elsewhere, or once it has exited):
// benchmarks run the sandbox and the workers as children, whose figures process.* cannot give.
import { readFileSync } from 'node:fs';

/** USER_HZ: /proc reports CPU time in these ticks, 100 a second on every Linux architecture. */
const TICKS_PER_SECOND = 100;

/** Peak resident set (VmHWM) in MB. */
export function peakRssMb(pid: number): number | null {
  const status = readProc(pid, 'status');
  const match = status === null ? null : /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  return match === null ? null : Number(match[1]) / 1024;
}

/** CPU time used so far (user + system), in seconds. */
export function cpuSeconds(pid: number): number | null {
  const stat = readProc(pid, 'stat');
  if (stat === null) return null;
  // Fields after the command name, which sits in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, so 12 and 13 after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks / TICKS_PER_SECOND : null;
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}
