// The Exact Online connector (DESIGN.md "Connectors"; exact-online.md): one instance per
// division. Each operation gets its own HTTP client, so its API-call count is its own, while the
// division's rate limiter and circuit breaker are shared by every client of the same app and
// division (exact-http-client.ts).
import type { CanonicalByResource, exactOnline, Resource } from '@hub/mapping';
import type { AdministrationBinding, Connector, ConnectorDependencies } from '../port/connector.js';
import { ConnectorError } from '../port/errors.js';
import type { MappingFailure, PulledPage, PullRequest } from '../port/records.js';
import { exactOnlineCapabilities } from './capabilities.js';
import { fetchDebtor, fetchInvoice } from './fetch-one.js';
import { ExactApi } from './http/exact-api.js';
import { assertDivisionCode, createExactHttpClient, type ExactClientOverrides, type ExactHttpSettings } from './http/exact-http-client.js';
import { pullDebtors } from './sync/debtor-pull.js';
import { pullInvoices } from './sync/invoice-pull.js';
import type { DroppedValuesListener, PullContext } from './sync/pull-context.js';
import { pullReconciliation } from './sync/reconciliation-pull.js';
import { writeBackToExact, type ExactWriteBackSettings } from './write-back/write-back.js';

export interface ExactConnectorOptions extends ExactHttpSettings {
  /** The mapper's settings beyond the administration (instant zone, default debtor kind, payment-condition days). */
  mapping?: Omit<exactOnline.SourceContext, 'administrationId'>;
  writeBack?: ExactWriteBackSettings;
  onDroppedValues?: DroppedValuesListener;
}

/**
 * `binding.externalId` is the division code, `binding.baseUrl` the region host (§1.1). Takes the
 * app's `clientId` (the rate-limit key) and options besides the port's dependencies.
 */
export function createExactOnlineConnector(binding: AdministrationBinding, dependencies: ConnectorDependencies, options: ExactConnectorOptions): Connector {
  const division = binding.externalId;
  assertDivisionCode(division);
  const source: exactOnline.SourceContext = { ...options.mapping, administrationId: binding.administrationId };
  const api = (overrides: ExactClientOverrides = {}): ExactApi => new ExactApi(createExactHttpClient(binding.baseUrl, division, dependencies.tokens, options, overrides));
  const context = (signal?: AbortSignal): PullContext => ({ api: api(), source, signal, onDroppedValues: options.onDroppedValues });
  const writeBack = options.writeBack ?? {};

  return {
    platform: 'exact-online',
    capabilities: exactOnlineCapabilities(writeBack.payments !== undefined),

    pull<R extends Resource>(request: PullRequest<R>): AsyncIterable<PulledPage<R>> {
      return pages(context(request.signal), request) as AsyncIterable<PulledPage<R>>;
    },

    fetchOne<R extends Resource>(resource: R, externalId: string): Promise<CanonicalByResource[R] | MappingFailure | null> {
      return fetchRecord(context(), resource, externalId) as Promise<CanonicalByResource[R] | MappingFailure | null>;
    },

    writeBack(action) {
      // One attempt per call: see write-back.ts.
      return writeBackToExact(api({ retry: { maxAttempts: 1 } }), action, writeBack);
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
      throw unsupported('Exact Online has no customer payment records to fetch (§4.8)');
  }
}

function pages(context: PullContext, request: PullRequest): AsyncIterable<PulledPage> {
  switch (request.resource) {
    case 'debtors':
      if (request.mode === 'reconciliation') return refuse('reconciliation is for invoices');
      return pullDebtors(context, request as PullRequest<'debtors'>);
    case 'invoices':
      return request.mode === 'reconciliation' ? pullReconciliation(context, request as PullRequest<'invoices'>) : pullInvoices(context, request as PullRequest<'invoices'>);
    case 'payments':
      return noPayments(request);
  }
}

/**
 * §4.6, §4.8: Exact lists no customer payments with their allocations (cashflow/Payments are
 * payables); what a payment does shows in the invoices' open amounts. One empty, final page.
 */
async function* noPayments(request: PullRequest): AsyncGenerator<PulledPage<'payments'>> {
  yield { resource: 'payments', records: [], failures: [], removedExternalIds: [], cursor: request.cursor, done: true, apiCalls: 0 };
}

// eslint-disable-next-line require-yield -- an iterable that fails when iterated, like every other pull
async function* refuse(reason: string): AsyncGenerator<never> {
  throw unsupported(reason);
}

function unsupported(reason: string): ConnectorError {
  return new ConnectorError({ platform: 'exact-online', errorClass: 'invalid_request', message: `exact-online: ${reason}` });
}
