// What a pull yields: canonical records that mapped, the raw records that did not (for the
// quarantine), and the cursor to store with the page in one transaction.
import type { CanonicalByResource, MappingError, Resource } from '@hub/mapping';

/** A JSON-serialisable cursor, stored as-is in `sync_cursors` and `sync_runs.cursor_*`. */
export type CursorValue = string | number | boolean | null | CursorValue[] | { [key: string]: CursorValue };

export interface MappingFailure {
  /** The platform's id of the record, when it could be read at all. */
  externalId: string | null;
  raw: unknown;
  error: MappingError;
}

export interface PulledPage<R extends Resource = Resource> {
  resource: R;
  records: CanonicalByResource[R][];
  failures: MappingFailure[];
  /**
   * External ids the platform reported deleted (tombstones), or, for snapshot resources, the ids
   * that disappeared; the store marks them removed.
   */
  removedExternalIds: string[];
  /** Where the next run resumes after this page is committed. */
  cursor: CursorValue;
  /** True on the last page of this pull. */
  done: boolean;
  /** Platform API calls spent producing this page (for run accounting and benchmarks). */
  apiCalls: number;
}

export type PullMode = 'incremental' | 'full' | 'reconciliation';

export interface PullRequest<R extends Resource = Resource> {
  resource: R;
  mode: PullMode;
  /** The cursor stored after the last committed page (null: from the beginning). */
  cursor: CursorValue | null;
  signal?: AbortSignal;
}
