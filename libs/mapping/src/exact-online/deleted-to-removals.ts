// sync/Deleted rows (§4.9) → what the store must remove. Sync endpoints never return deletions;
// this feed does, for every entity type, keyed by the deleted record's own key (`EntityKey`).
import { type IsoInstant } from '../model/canonical.js';
import { MappingError, type MappingResult } from '../model/mapping-error.js';
import { instantZoneOf, type SourceContext } from './context.js';
import { asRow, readCode, readGuid, readInstant, readTimestampText } from './fields.js';
import { attempt, type RowFailure } from './result.js';
import { pageCursor } from './timestamp.js';

/** `EntityType` values the hub acts on (specs/exact-online-endpoints.json, sync/Deleted notes). */
export const DELETED_ENTITY_TYPE = { accounts: 2, paymentTerms: 10 } as const;

interface RemovalBase {
  /** The row's `Timestamp`, for the sync/Deleted cursor. */
  timestamp: string;
  deletedAt: IsoInstant | null;
}

/**
 * A deleted account is a debtor gone (its `ID` is the debtor's externalId). A deleted payment
 * term is *not* an invoice gone: the invoice's externalId is the sales entry, the feed names the
 * term (`ID` of sync/Cashflow/PaymentTerms). Terms are deleted when an entry is removed and also
 * when one is regenerated under a new ID (§8.10), so the connector drops the term from the
 * entry's set and re-combines what is left; the invoice is removed only when no term remains.
 */
export type ExactRemoval =
  | (RemovalBase & { resource: 'debtors'; externalId: string })
  | (RemovalBase & { resource: 'invoices'; paymentTermId: string });

/**
 * Null for entity types the hub does not mirror: transaction lines (1), sales invoices (13, the
 * invoicing module's documents; the hub keys invoices on sales entries, §4.5), documents, items …
 */
export function deletedToRemoval(raw: unknown, context: SourceContext): MappingResult<ExactRemoval | null> {
  return attempt(() => {
    const row = asRow(raw, 'sync/Deleted');
    const timestamp = readTimestampText(row);
    if (timestamp === null) throw new MappingError('Timestamp', row.Timestamp, 'missing sync Timestamp');
    const entityType = readCode(row, 'EntityType');
    if (entityType === null) throw new MappingError('EntityType', row.EntityType, 'missing entity type');
    if (entityType !== DELETED_ENTITY_TYPE.accounts && entityType !== DELETED_ENTITY_TYPE.paymentTerms) return null;
    const key = readGuid(row, 'EntityKey');
    const base = { timestamp, deletedAt: readInstant(row, 'DeletedDate', instantZoneOf(context)) };
    return entityType === DELETED_ENTITY_TYPE.accounts
      ? { ...base, resource: 'debtors', externalId: key }
      : { ...base, resource: 'invoices', paymentTermId: key };
  });
}

export interface DeletedPage {
  removals: ExactRemoval[];
  /** Rows of entity types the hub does not mirror. */
  ignored: number;
  failures: RowFailure[];
  /** The cursor to store with the page (timestamp.ts pageCursor). */
  cursor: string | null;
}

export function deletedToRemovals(rows: readonly unknown[], context: SourceContext): DeletedPage {
  const page: DeletedPage = { removals: [], ignored: 0, failures: [], cursor: pageCursor(rows) };
  for (const raw of rows) {
    const result = deletedToRemoval(raw, context);
    if (!result.ok) page.failures.push({ raw, error: result.error });
    else if (result.record === null) page.ignored += 1;
    else page.removals.push(result.record);
  }
  return page;
}
