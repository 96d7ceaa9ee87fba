// The fixed lists every SnelStart administratie has: landen (global, notes §4.3: `landcode` is
// ISO-2, `landcodeISO` ISO-3), and a small chart of accounts and journals shaped like FAKE's
// seed data (notes §7: grootboek 8200 VerkopenOmzetHoog, dagboek 1300 "Debiteuren" soort Verkoop).
import { stableUuid } from '../ids.js';
import type { NaiveMs } from '../wire/datetime.js';
import type { Dagboek, Grootboek, Land, Ledger } from './types.js';

const COUNTRIES: readonly [naam: string, landcode: string, landcodeISO: string][] = [
  ['Nederland', 'NL', 'NLD'],
  ['België', 'BE', 'BEL'],
  ['Duitsland', 'DE', 'DEU'],
  ['Frankrijk', 'FR', 'FRA'],
  ['Luxemburg', 'LU', 'LUX'],
  ['Verenigd Koninkrijk', 'GB', 'GBR'],
  ['Ierland', 'IE', 'IRL'],
  ['Spanje', 'ES', 'ESP'],
  ['Italië', 'IT', 'ITA'],
  ['Oostenrijk', 'AT', 'AUT'],
  ['Denemarken', 'DK', 'DNK'],
  ['Zweden', 'SE', 'SWE'],
  ['Polen', 'PL', 'POL'],
  ['Zwitserland', 'CH', 'CHE'],
  ['Verenigde Staten', 'US', 'USA'],
];

export const LANDEN: readonly Land[] = COUNTRIES.map(([naam, landcode, landcodeISO]) => ({
  id: stableUuid('snelstart', 'land', landcode),
  naam,
  landcode,
  landcodeISO,
}));

const LAND_BY_CODE = new Map(LANDEN.map((land) => [land.landcode, land]));

export function landIdFor(countryCode: string): string | null {
  return LAND_BY_CODE.get(countryCode.toUpperCase())?.id ?? null;
}

export function landById(id: string): Land | undefined {
  return LANDEN.find((land) => land.id === id);
}

type GrootboekSeed = Omit<Grootboek, 'id' | 'modifiedOn'>;

const GROOTBOEKEN: readonly GrootboekSeed[] = [
  { nummer: 1100, omschrijving: 'Bank', grootboekfunctie: 'DagboekBank', rekeningCode: 'Balans', grootboekRubriek: 'Liquide middelen' },
  // The collective debtors account of the sales journal; no `Debiteuren` grootboekfunctie exists (notes §4.4).
  { nummer: 1300, omschrijving: 'Debiteuren', grootboekfunctie: 'DagboekVerkoop', rekeningCode: 'Balans', grootboekRubriek: 'Vorderingen' },
  { nummer: 1600, omschrijving: 'Crediteuren', grootboekfunctie: 'DagboekInkoop', rekeningCode: 'Balans', grootboekRubriek: 'Kortlopende schulden' },
  { nummer: 1671, omschrijving: 'Af te dragen btw hoog', grootboekfunctie: 'BtwAfTeDragenHoog', rekeningCode: 'Balans', grootboekRubriek: 'Belastingen' },
  { nummer: 1672, omschrijving: 'Af te dragen btw laag', grootboekfunctie: 'BtwAfteDragenLaag', rekeningCode: 'Balans', grootboekRubriek: 'Belastingen' },
  { nummer: 8200, omschrijving: 'Omzet hoog', grootboekfunctie: 'VerkopenOmzetHoog', rekeningCode: 'WinstEnVerlies', grootboekRubriek: 'Omzet' },
  { nummer: 8210, omschrijving: 'Omzet laag', grootboekfunctie: 'VerkopenOmzetLaag', rekeningCode: 'WinstEnVerlies', grootboekRubriek: 'Omzet' },
];

const DAGBOEKEN: readonly Omit<Dagboek, 'id'>[] = [
  { nummer: 1000, omschrijving: 'Kas', soort: 'Kas' },
  { nummer: 1100, omschrijving: 'Bank', soort: 'Bank' },
  { nummer: 1300, omschrijving: 'Debiteuren', soort: 'Verkoop' },
  { nummer: 1600, omschrijving: 'Crediteuren', soort: 'Inkoop' },
  { nummer: 1800, omschrijving: 'Memoriaal', soort: 'Memoriaal' },
];

export function chartOfAccounts(administrationKey: string, createdOn: NaiveMs): { grootboeken: Grootboek[]; dagboeken: Dagboek[]; ledger: Ledger } {
  const grootboeken = GROOTBOEKEN.map((seed) => ({ ...seed, id: stableUuid('snelstart', administrationKey, 'grootboek', seed.nummer), modifiedOn: createdOn }));
  const dagboeken = DAGBOEKEN.map((seed) => ({ ...seed, id: stableUuid('snelstart', administrationKey, 'dagboek', seed.nummer) }));
  const grootboek = (nummer: number): Grootboek => required(grootboeken.find((entry) => entry.nummer === nummer), `grootboek ${nummer}`);
  const dagboek = (nummer: number): Dagboek => required(dagboeken.find((entry) => entry.nummer === nummer), `dagboek ${nummer}`);
  return {
    grootboeken,
    dagboeken,
    ledger: { bank: grootboek(1100), debiteuren: grootboek(1300), omzetHoog: grootboek(8200), bankDagboek: dagboek(1100), verkoopDagboek: dagboek(1300) },
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Reference data is missing ${what}`);
  return value;
}
