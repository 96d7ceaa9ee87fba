// A read endpoint over one record table: paged lists (with $select/$filter/$top, malformed-record
// faults) and, where the entity has a GUID key, GET by key.
import { readCollection, type PagingSource } from '../odata/collection.js';
import type { ExactOnlineSandboxOptions } from '../options.js';
import type { DivisionStore } from '../store/division-store.js';
import { serializeEntity, type EntityDefinition } from '../wire/entity.js';
import { ExactErrors } from '../wire/errors.js';
import { guidKey, sendEntity, sendPage, type EndpointContext, type EndpointHandlers } from './endpoint.js';
import { corruptRecords } from './malformed.js';

export type EndpointKind = 'standard' | 'bulk' | 'sync' | 'read';

export interface CollectionEndpointSpec<R> {
  kind: EndpointKind;
  entity: EntityDefinition<R>;
  source(store: DivisionStore): PagingSource<R>;
  /** For GET `(guid'…')`; omitted on sync/bulk endpoints (their key is not addressable). */
  find?(store: DivisionStore, id: string): R | undefined;
  /** Adjusts each serialised row, e.g. to honour `$expand`. */
  decorate?(ctx: EndpointContext, row: Record<string, unknown>, record: R): void;
  /** Index lookups for `eq` filters (see readCollection); keeps filtered reads off full scans. */
  candidates?(store: DivisionStore, conditions: Map<string, string | number>): R[] | null;
}

export function pageSizeFor(kind: EndpointKind, options: ExactOnlineSandboxOptions): number {
  switch (kind) {
    case 'standard':
      return options.pageSizes.standard;
    case 'read':
      return options.pageSizes.receivablesList;
    default:
      return options.pageSizes.bulkAndSync;
  }
}

export function collectionEndpoint<R>(spec: CollectionEndpointSpec<R>): EndpointHandlers {
  const handlers: EndpointHandlers = {
    list(ctx: EndpointContext) {
      const page = readCollection({
        entity: spec.entity,
        source: spec.source(ctx.store),
        pageSize: pageSizeFor(spec.kind, ctx.runtime.options),
        requiresSelect: spec.kind === 'bulk' || spec.kind === 'sync',
        query: ctx.query,
        env: ctx.env,
        collectionUri: ctx.collectionUri,
        decorate: (row, record) => spec.decorate?.(ctx, row, record),
        candidates: (conditions) => spec.candidates?.(ctx.store, conditions) ?? null,
      });
      corruptRecords(page.results, ctx.runtime.context.faults('exact-online').malformedRate);
      sendPage(ctx, page);
    },
  };
  const find = spec.find;
  if (find !== undefined) {
    handlers.get = (ctx, key) => {
      const record = find(ctx.store, guidKey(key));
      if (record === undefined) throw ExactErrors.notFound(ctx.endpoint.split('/').at(-1) ?? ctx.endpoint);
      const select = ctx.query.select === null || ctx.query.select.includes('*') ? null : new Set(ctx.query.select);
      if (select !== null) for (const name of select) if (spec.entity.field(name) === undefined) throw ExactErrors.unknownProperty(name, spec.entity.typeName);
      const row = serializeEntity(spec.entity, record, ctx.env, select);
      spec.decorate?.(ctx, row, record);
      sendEntity(ctx, 200, row);
    };
  }
  return handlers;
}
