// An in-memory Connector for sync tests: each pull is whatever the test's script yields, so a
// test can fail between pages or look at the database while the engine waits for the next page.
import {
  type Connector,
  ConnectorError,
  type CursorValue,
  exactOnlineCapabilities,
  type MappingFailure,
  type PulledPage,
  type PullRequest,
} from '@hub/connectors';
import { type CanonicalByResource, MappingError, type Platform, type Resource } from '@hub/mapping';

export type PullScript = (request: PullRequest) => AsyncIterable<PulledPage>;

export class FakeConnector implements Connector {
  readonly capabilities = exactOnlineCapabilities(false);
  /** Every pull request, in order: what cursor each resource started from. */
  readonly requests: PullRequest[] = [];

  constructor(
    private readonly script: PullScript,
    readonly platform: Platform = 'exact-online',
  ) {}

  pull<R extends Resource>(request: PullRequest<R>): AsyncIterable<PulledPage<R>> {
    this.requests.push(request);
    return this.script(request) as AsyncIterable<PulledPage<R>>;
  }

  fetchOne(): Promise<never> {
    return Promise.reject(new ConnectorError({ platform: this.platform, errorClass: 'invalid_request', message: 'not scripted' }));
  }

  writeBack(): Promise<never> {
    return this.fetchOne();
  }
}

export type FeedItem<R extends Resource> = CanonicalByResource[R] | MappingFailure;

/** A failure as a connector reports a record its mapper refused. */
export function mappingFailure(externalId: string | null, raw: unknown = { ID: externalId, AmountDC: 'twelve' }): MappingFailure {
  return { externalId, raw, error: new MappingError('AmountDC', 'twelve', 'not a number') };
}

function isFailure<R extends Resource>(item: FeedItem<R>): item is MappingFailure {
  return 'error' in item && item.error instanceof MappingError;
}

export interface FeedOptions {
  pageSize: number;
  /** Throw this instead of yielding the page that starts at this offset. */
  failAt?: { offset: number; error: Error };
  removedExternalIds?: string[];
}

/**
 * A platform feed paged by offset, like an incremental API: the cursor `{ offset }` says how far
 * the committed pages went, and an incremental pull starts there. Removed ids ride on the last page.
 */
export async function* offsetFeed<R extends Resource>(request: PullRequest, items: readonly FeedItem<R>[], options: FeedOptions): AsyncGenerator<PulledPage> {
  // Like a real connector, a full pull ignores the stored cursor.
  let offset = request.mode === 'full' ? 0 : offsetOf(request.cursor);
  do {
    if (options.failAt !== undefined && options.failAt.offset === offset) throw options.failAt.error;
    const slice = items.slice(offset, offset + options.pageSize);
    offset = Math.min(items.length, offset + options.pageSize);
    const done = offset >= items.length;
    yield {
      resource: request.resource,
      records: slice.filter((item) => !isFailure(item)) as CanonicalByResource[Resource][],
      failures: slice.filter(isFailure),
      removedExternalIds: done ? (options.removedExternalIds ?? []) : [],
      cursor: { offset },
      done,
      apiCalls: 1,
    };
  } while (offset < items.length);
}

function offsetOf(cursor: CursorValue | null): number {
  if (cursor === null || typeof cursor !== 'object' || Array.isArray(cursor)) return 0;
  return typeof cursor.offset === 'number' ? cursor.offset : 0;
}
