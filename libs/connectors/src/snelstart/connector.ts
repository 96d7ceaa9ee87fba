// The SnelStart connector (DESIGN.md "Connectors"; snelstart.md): one instance per administratie.
// Each operation gets its own HTTP client, so its API-call count is its own, while the
// administratie's rate limiter and circuit breaker are shared by every client (http/).
import type { CanonicalByResource, Resource, snelstart } from '@hub/mapping';
import type { AdministrationBinding, Connector, ConnectorDependencies, KnownRecordLookup } from '../port/connector.js';
import { ConnectorError } from '../port/errors.js';
import type { MappingFailure, PulledPage, PullRequest } from '../port/records.js';
import { snelStartCapabilities } from './capabilities.js';
import { fetchDebtor, fetchInvoice } from './fetch-one.js';
import type { SnelStartHttpSettings } from './http/settings.js';
import { SnelStartApi } from './http/snelstart-api.js';
import { createSnelStartHttpClient, type SnelStartClientOverrides } from './http/snelstart-http-client.js';
import { pullDebtors } from './sync/debtor-pull.js';
import { pullInvoices } from './sync/invoice-pull.js';
import { pullPayments, type SnelStartPaymentSettings } from './sync/payment-pull.js';
import type { DroppedValuesListener, PullContext } from './sync/pull-context.js';
import { pullReconciliation } from './sync/reconciliation-pull.js';
import { writeBackToSnelStart, type SnelStartWriteBackSettings } from './write-back/write-back.js';

/** §3.2, §4.6: how far before the stored modifiedOn an incremental pull starts. */
export const SNELSTART_DEFAULT_OVERLAP_MS = 5 * 60_000;

export interface SnelStartConnectorOptions extends SnelStartHttpSettings {
  /** The mapper's settings beyond the administration (instant zone, default debtor kind, countries, language field). */
  mapping?: Omit<snelstart.SourceContext, 'administrationId'>;
  /** Default SNELSTART_DEFAULT_OVERLAP_MS (5 minutes). */
  overlapMs?: number;
  payments?: SnelStartPaymentSettings;
  writeBack?: SnelStartWriteBackSettings;
  onDroppedValues?: DroppedValuesListener;
}

/**
 * `binding.externalId` is the administratie's `administratieIdentifier`; the API URL comes from
 * the options (`SNELSTART_API_URL`, one for all administraties, §2.1), not from `binding.baseUrl`.
 * The limiter key is our administration id.
 */
export function createSnelStartConnector(binding: AdministrationBinding, dependencies: ConnectorDependencies, options: SnelStartConnectorOptions): Connector {
  const source: snelstart.SourceContext = { ...options.mapping, administrationId: binding.administrationId };
  const overlapMs = options.overlapMs ?? SNELSTART_DEFAULT_OVERLAP_MS;
  if (!Number.isFinite(overlapMs) || overlapMs < 0) throw unsupported(`overlapMs must be a non-negative number, got ${overlapMs}`);
  const api = (retry?: SnelStartClientOverrides['retry']): SnelStartApi =>
    new SnelStartApi(createSnelStartHttpClient(options, dependencies.tokens, { administration: binding.administrationId, retry }));
  const context = (signal?: AbortSignal): PullContext => ({ api: api(), source, overlapMs, signal, onDroppedValues: options.onDroppedValues });

  return {
    platform: 'snelstart',
    capabilities: snelStartCapabilities(),

    pull<R extends Resource>(request: PullRequest<R>, known?: KnownRecordLookup): AsyncIterable<PulledPage<R>> {
      return pages(context(request.signal), request, options.payments ?? {}, known) as AsyncIterable<PulledPage<R>>;
    },

    fetchOne<R extends Resource>(resource: R, externalId: string): Promise<CanonicalByResource[R] | MappingFailure | null> {
      return fetchRecord(context(), resource, externalId) as Promise<CanonicalByResource[R] | MappingFailure | null>;
    },

    writeBack(action) {
      // One attempt per call: see write-back/write-back.ts.
      return writeBackToSnelStart(api({ maxAttempts: 1 }), action, options.writeBack ?? {});
    },
  };
}

async function fetchRecord(context: PullContext, resource: Resource, externalId: string): Promise<CanonicalByResource[Resource] | MappingFailure | null> {
  switch (resource) {
    case 'debtors':
      return fetchDebtor(context, externalId);
    case 'invoices':
      return fetchInvoice(context, externalId);
    case 'payments':
      throw unsupported('payments are ledger lines read by the payments pull, not fetched one by one');
  }
}

function pages(context: PullContext, request: PullRequest, payments: SnelStartPaymentSettings, known: KnownRecordLookup | undefined): AsyncIterable<PulledPage> {
  if (request.mode === 'reconciliation' && request.resource !== 'invoices') return refuse('reconciliation is for invoices');
  switch (request.resource) {
    case 'debtors':
      return pullDebtors(context, request as PullRequest<'debtors'>);
    case 'invoices':
      return request.mode === 'reconciliation' ? pullReconciliation(context, request as PullRequest<'invoices'>) : pullInvoices(context, request as PullRequest<'invoices'>);
    case 'payments':
      return pullPayments(context, request as PullRequest<'payments'>, payments, known);
  }
}

// eslint-disable-next-line require-yield -- an iterable that fails when iterated, like every other pull
async function* refuse(reason: string): AsyncGenerator<never> {
  throw unsupported(reason);
}

function unsupported(reason: string): ConnectorError {
  return new ConnectorError({ platform: 'snelstart', errorClass: 'invalid_request', message: `snelstart: ${reason}` });
}
