// fetchOne: one relatie or verkoopfactuur by id (`GET /relaties/{id}`, `GET /verkoopfacturen/{id}`).
// Null when SnelStart no longer has it: a 404, or the 400 with REL-0005/BOE-0001 (§2.3).
import { snelstart, type CanonicalDebtor, type CanonicalInvoice, type Resource } from '@hub/mapping';
import type { MappingFailure } from '../port/records.js';
import { guidOf } from './http/snelstart-api.js';
import { withCountries } from './sync/debtor-pull.js';
import { failureOf, type PullContext } from './sync/pull-context.js';

export async function fetchDebtor(context: PullContext, externalId: string): Promise<CanonicalDebtor | MappingFailure | null> {
  const raw = await context.api.find(`relaties/${guidOf(externalId, 'relatie id')}`, 'relaties/{id}', context.signal);
  if (raw === null) return null;
  // Asked for by id (e.g. an invoice's debtor), so mapped whether or not it is marked a customer.
  return recordOf(context, 'debtors', raw, snelstart.relatieToDebtor(raw, await withCountries(context)));
}

export async function fetchInvoice(context: PullContext, externalId: string): Promise<CanonicalInvoice | MappingFailure | null> {
  const raw = await context.api.find(`verkoopfacturen/${guidOf(externalId, 'verkoopfactuur id')}`, 'verkoopfacturen/{id}', context.signal);
  if (raw === null) return null;
  return recordOf(context, 'invoices', raw, snelstart.verkoopfactuurToInvoice(raw, context.source));
}

function recordOf<T extends CanonicalDebtor | CanonicalInvoice>(context: PullContext, resource: Resource, raw: unknown, result: snelstart.LenientMappingResult<T>): T | MappingFailure {
  if (!result.ok) return failureOf({ raw, error: result.error });
  if (result.dropped.length > 0) context.onDroppedValues?.(resource, result.record.source.externalId, result.dropped);
  return result.record;
}
