// `GrootboekMutatieModel` (notes §4.4): where payment dates and amounts come from.
// `saldo` is debet − credit, so a payment on the debtors account has a negative saldo.
import type { GrootboekMutatie } from '../store/types.js';
import { formatDate, formatNaive } from '../wire/datetime.js';
import { centsToWire, type WireDecimal } from '../wire/decimal.js';
import type { DocumentWire } from './document.js';
import { identifier, optionalIdentifier, type IdentifierWire } from './identifier.js';

export interface GrootboekMutatieWire {
  grootboek: IdentifierWire;
  kostenplaats: IdentifierWire | null;
  datum: string;
  modifiedOn: string;
  dagboek: IdentifierWire;
  omschrijving: string;
  debet: WireDecimal;
  credit: WireDecimal;
  saldo: WireDecimal;
  documents: DocumentWire[];
  boekstuk: string;
  factuurNummer: string | null;
  relatiePublicIdentifier: IdentifierWire | null;
  id: string;
  uri: string;
}

export function serialiseGrootboekMutatie(mutatie: GrootboekMutatie): GrootboekMutatieWire {
  return {
    grootboek: identifier('grootboeken', mutatie.grootboekId),
    kostenplaats: null,
    datum: formatDate(mutatie.datum),
    modifiedOn: formatNaive(mutatie.modifiedOn),
    dagboek: identifier('dagboeken', mutatie.dagboekId),
    omschrijving: mutatie.omschrijving,
    debet: centsToWire(mutatie.debetCents),
    credit: centsToWire(mutatie.creditCents),
    saldo: centsToWire(mutatie.debetCents - mutatie.creditCents),
    documents: [],
    boekstuk: mutatie.boekstuk,
    factuurNummer: mutatie.factuurNummer,
    relatiePublicIdentifier: optionalIdentifier('relaties', mutatie.relatieId),
    id: mutatie.id,
    uri: `/grootboekmutaties/${mutatie.id}`,
  };
}
