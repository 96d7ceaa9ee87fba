// `RelatieModel` (SPEC), properties in the order SnelStart's serializer writes them. Extra velden
// are read-only here as `[{naam, waarde}]` with string values (notes §4.3, §7).
import type { CustomFieldDefinition } from '../options.js';
import type { Address, EmailSetting, Relatie, StoredDocument } from '../store/types.js';
import { formatNaive } from '../wire/datetime.js';
import { serialiseDocument, type DocumentWire } from './document.js';
import { optionalIdentifier, type IdentifierWire } from './identifier.js';

export interface AdresWire {
  contactpersoon: string | null;
  straat: string | null;
  postcode: string | null;
  plaats: string | null;
  land: IdentifierWire | null;
}

export interface ExtraVeldWire {
  naam: string;
  waarde: string;
}

export interface RelatieWire {
  relatiesoort: string[];
  modifiedOn: string;
  relatiecode: number;
  naam: string;
  vestigingsAdres: AdresWire;
  correspondentieAdres: AdresWire;
  telefoon: string | null;
  mobieleTelefoon: string | null;
  fax: string | null;
  email: string | null;
  btwNummer: string | null;
  factuurkorting: number;
  krediettermijn: number;
  bankieren: boolean;
  nonactief: boolean;
  kredietLimiet: number;
  memo: string | null;
  kvkNummer: string | null;
  oin: string | null;
  websiteUrl: string | null;
  aanmaningsoort: string | null;
  offerteEmailVersturen: EmailSetting;
  bevestigingsEmailVersturen: EmailSetting;
  factuurEmailVersturen: EmailSetting;
  aanmaningEmailVersturen: EmailSetting;
  offerteAanvraagEmailVersturen: EmailSetting;
  bestellingEmailVersturen: EmailSetting;
  ublBestandAlsBijlage: boolean;
  iban: string | null;
  bic: string | null;
  incassoSoort: string;
  factuurRelatie: IdentifierWire | null;
  inkoopBoekingenUri: string;
  verkoopBoekingenUri: string;
  documents: DocumentWire[];
  id: string;
  uri: string;
  extraVeldenKlant: ExtraVeldWire[];
}

export function serialiseAddress(address: Address): AdresWire {
  return {
    contactpersoon: address.contactpersoon,
    straat: address.straat,
    postcode: address.postcode,
    plaats: address.plaats,
    land: optionalIdentifier('landen', address.landId),
  };
}

export function serialiseRelatie(relatie: Relatie, documents: readonly StoredDocument[], definitions: readonly CustomFieldDefinition[]): RelatieWire {
  const settings = relatie.emailSettings;
  return {
    relatiesoort: [...relatie.relatiesoort],
    modifiedOn: formatNaive(relatie.modifiedOn),
    relatiecode: relatie.relatiecode,
    naam: relatie.naam,
    vestigingsAdres: serialiseAddress(relatie.vestigingsAdres),
    correspondentieAdres: serialiseAddress(relatie.correspondentieAdres),
    telefoon: relatie.telefoon,
    mobieleTelefoon: relatie.mobieleTelefoon,
    fax: relatie.fax,
    email: relatie.email,
    btwNummer: relatie.btwNummer,
    factuurkorting: relatie.factuurkorting,
    krediettermijn: relatie.krediettermijn,
    bankieren: relatie.bankieren,
    nonactief: relatie.nonactief,
    kredietLimiet: relatie.kredietLimietCents / 100,
    memo: relatie.memo,
    kvkNummer: relatie.kvkNummer,
    oin: relatie.oin,
    websiteUrl: relatie.websiteUrl,
    aanmaningsoort: relatie.aanmaningsoort,
    offerteEmailVersturen: { ...settings.offerteEmailVersturen },
    bevestigingsEmailVersturen: { ...settings.bevestigingsEmailVersturen },
    factuurEmailVersturen: { ...settings.factuurEmailVersturen },
    aanmaningEmailVersturen: { ...settings.aanmaningEmailVersturen },
    offerteAanvraagEmailVersturen: { ...settings.offerteAanvraagEmailVersturen },
    bestellingEmailVersturen: { ...settings.bestellingEmailVersturen },
    ublBestandAlsBijlage: relatie.ublBestandAlsBijlage,
    iban: relatie.iban,
    bic: relatie.bic,
    incassoSoort: relatie.incassoSoort,
    factuurRelatie: optionalIdentifier('relaties', relatie.factuurRelatieId),
    inkoopBoekingenUri: `/relaties/${relatie.id}/inkoopboekingen`,
    verkoopBoekingenUri: `/relaties/${relatie.id}/verkoopboekingen`,
    documents: documents.map(serialiseDocument),
    id: relatie.id,
    uri: `/relaties/${relatie.id}`,
    extraVeldenKlant: extraVeldenKlant(relatie, definitions),
  };
}

export function extraVeldenKlant(relatie: Relatie, definitions: readonly CustomFieldDefinition[]): ExtraVeldWire[] {
  const fields: ExtraVeldWire[] = [];
  for (const definition of definitions) {
    if (definition.relatiesoort !== 'Klant') continue;
    const value = relatie.customFields.get(definition.name);
    if (value !== undefined) fields.push({ naam: definition.name, waarde: customFieldText(value) });
  }
  return fields;
}

/** .NET's ToString: booleans as True/False, numbers with a dot. */
function customFieldText(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}
