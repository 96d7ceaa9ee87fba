// Every migration, in order, listed explicitly (no globs). Migrations are hand-written SQL;
// `synchronize` is never used. Add new ones at the end; never edit one that has shipped.
import { TenancyAndConnections1767225600000 } from './1767225600000-tenancy-and-connections.js';
import { CanonicalRecords1767225660000 } from './1767225660000-canonical-records.js';
import { SyncBookkeeping1767225720000 } from './1767225720000-sync-bookkeeping.js';
import { OAuthStates1767400000000 } from './1767400000000-oauth-states.js';
import { SyncEngine1767500000000 } from './1767500000000-sync-engine.js';
import { SnelStartActivations1767600000000 } from './1767600000000-snelstart-activations.js';

export const HUB_MIGRATIONS = [
  TenancyAndConnections1767225600000,
  CanonicalRecords1767225660000,
  SyncBookkeeping1767225720000,
  OAuthStates1767400000000,
  SyncEngine1767500000000,
  SnelStartActivations1767600000000,
] as const;
