// The connector port (DESIGN.md "Connectors"): one interface, one implementation per platform.
// A connector is bound to one administration; it talks HTTP to its platform and yields
// canonical records by calling its mapper. It never touches the database.
import type { CanonicalByResource, Platform, Resource } from '@hub/mapping';
import type { AccessTokenSource } from './credentials.js';
import type { MappingFailure, PulledPage, PullRequest } from './records.js';
import type { WriteBackAction, WriteBackKind, WriteBackResult } from './write-back.js';

export interface ConnectorCapabilities {
  /** The platform pushes change notifications (only Exact Online). */
  webhooks: boolean;
  /** The platform reports deletions; otherwise only reconciliation against a snapshot sees them. */
  tombstones: boolean;
  /** Per resource: can the platform list only what changed since a cursor? */
  incremental: Record<Resource, boolean>;
  /** Reconciliation against a snapshot of open items is available. */
  reconciliation: boolean;
  writeBack: Record<WriteBackKind, boolean>;
  /**
   * The platform does not say which invoice a settled credit note settled: the hub pairs them
   * across the administration after the invoices' last page (both become `credited`).
   */
  hubPairsCreditNotes: boolean;
}

/** The administration a connector instance works for. */
export interface AdministrationBinding {
  /** Our administration id (goes into every canonical record's `source`). */
  administrationId: string;
  /** The platform's id: Exact division code, SnelStart administration id, e-Boekhouden account. */
  externalId: string;
  /** Region host or API base URL for this connection. */
  baseUrl: string;
}

/** What the hub knows about records it stored, for connectors that must diff (no incremental API). */
export interface KnownRecordLookup {
  /** Content fingerprints of stored records by external id (only those asked for that exist). */
  fingerprints(resource: Resource, externalIds: string[]): Promise<Map<string, string>>;
  /**
   * External ids of stored live invoices by invoice number (only numbers that exist), for
   * platforms whose payments name the invoice by number only (SnelStart's ledger lines).
   */
  invoiceIdsByNumber(numbers: readonly string[]): Promise<Map<string, string>>;
}

export interface Connector {
  readonly platform: Platform;
  readonly capabilities: ConnectorCapabilities;

  /** Pages from the stored cursor onwards; the hub commits each page with its cursor before asking for the next. */
  pull<R extends Resource>(request: PullRequest<R>, known?: KnownRecordLookup): AsyncIterable<PulledPage<R>>;

  /** One record, for webhook-triggered refreshes; null when the platform no longer has it. */
  fetchOne<R extends Resource>(resource: R, externalId: string): Promise<CanonicalByResource[R] | MappingFailure | null>;

  /** Records an action on the platform, idempotently. Throws ConnectorError('invalid_request') for unsupported kinds. */
  writeBack(action: WriteBackAction): Promise<WriteBackResult>;
}

export interface ConnectorDependencies {
  tokens: AccessTokenSource;
}

export type ConnectorFactory = (binding: AdministrationBinding, dependencies: ConnectorDependencies) => Connector;
