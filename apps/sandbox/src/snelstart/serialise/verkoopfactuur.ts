// `VerkoopfactuurModel` (notes §4.1). Casing differs from the booking: `factuurDatum`,
// `factuurBedrag`, `vervalDatum` here; `factuurdatum`, `factuurbedrag` on the verkoopboeking.
import type { Verkoopfactuur } from '../store/types.js';
import { formatDate, formatNaive } from '../wire/datetime.js';
import { centsToWire, type WireDecimal } from '../wire/decimal.js';
import { identifier, type IdentifierWire } from './identifier.js';

export interface VerkoopfactuurWire {
  verkoopBoeking: IdentifierWire | null;
  modifiedOn: string;
  openstaandSaldo: WireDecimal;
  factuurnummer: string | null;
  vervalDatum: string | null;
  relatie: IdentifierWire | null;
  factuurDatum: string;
  factuurBedrag: WireDecimal;
  verkoopOrders: IdentifierWire[];
  id: string;
  uri: string;
}

export function serialiseVerkoopfactuur(factuur: Verkoopfactuur): VerkoopfactuurWire {
  return {
    verkoopBoeking: identifier('verkoopboekingen', factuur.boekingId),
    modifiedOn: formatNaive(factuur.modifiedOn),
    openstaandSaldo: centsToWire(factuur.openCents),
    factuurnummer: factuur.factuurnummer,
    vervalDatum: formatDate(factuur.vervalDatum),
    relatie: identifier('relaties', factuur.relatieId),
    factuurDatum: formatDate(factuur.factuurDatum),
    factuurBedrag: centsToWire(factuur.totalCents),
    verkoopOrders: [],
    id: factuur.id,
    uri: `/verkoopfacturen/${factuur.id}`,
  };
}
