// `CompanyInfoModel` (SPEC): what `GET /companyInfo` returns; the hub's "which administratie is
// this key?" check (notes §2.1). Settings the sandbox does not model carry SnelStart's defaults.
import type { Administration } from '../store/types.js';

export function serialiseCompanyInfo(administration: Administration, currentYear: number): Record<string, unknown> {
  const company = administration.company;
  return {
    administratieIdentifier: administration.id,
    administratieNaam: administration.name,
    bedrijfsnaam: company.bedrijfsnaam,
    contactpersoon: company.contactpersoon,
    adres: company.adres,
    postcode: company.postcode,
    plaats: company.plaats,
    telefoon: company.telefoon,
    mobieleTelefoon: null,
    fax: null,
    bankrekeningnummer: company.iban.slice(8).replace(/^0+/, ''),
    iban: company.iban,
    bic: company.bic,
    rechtsvorm: 'Bv',
    btwNummer: company.btwNummer,
    btwIdentificatieNummer: company.btwNummer,
    kvKNummer: company.kvkNummer,
    email: company.email,
    website: company.website,
    vrijeTekst1: null,
    vrijeTekst2: null,
    vrijeTekst3: null,
    vrijeTekst4: null,
    huidigBoekjaar: currentYear,
    beginmaandFiscaleBoekjaar: 1,
    btwAangiftePeriodeSoort: 'Kwartaal',
    icpAangiftePeriodeSoort: 'Kwartaal',
    btwNummerFiscaleEenheid: null,
    tussentijdseSuppletiesBerekenen: false,
    mapUBLBestanden: null,
    btwPercentageAangifteKredietbeperking: 0,
    markeergedragInlezenBankafschriften: 'AlleenBelangrijkste',
    voorkeurenTijdensBoeken: false,
    aantalVoorloopnullenGrootboekrekeningen: 0,
    kleineOndernemersregeling: { isKleineOndernemersRegelingActief: false, maximaalBedragVolledigeVerrekening: 0, maximaalBedragKleineOndernemersRegeling: 0 },
    volgendFactuurnummer: nextInvoiceNumber(administration),
    volgendVerkoopordernummer: 1,
    volgendContantbonnummer: 1,
    volgendInkoopordernummer: 1,
    voorraadcontroleOrderinvoer: false,
    abonnementOvernemen: false,
    kolomGeleverdAutomatischVullen: false,
    voorraadkolommenTonenInInkoop: false,
    backorderGebruiken: false,
    deelleveringOrdersDefaultAan: false,
    factuurAlsBijlageVerkoopboeking: true,
    tekstregelsOvernemenNaarBackorder: 'Geen',
    regelkortingVerkooporder: 'BerekenenOverRegelBedrag',
    drempelbedragVerkooporderbeheer: 0,
    drempelbedragVerkooporderbeheerMaxDagenUitstel: 0,
    verkoopprijsArtikelbestandExclusiefBtw: true,
    inkoopprijsArtikelbestandExclusiefBtw: true,
    artikelcodeSoort: 'Alfanumeriek',
    artikelcodeMaxLengte: 25,
    begindatumVoorraadtelling: null,
    voorraadTonenInZoekvenster: false,
    aantalDecimalenArtikelprijzen: 2,
    aantalDecimalenArtikelaantallen: 2,
    verkooporderVoorraadVanafNiveau: 'Alle',
    voorraadSysteem: 'Fifo',
    momentVoorraadBijwerken: 'BijBoekenOntvangst',
    rekeningTeOntvangenInkoopfacturen: null,
    dagboekVoorraadverschillen: null,
    buitenlandseBtwGrootboek: null,
    factureerBuitenlandsBtw: false,
    factureerBuitenlandsBtwRanges: [],
  };
}

/** One past the highest trailing number of any invoice number ("2026-00123" → 124). */
function nextInvoiceNumber(administration: Administration): number {
  let highest = 0;
  for (const factuur of administration.facturen.values()) {
    const digits = /(\d+)$/.exec(factuur.factuurnummer)?.[1];
    if (digits !== undefined) highest = Math.max(highest, Number(digits));
  }
  return highest + 1;
}
