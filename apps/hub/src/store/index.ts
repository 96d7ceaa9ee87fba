// The hub's write path for canonical records and sync cursors.
export { CanonicalStore, type UpsertCounts } from './canonical-store.js';
export { stableStringify } from './content-hash.js';
export { type ExternalIdFilters } from './resource-tables.js';
export { StoredRecordLookup } from './stored-record-lookup.js';
export { SyncCursorStore, type StoredCursor } from './sync-cursor-store.js';
export { RecordScopeError, TenantScopeError, type StoreScope } from './store-scope.js';
