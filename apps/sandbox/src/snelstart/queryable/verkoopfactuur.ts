// `VerkoopfactuurModel` as `$filter` sees it (notes §4.1: `ModifiedOn gt datetime'…'`,
// `FactuurDatum gt datetime'…'`, `Factuurnummer eq 'F-2026-001'`).
import { IDENTIFIER_TYPE, structuredType } from '../odata/edm.js';
import type { Verkoopfactuur } from '../store/types.js';
import { dateToNaive } from '../wire/datetime.js';
import { centsToNumber } from '../wire/decimal.js';

export const VERKOOPFACTUUR_TYPE = structuredType<Verkoopfactuur>('SnelStart.B2B.Api.V2.Models.Verkoopfacturen.VerkoopfactuurModel', {
  Id: { type: 'Edm.Guid', read: (factuur) => factuur.id },
  VerkoopBoeking: { type: IDENTIFIER_TYPE, read: (factuur) => factuur.boekingId },
  ModifiedOn: { type: 'Edm.DateTime', read: (factuur) => factuur.modifiedOn },
  OpenstaandSaldo: { type: 'Edm.Decimal', read: (factuur) => centsToNumber(factuur.openCents) },
  Factuurnummer: { type: 'Edm.String', read: (factuur) => factuur.factuurnummer },
  VervalDatum: { type: 'Edm.DateTime', read: (factuur) => dateToNaive(factuur.vervalDatum) },
  Relatie: { type: IDENTIFIER_TYPE, read: (factuur) => factuur.relatieId },
  FactuurDatum: { type: 'Edm.DateTime', read: (factuur) => dateToNaive(factuur.factuurDatum) },
  FactuurBedrag: { type: 'Edm.Decimal', read: (factuur) => centsToNumber(factuur.totalCents) },
});
