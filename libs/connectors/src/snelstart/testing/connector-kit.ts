// A SnelStart connector on the test kit's virtual time and fresh registries, plus the wire
// records (snelstart.md §4.1, §4.3, §4.4) each test overrides fields of.
import { createSnelStartTokenSource, type SnelStartTokenSource } from '../auth/token-source.js';
import { createSnelStartConnector, type SnelStartConnectorOptions } from '../connector.js';
import type { Connector } from '../../port/connector.js';
import { ConnectorError } from '../../port/errors.js';
import { relatie as mappingRelatie } from '../../../../mapping/src/snelstart/testing/records.js';
import { ADMINISTRATION_ID, KOPPELSLEUTEL, snelStartKit, type SnelStartKit } from './snelstart-test-kit.js';

export const HUB_ADMINISTRATION = 'adm-snel-1';
// The wire records are the mapper's test records (one shape of snelstart.md §4, kept in one place).
export { BANK_JOURNAL, BOEKING_ID, DEBITEUREN, FACTUUR_ID, grootboekmutatie, LAND_NL, RELATIE_ID, SALES_JOURNAL, verkoopfactuur } from '../../../../mapping/src/snelstart/testing/records.js';

export function snelStartConnector(options: Partial<SnelStartConnectorOptions> = {}): SnelStartKit & { connector: Connector; tokens: SnelStartTokenSource } {
  const parts = snelStartKit();
  const tokens = createSnelStartTokenSource(parts.settings, { administration: HUB_ADMINISTRATION, koppelsleutel: KOPPELSLEUTEL });
  const connector = createSnelStartConnector(
    { administrationId: HUB_ADMINISTRATION, externalId: ADMINISTRATION_ID, baseUrl: parts.settings.apiUrl },
    { tokens },
    { ...parts.settings, mapping: { instantZone: 'UTC' }, ...options },
  );
  return { ...parts, connector, tokens };
}

/** A guid with `n` in its last block, for rows that only need distinct ids. */
export function guid(n: number, prefix = 'aaaaaaaa'): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** The mapper's relatie, without extra fields or a cc address: the connector tests add those themselves. */
export function relatie(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base = mappingRelatie();
  const aanmaning = base.aanmaningEmailVersturen as Record<string, unknown>;
  return { ...base, aanmaningEmailVersturen: { ...aanmaning, ccEmail: null }, extraVeldenKlant: [], ...overrides };
}

export async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConnectorError) return error;
    throw error;
  }
  throw new Error('expected a ConnectorError, but the promise resolved');
}
