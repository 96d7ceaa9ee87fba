// `RelatieModel` as `$filter` sees it (notes §3.1 examples: `Email eq '…'`,
// `VestigingsAdres/Land/Id ne guid'…'`, `Relatiesoort/any(r:r eq 'Klant')`,
// `ExtraVeldenKlant/any(e:e/Waarde eq '5299' and e/Naam eq 'lidmaatschapnummer')`).
import { IDENTIFIER_TYPE, structuredType, type StructuredType } from '../odata/edm.js';
import type { CustomFieldDefinition } from '../options.js';
import type { Address, EmailSetting, Relatie } from '../store/types.js';
import { extraVeldenKlant, type ExtraVeldWire } from '../serialise/relatie.js';

const ADDRESS_TYPE = structuredType<Address>('SnelStart.B2B.Api.V2.Models.Relaties.AdresModel', {
  Contactpersoon: { type: 'Edm.String', read: (address) => address.contactpersoon },
  Straat: { type: 'Edm.String', read: (address) => address.straat },
  Postcode: { type: 'Edm.String', read: (address) => address.postcode },
  Plaats: { type: 'Edm.String', read: (address) => address.plaats },
  Land: { type: IDENTIFIER_TYPE, read: (address) => address.landId },
});

const EMAIL_SETTING_TYPE = structuredType<EmailSetting>('SnelStart.B2B.Api.V2.Models.Relaties.EmailVersturenModel', {
  ShouldSend: { type: 'Edm.Boolean', read: (setting) => setting.shouldSend },
  Email: { type: 'Edm.String', read: (setting) => setting.email },
  CcEmail: { type: 'Edm.String', read: (setting) => setting.ccEmail },
});

const EXTRA_VELD_TYPE = structuredType<ExtraVeldWire>('SnelStart.B2B.Api.V2.Models.Relaties.ExtraVeldRelatieModel', {
  Naam: { type: 'Edm.String', read: (field) => field.naam },
  Waarde: { type: 'Edm.String', read: (field) => field.waarde },
});

/** Built per administratie configuration: `ExtraVeldenKlant` depends on the field definitions. */
export function relatieType(definitions: readonly CustomFieldDefinition[]): StructuredType {
  const email = (name: keyof Relatie['emailSettings']) => ({ type: EMAIL_SETTING_TYPE, read: (relatie: Relatie) => relatie.emailSettings[name] });
  return structuredType<Relatie>('SnelStart.B2B.Api.V2.Models.Relaties.RelatieModel', {
    Id: { type: 'Edm.Guid', read: (relatie) => relatie.id },
    Relatiesoort: { type: { collectionOf: 'Edm.String' }, read: (relatie) => relatie.relatiesoort },
    ModifiedOn: { type: 'Edm.DateTime', read: (relatie) => relatie.modifiedOn },
    Relatiecode: { type: 'Edm.Int32', read: (relatie) => relatie.relatiecode },
    Naam: { type: 'Edm.String', read: (relatie) => relatie.naam },
    VestigingsAdres: { type: ADDRESS_TYPE, read: (relatie) => relatie.vestigingsAdres },
    CorrespondentieAdres: { type: ADDRESS_TYPE, read: (relatie) => relatie.correspondentieAdres },
    Telefoon: { type: 'Edm.String', read: (relatie) => relatie.telefoon },
    MobieleTelefoon: { type: 'Edm.String', read: (relatie) => relatie.mobieleTelefoon },
    Fax: { type: 'Edm.String', read: (relatie) => relatie.fax },
    Email: { type: 'Edm.String', read: (relatie) => relatie.email },
    BtwNummer: { type: 'Edm.String', read: (relatie) => relatie.btwNummer },
    Factuurkorting: { type: 'Edm.Double', read: (relatie) => relatie.factuurkorting },
    Krediettermijn: { type: 'Edm.Int32', read: (relatie) => relatie.krediettermijn },
    Bankieren: { type: 'Edm.Boolean', read: (relatie) => relatie.bankieren },
    Nonactief: { type: 'Edm.Boolean', read: (relatie) => relatie.nonactief },
    KredietLimiet: { type: 'Edm.Double', read: (relatie) => relatie.kredietLimietCents / 100 },
    Memo: { type: 'Edm.String', read: (relatie) => relatie.memo },
    KvkNummer: { type: 'Edm.String', read: (relatie) => relatie.kvkNummer },
    Oin: { type: 'Edm.String', read: (relatie) => relatie.oin },
    WebsiteUrl: { type: 'Edm.String', read: (relatie) => relatie.websiteUrl },
    // OData v3 has no enums: ASP.NET exposes them as strings (`IncassoSoort eq 'Core'`).
    Aanmaningsoort: { type: 'Edm.String', read: (relatie) => relatie.aanmaningsoort },
    OfferteEmailVersturen: email('offerteEmailVersturen'),
    BevestigingsEmailVersturen: email('bevestigingsEmailVersturen'),
    FactuurEmailVersturen: email('factuurEmailVersturen'),
    AanmaningEmailVersturen: email('aanmaningEmailVersturen'),
    OfferteAanvraagEmailVersturen: email('offerteAanvraagEmailVersturen'),
    BestellingEmailVersturen: email('bestellingEmailVersturen'),
    UblBestandAlsBijlage: { type: 'Edm.Boolean', read: (relatie) => relatie.ublBestandAlsBijlage },
    Iban: { type: 'Edm.String', read: (relatie) => relatie.iban },
    Bic: { type: 'Edm.String', read: (relatie) => relatie.bic },
    IncassoSoort: { type: 'Edm.String', read: (relatie) => relatie.incassoSoort },
    FactuurRelatie: { type: IDENTIFIER_TYPE, read: (relatie) => relatie.factuurRelatieId },
    ExtraVeldenKlant: { type: { collectionOf: EXTRA_VELD_TYPE }, read: (relatie) => extraVeldenKlant(relatie, definitions) },
  });
}
