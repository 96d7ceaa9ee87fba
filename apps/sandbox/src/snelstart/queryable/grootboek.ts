// `GrootboekModel` as `$filter` sees it, e.g. `Nummer eq 1300` to find the debtors account.
import { structuredType } from '../odata/edm.js';
import type { Grootboek } from '../store/types.js';

export const GROOTBOEK_TYPE = structuredType<Grootboek>('SnelStart.B2B.Api.V2.Models.Grootboeken.GrootboekModel', {
  Id: { type: 'Edm.Guid', read: (grootboek) => grootboek.id },
  ModifiedOn: { type: 'Edm.DateTime', read: (grootboek) => grootboek.modifiedOn },
  Omschrijving: { type: 'Edm.String', read: (grootboek) => grootboek.omschrijving },
  KostenplaatsVerplicht: { type: 'Edm.Boolean', read: () => false },
  RekeningCode: { type: 'Edm.String', read: (grootboek) => grootboek.rekeningCode },
  Nonactief: { type: 'Edm.Boolean', read: () => false },
  Nummer: { type: 'Edm.Int32', read: (grootboek) => grootboek.nummer },
  Grootboekfunctie: { type: 'Edm.String', read: (grootboek) => grootboek.grootboekfunctie },
});
