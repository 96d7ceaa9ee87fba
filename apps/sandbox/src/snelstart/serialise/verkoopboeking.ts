// `VerkoopBoekingModel` (notes §4.2): one omzet line excluding btw, and the btw per rate.
import type { Grootboek, StoredDocument, Verkoopboeking } from '../store/types.js';
import { formatDate, formatNaive } from '../wire/datetime.js';
import { centsToWire, type WireDecimal } from '../wire/decimal.js';
import { serialiseDocument, type DocumentWire } from './document.js';
import { identifier, type IdentifierWire } from './identifier.js';

export interface BoekingsregelWire {
  omschrijving: string;
  grootboek: IdentifierWire;
  kostenplaats: IdentifierWire | null;
  bedrag: WireDecimal;
  btwSoort: 'Geen' | 'Laag' | 'Hoog' | 'Overig';
}

export interface BtwRegelWire {
  btwSoort: string;
  btwBedrag: WireDecimal;
}

export interface VerkoopboekingWire {
  modifiedOn: string;
  boekstuk: string;
  gewijzigdDoorAccountant: boolean;
  markering: boolean;
  factuurdatum: string;
  factuurnummer: string;
  klant: IdentifierWire;
  omschrijving: string;
  factuurbedrag: WireDecimal;
  betalingstermijn: number;
  eenmaligeIncassoMachtiging: null;
  doorlopendeIncassoMachtiging: null;
  boekingsregels: BoekingsregelWire[];
  btw: BtwRegelWire[];
  documents: DocumentWire[];
  id: string;
  uri: string;
}

export function serialiseVerkoopboeking(boeking: Verkoopboeking, omzet: Grootboek, documents: readonly StoredDocument[]): VerkoopboekingWire {
  const hasVat = boeking.vatCents !== 0;
  return {
    modifiedOn: formatNaive(boeking.modifiedOn),
    boekstuk: boeking.boekstuk,
    gewijzigdDoorAccountant: boeking.gewijzigdDoorAccountant,
    markering: boeking.markering,
    factuurdatum: formatDate(boeking.factuurdatum),
    factuurnummer: boeking.factuurnummer,
    klant: identifier('relaties', boeking.klantId),
    omschrijving: boeking.omschrijving,
    factuurbedrag: centsToWire(boeking.totalCents),
    betalingstermijn: boeking.betalingstermijn,
    eenmaligeIncassoMachtiging: null,
    doorlopendeIncassoMachtiging: null,
    boekingsregels: [
      {
        omschrijving: boeking.omschrijving,
        grootboek: identifier('grootboeken', omzet.id),
        kostenplaats: null,
        bedrag: centsToWire(boeking.totalCents - boeking.vatCents),
        btwSoort: hasVat ? 'Hoog' : 'Geen',
      },
    ],
    btw: hasVat ? [{ btwSoort: 'VerkopenHoog', btwBedrag: centsToWire(boeking.vatCents) }] : [],
    documents: documents.map(serialiseDocument),
    id: boeking.id,
    uri: `/verkoopboekingen/${boeking.id}`,
  };
}
