// `GrootboekMutatieModel` as `$filter` sees it (🟡 KIOUI, notes §4.4:
// `Grootboek/Id eq guid'<debiteuren>' and Saldo lt 0 and ModifiedOn gt datetime'…'`).
import { IDENTIFIER_TYPE, structuredType } from '../odata/edm.js';
import type { GrootboekMutatie } from '../store/types.js';
import { dateToNaive } from '../wire/datetime.js';
import { centsToNumber } from '../wire/decimal.js';

export const GROOTBOEKMUTATIE_TYPE = structuredType<GrootboekMutatie>('SnelStart.B2B.Api.V2.Models.GrootboekMutaties.GrootboekMutatieModel', {
  Id: { type: 'Edm.Guid', read: (mutatie) => mutatie.id },
  Grootboek: { type: IDENTIFIER_TYPE, read: (mutatie) => mutatie.grootboekId },
  Kostenplaats: { type: IDENTIFIER_TYPE, read: () => null },
  Datum: { type: 'Edm.DateTime', read: (mutatie) => dateToNaive(mutatie.datum) },
  ModifiedOn: { type: 'Edm.DateTime', read: (mutatie) => mutatie.modifiedOn },
  Dagboek: { type: IDENTIFIER_TYPE, read: (mutatie) => mutatie.dagboekId },
  Omschrijving: { type: 'Edm.String', read: (mutatie) => mutatie.omschrijving },
  Debet: { type: 'Edm.Decimal', read: (mutatie) => centsToNumber(mutatie.debetCents) },
  Credit: { type: 'Edm.Decimal', read: (mutatie) => centsToNumber(mutatie.creditCents) },
  Saldo: { type: 'Edm.Decimal', read: (mutatie) => centsToNumber(mutatie.debetCents - mutatie.creditCents) },
  Boekstuk: { type: 'Edm.String', read: (mutatie) => mutatie.boekstuk },
  FactuurNummer: { type: 'Edm.String', read: (mutatie) => mutatie.factuurNummer },
  RelatiePublicIdentifier: { type: IDENTIFIER_TYPE, read: (mutatie) => mutatie.relatieId },
});
