// A SnelStart connector on the test kit's virtual time and fresh registries, plus wire records in
// the shape of snelstart.md §4.1, §4.3, §4.4 (each a full record a test overrides fields of).
import { createSnelStartTokenSource, type SnelStartTokenSource } from '../auth/token-source.js';
import { createSnelStartConnector, type SnelStartConnectorOptions } from '../connector.js';
import type { Connector } from '../../port/connector.js';
import { ConnectorError } from '../../port/errors.js';
import { ADMINISTRATION_ID, KOPPELSLEUTEL, snelStartKit, type SnelStartKit } from './snelstart-test-kit.js';

export const HUB_ADMINISTRATION = 'adm-snel-1';
export const RELATIE_ID = '9d1e4c2a-1b3c-4d5e-8f90-a1b2c3d4e5f6';
export const FACTUUR_ID = '3f2c9a1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f';
export const BOEKING_ID = 'c0ffee00-1234-4abc-9def-0123456789ab';
export const LAND_NL = 'c4335f00-0000-4000-8000-000000000031';
export const DEBITEUREN = '711ac4f2-5269-5834-8a6d-69e617682117';
export const BANK_JOURNAL = '3f14c264-67a1-5871-b112-bb6478e37533';
export const SALES_JOURNAL = '5d2ab3e4-e623-5a11-966c-855f04d3d508';

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

function ref(resource: string, id: string): { id: string; uri: string } {
  return { id, uri: `/${resource}/${id}` };
}

/** A guid with `n` in its last block, for rows that only need distinct ids. */
export function guid(n: number, prefix = 'aaaaaaaa'): string {
  return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function relatie(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const adres = { contactpersoon: 'J. de Vries', straat: 'Dorpsstraat 1', postcode: '1234 AB', plaats: 'Alkmaar', land: ref('landen', LAND_NL) };
  const mail = (email: string | null) => ({ shouldSend: email !== null, email, ccEmail: null });
  return {
    relatiesoort: ['Klant'],
    modifiedOn: '2026-05-02T16:40:03.120',
    relatiecode: 1042,
    naam: 'Bakkerij De Vries B.V.',
    vestigingsAdres: adres,
    correspondentieAdres: { ...adres },
    telefoon: '0201234567',
    mobieleTelefoon: null,
    fax: null,
    email: 'administratie@devries.nl',
    btwNummer: 'NL123456782B01',
    factuurkorting: 0,
    krediettermijn: 30,
    bankieren: false,
    nonactief: false,
    kredietLimiet: 5000.0,
    memo: null,
    kvkNummer: '12345678',
    oin: null,
    websiteUrl: null,
    aanmaningsoort: 'Onderneming',
    offerteEmailVersturen: mail(null),
    bevestigingsEmailVersturen: mail(null),
    factuurEmailVersturen: mail('facturen@devries.nl'),
    aanmaningEmailVersturen: mail('debiteuren@devries.nl'),
    offerteAanvraagEmailVersturen: mail(null),
    bestellingEmailVersturen: mail(null),
    ublBestandAlsBijlage: false,
    iban: 'NL91ABNA0417164300',
    bic: 'ABNANL2A',
    incassoSoort: 'Geen',
    factuurRelatie: null,
    inkoopBoekingenUri: `/relaties/${RELATIE_ID}/inkoopboekingen`,
    verkoopBoekingenUri: `/relaties/${RELATIE_ID}/verkoopboekingen`,
    documents: [],
    id: RELATIE_ID,
    uri: `/relaties/${RELATIE_ID}`,
    extraVeldenKlant: [],
    ...overrides,
  };
}

export function verkoopfactuur(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: FACTUUR_ID,
    uri: `/verkoopfacturen/${FACTUUR_ID}`,
    factuurnummer: 'F-2026-00167',
    factuurDatum: '2026-04-01T00:00:00',
    vervalDatum: '2026-05-01T00:00:00',
    factuurBedrag: 1210.0,
    openstaandSaldo: 605.0,
    relatie: ref('relaties', RELATIE_ID),
    verkoopBoeking: ref('verkoopboekingen', BOEKING_ID),
    verkoopOrders: [],
    modifiedOn: '2026-05-03T09:14:22.517',
    ...overrides,
  };
}

export function grootboekmutatie(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    grootboek: ref('grootboeken', DEBITEUREN),
    kostenplaats: null,
    datum: '2026-04-20T00:00:00',
    modifiedOn: '2026-04-20T11:02:13.4',
    dagboek: ref('dagboeken', BANK_JOURNAL),
    omschrijving: 'Betaling F-2026-00167',
    debet: 0,
    credit: 605.0,
    saldo: -605.0,
    documents: [],
    boekstuk: '20260420-7',
    factuurNummer: 'F-2026-00167',
    relatiePublicIdentifier: ref('relaties', RELATIE_ID),
    id: '7a402058-d4e6-5b0f-aacc-18ce43e347a4',
    uri: '/grootboekmutaties/7a402058-d4e6-5b0f-aacc-18ce43e347a4',
    ...overrides,
  };
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
