// Validation of a partial FaultSettings from the control API: every field checked, unknown fields
// refused, and the result checked as a whole (latency min ≤ max) before anything changes.
import { SandboxControlError, type FaultSettings } from '../contracts.js';

type FieldCheck = (value: unknown) => string | null;

const rate: FieldCheck = (value) => (typeof value === 'number' && value >= 0 && value <= 1 ? null : 'must be a number from 0 to 1');
const integer =
  (min: number, max: number): FieldCheck =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? null : `must be an integer from ${min} to ${max}`;
const flag: FieldCheck = (value) => (typeof value === 'boolean' ? null : 'must be true or false');

const CHECKS: Record<keyof FaultSettings, FieldCheck> = {
  errorRate: rate,
  errorStatus: integer(400, 599),
  latencyMinMs: integer(0, 60_000),
  latencyMaxMs: integer(0, 60_000),
  burst429: integer(0, 1_000_000),
  malformedRate: rate,
  revoked: flag,
  webhookOutage: flag,
};

/** Returns the validated patch; throws a 400 naming the first bad field. */
export function parseFaultPatch(body: unknown, current: FaultSettings): Partial<FaultSettings> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new SandboxControlError(400, 'Body must be a JSON object of fault settings.');
  }
  const patch: Partial<FaultSettings> = {};
  for (const [field, value] of Object.entries(body)) {
    if (!Object.hasOwn(CHECKS, field)) {
      throw new SandboxControlError(400, `Unknown fault setting "${field}"; known: ${Object.keys(CHECKS).join(', ')}.`, field);
    }
    const problem = CHECKS[field as keyof FaultSettings](value);
    if (problem) throw new SandboxControlError(400, `${field} ${problem}.`, field);
    Object.assign(patch, { [field]: value });
  }
  const merged = { ...current, ...patch };
  if (merged.latencyMinMs > merged.latencyMaxMs) {
    const field = 'latencyMinMs' in patch ? 'latencyMinMs' : 'latencyMaxMs';
    throw new SandboxControlError(400, `latencyMinMs (${merged.latencyMinMs}) must not exceed latencyMaxMs (${merged.latencyMaxMs}).`, field);
  }
  return patch;
}
