// The current `malformedRate` of the fault controls, scoped to one list of one administration.
import { PLATFORM, type EBoekhoudenDeps } from '../deps.js';
import type { MalformedPolicy } from '../serialise/malformed.js';

export function malformedPolicy(deps: EBoekhoudenDeps, list: string, administrationKey: string): MalformedPolicy {
  return { rate: deps.context.faults(PLATFORM).malformedRate, scope: `${list}:${administrationKey}` };
}
