// `LandModel`, `DagboekModel` and `GrootboekModel` (SPEC), the lookups a connector caches
// (notes §4.3: resolve `land.id` through `/landen`; §4.4: find the debtors account).
import type { Dagboek, Grootboek, Land } from '../store/types.js';
import { formatNaive } from '../wire/datetime.js';

export function serialiseLand(land: Land): Record<string, unknown> {
  return { naam: land.naam, landcodeISO: land.landcodeISO, landcode: land.landcode, id: land.id, uri: `/landen/${land.id}` };
}

export function serialiseDagboek(dagboek: Dagboek): Record<string, unknown> {
  return { omschrijving: dagboek.omschrijving, soort: dagboek.soort, nonactief: false, nummer: dagboek.nummer, id: dagboek.id, uri: `/dagboeken/${dagboek.id}` };
}

export function serialiseGrootboek(grootboek: Grootboek): Record<string, unknown> {
  return {
    modifiedOn: formatNaive(grootboek.modifiedOn),
    omschrijving: grootboek.omschrijving,
    kostenplaatsVerplicht: false,
    rekeningCode: grootboek.rekeningCode,
    nonactief: false,
    nummer: grootboek.nummer,
    grootboekfunctie: grootboek.grootboekfunctie,
    grootboekRubriek: grootboek.grootboekRubriek,
    rgsCode: [],
    btwSoort: [],
    id: grootboek.id,
    uri: `/grootboeken/${grootboek.id}`,
  };
}
