import type { MappingFailure } from '@hub/connectors';
import { type CanonicalRecord, RESOURCES, type Resource } from '@hub/mapping';

/** What re-reading one record from the platform gave. */
export type FetchedRecord =
  | { outcome: 'mapped'; record: CanonicalRecord }
  | { outcome: 'failed'; failure: MappingFailure }
  | { outcome: 'gone' };

/** Connector.fetchOne's answer, told apart: a canonical record, a mapping failure, or null (gone). */
export function classifyFetched(result: CanonicalRecord | MappingFailure | null): FetchedRecord {
  if (result === null) return { outcome: 'gone' };
  // Canonical records have no `error` field; a MappingFailure always has one.
  if ('error' in result) return { outcome: 'failed', failure: result };
  return { outcome: 'mapped', record: result };
}

/** A stored `resource` text as a Resource, or null when it names none (a row the mapper cannot re-read). */
export function asResource(value: string): Resource | null {
  return (RESOURCES as readonly string[]).includes(value) ? (value as Resource) : null;
}
