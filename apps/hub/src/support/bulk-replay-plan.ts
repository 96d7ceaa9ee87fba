import { RESOURCES, type Resource } from '@hub/mapping';
import type { SyncMode } from '../database/entities/index.js';

/** A finished run that matched a bulk replay's filter. */
export interface ReplayCandidate {
  id: string;
  administrationId: string;
  mode: SyncMode;
  /** null: the mode's default resources. */
  resources: readonly string[] | null;
}

export interface PlannedReplay {
  replayOf: string;
  administrationId: string;
  mode: SyncMode;
  /** undefined: the mode's default resources. */
  resources: Resource[] | undefined;
}

/**
 * One replay per (administration, mode), of the newest matching run, covering every resource
 * any matching run of that group covered: replaying each failed run separately would sync the
 * same administration many times over. Administrations with a replay already queued or running
 * are left alone, so repeating a bulk request does not pile up replays.
 *
 * `candidates` must be newest first.
 */
export function planBulkReplay(candidates: readonly ReplayCandidate[], busyAdministrationIds: ReadonlySet<string>): PlannedReplay[] {
  const groups = new Map<string, { newest: ReplayCandidate; resources: Set<string> | null }>();
  for (const candidate of candidates) {
    if (busyAdministrationIds.has(candidate.administrationId)) continue;
    const key = `${candidate.administrationId}:${candidate.mode}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { newest: candidate, resources: candidate.resources === null ? null : new Set(candidate.resources) });
    } else if (group.resources !== null) {
      if (candidate.resources === null) group.resources = null;
      else for (const resource of candidate.resources) group.resources.add(resource);
    }
  }
  return [...groups.values()].map(({ newest, resources }) => ({
    replayOf: newest.id,
    administrationId: newest.administrationId,
    mode: newest.mode,
    resources: resources === null ? undefined : RESOURCES.filter((resource) => resources.has(resource)),
  }));
}

/** A run's stored resources as the requester takes them: order kept, unknown names dropped. */
export function storedResources(resources: readonly string[] | null): Resource[] | undefined {
  if (resources === null) return undefined;
  return resources.filter((resource): resource is Resource => (RESOURCES as readonly string[]).includes(resource));
}
