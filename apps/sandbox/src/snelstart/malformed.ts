// Fault `malformedRate`: some records of a list response come back the way real SnelStart data
// can be broken by its users or its history, so the hub's mapping has something to quarantine.
// The choice is a pure function of the record id, so the same records are broken on every page
// read and on every retry, as stored bad data would be.
import { stableFraction, stableInt } from './ids.js';
import type { RelatieWire } from './serialise/relatie.js';
import type { VerkoopfactuurWire } from './serialise/verkoopfactuur.js';
import type { GrootboekMutatieWire } from './serialise/grootboekmutatie.js';

/** .NET's DateTime.MinValue: what an unset date serialises to. */
const UNSET_DATE = '0001-01-01T00:00:00';

export function isMalformed(id: string, rate: number): boolean {
  return rate > 0 && stableFraction('snelstart', 'malformed', id) < rate;
}

const RELATIE_DEFECTS: readonly ((relatie: RelatieWire) => void)[] = [
  // Free text typed into the e-mail field.
  (relatie) => {
    relatie.email = 'n.v.t.';
    relatie.aanmaningEmailVersturen = { ...relatie.aanmaningEmailVersturen, email: 'n.v.t.' };
  },
  // A `;`-list with stray separators and blanks (REL-0084 only checks on write).
  (relatie) => {
    relatie.email = ` ${relatie.email ?? ''} ;; `;
  },
  // An IBAN typed with spaces, lower case and a wrong check digit.
  (relatie) => {
    relatie.iban = (relatie.iban ?? 'NL00BANK0123456789').toLowerCase().replace(/^(..)(..)/, (_m, country: string) => `${country}00 `);
  },
  // An address without a country.
  (relatie) => {
    relatie.vestigingsAdres = { ...relatie.vestigingsAdres, land: null, postcode: '?' };
  },
];

const FACTUUR_DEFECTS: readonly ((factuur: VerkoopfactuurWire) => void)[] = [
  (factuur) => {
    factuur.vervalDatum = UNSET_DATE;
  },
  (factuur) => {
    factuur.relatie = null;
  },
  (factuur) => {
    factuur.factuurnummer = null;
  },
];

const MUTATIE_DEFECTS: readonly ((mutatie: GrootboekMutatieWire) => void)[] = [
  (mutatie) => {
    mutatie.factuurNummer = null;
  },
  (mutatie) => {
    mutatie.relatiePublicIdentifier = null;
    mutatie.factuurNummer = 'onbekend';
  },
];

export function malformRelatie(relatie: RelatieWire): void {
  pick(RELATIE_DEFECTS, relatie.id)(relatie);
}

export function malformVerkoopfactuur(factuur: VerkoopfactuurWire): void {
  pick(FACTUUR_DEFECTS, factuur.id)(factuur);
}

export function malformGrootboekMutatie(mutatie: GrootboekMutatieWire): void {
  pick(MUTATIE_DEFECTS, mutatie.id)(mutatie);
}

function pick<T>(defects: readonly T[], id: string): T {
  const defect = defects[stableInt(0, defects.length - 1, 'snelstart', 'defect', id)];
  if (defect === undefined) throw new Error('No defects to pick from');
  return defect;
}
