// Test helper: list payloads the sandbox's SnelStart stand-in (apps/sandbox/src/snelstart) served
// for data from its generator, stored as JSON next to this file. libs/mapping may not import
// apps (eslint), so they were captured once rather than generated in the test: the built sandbox
// (dist/apps/sandbox) seeded with generateAdministration({ seed: 11, invoices: 400, debtors: 60,
// today: '2026-05-15' }), clock 2026-05-15T10:00Z, GET /relaties, /verkoopfacturen,
// /grootboekmutaties, /landen, /dagboeken, /grootboeken; then again with the fault
// `malformedRate: 0.5` (`malformed`: only the records that came back different). Kept: every
// credit note, partly paid, open and paid invoices, their relaties and ledger lines, and the
// `nonactief` and English-speaking relaties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DagboekSoort, type PaymentContext, type SourceContext } from '../context.js';

export type Payload = Record<string, unknown> & { id: string };

export interface SandboxPayloads {
  relaties: Payload[];
  verkoopfacturen: Payload[];
  grootboekmutaties: Payload[];
  landen: Array<{ id: string; landcode: string }>;
  dagboeken: Array<{ id: string; soort: DagboekSoort }>;
  grootboeken: Array<{ id: string; omschrijving: string }>;
  malformed: { relaties: Payload[]; verkoopfacturen: Payload[]; grootboekmutaties: Payload[] };
}

const FILE = join(process.cwd(), 'libs', 'mapping', 'src', 'snelstart', 'testing', 'sandbox-payloads.json');

export function sandboxPayloads(): SandboxPayloads {
  return JSON.parse(readFileSync(FILE, 'utf8')) as SandboxPayloads;
}

/** The context the connector would build from the cached reference lists. */
export function sandboxContext(payloads: SandboxPayloads): SourceContext {
  return {
    administrationId: 'adm-1',
    countryCodeByLandId: Object.fromEntries(payloads.landen.map((land) => [land.id, land.landcode])),
  };
}

export function sandboxPaymentContext(payloads: SandboxPayloads): PaymentContext {
  const debtors = payloads.grootboeken.find((grootboek) => grootboek.omschrijving === 'Debiteuren');
  if (debtors === undefined) throw new Error('the sandbox chart of accounts has no Debiteuren grootboek');
  return {
    ...sandboxContext(payloads),
    debtorsLedgerIds: [debtors.id],
    journalKindById: Object.fromEntries(payloads.dagboeken.map((dagboek) => [dagboek.id, dagboek.soort])),
    invoiceIdByNumber: new Map(payloads.verkoopfacturen.map((factuur) => [String(factuur.factuurnummer), factuur.id])),
  };
}
