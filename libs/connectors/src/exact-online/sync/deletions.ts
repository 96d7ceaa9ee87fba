// sync/Deleted (§4.9) with its own Timestamp cursor: the only place Exact reports deletions.
// Accounts (EntityType 2) name the debtor by its ID. Deleted payment terms (10) name only the
// term, not the sales entry that is the invoice's id, so they cannot be resolved here (README
// "Deletions"); the feed is read for the debtors only.
import { exactOnline } from '@hub/mapping';
import type { MappingFailure } from '../../port/records.js';
import { DELETED_FIELDS } from '../http/select-fields.js';
import type { PullContext } from './pull-context.js';
import { syncPages } from './sync-pages.js';

export interface DeletionPage {
  removedDebtors: string[];
  failures: MappingFailure[];
  /** Highest Timestamp of the page, or null for an empty page. */
  cursor: string | null;
  hasMore: boolean;
}

export async function* deletionPages(context: PullContext, after: string): AsyncGenerator<DeletionPage> {
  for await (const page of syncPages(context.api, 'sync/Deleted', DELETED_FIELDS, after, context.signal)) {
    const deleted = exactOnline.deletedToRemovals(page.rows, context.source);
    yield {
      removedDebtors: deleted.removals.flatMap((removal) => (removal.resource === 'debtors' ? [removal.externalId] : [])),
      failures: deleted.failures.map(({ raw, error }) => ({ externalId: null, raw, error })),
      cursor: deleted.cursor,
      hasMore: page.hasMore,
    };
  }
}
