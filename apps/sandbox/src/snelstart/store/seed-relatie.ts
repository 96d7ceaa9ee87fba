// A generated debtor as SnelStart would hold it (notes §4.3, §7 example). SnelStart has no
// language field, so the language lives in the "Taal" extra veld, and only for some relaties:
// the hub has to cope with it missing. A few relaties carry the quirks real data has: several
// addresses in one e-mail field (`;`-separated), a separate dunning address, no dunning at all.
import type { GeneratedDebtor } from '../../core/contracts.js';
import { stableFraction } from '../ids.js';
import type { CustomFieldDefinition } from '../options.js';
import { landIdFor } from './reference-data.js';
import { EMAIL_SETTINGS, type Address, type CustomFieldValue, type EmailSetting, type EmailSettingName, type Relatie } from './types.js';
import type { NaiveMs } from '../wire/datetime.js';

/** Bank code of a Dutch IBAN → BIC. */
const BICS: Readonly<Record<string, string>> = {
  ABNA: 'ABNANL2A',
  INGB: 'INGBNL2A',
  RABO: 'RABONL2U',
  SNSB: 'SNSBNL2A',
  TRIO: 'TRIONL2U',
  KNAB: 'KNABNL2H',
  BUNQ: 'BUNQNL2A',
  ASNB: 'ASNBNL21',
  RBRB: 'RBRBNL21',
};

export interface RelatieSeed {
  id: string;
  administrationKey: string;
  debtor: GeneratedDebtor;
  definitions: readonly CustomFieldDefinition[];
  modifiedOn: NaiveMs;
}

export function relatieFromDebtor({ id, administrationKey, debtor, definitions, modifiedOn }: RelatieSeed): Relatie {
  const coin = (label: string): number => stableFraction('snelstart', administrationKey, debtor.key, label);
  const domain = debtor.email.split('@')[1] ?? 'example.nl';
  const isBusiness = debtor.kind === 'business';
  const email = isBusiness && coin('email-list') < 0.08 ? `${debtor.email};facturen@${domain}` : debtor.email;
  const dunningEmail = isBusiness && coin('dunning-email') < 0.35 ? `debiteuren@${domain}` : email;
  const address: Address = {
    contactpersoon: debtor.contactName,
    straat: `${debtor.address.street} ${debtor.address.houseNumber}`,
    postcode: debtor.address.postalCode,
    plaats: debtor.address.city,
    landId: landIdFor(debtor.address.countryCode),
  };
  const isMobile = debtor.phone.replace(/\s/g, '').startsWith('06');
  return {
    id,
    debtorKey: debtor.key,
    relatiecode: Number.parseInt(debtor.code, 10),
    relatiesoort: ['Klant'],
    naam: debtor.name.slice(0, 50),
    vestigingsAdres: address,
    correspondentieAdres: { ...address },
    telefoon: isMobile ? null : debtor.phone,
    mobieleTelefoon: isMobile ? debtor.phone : null,
    fax: null,
    email,
    btwNummer: debtor.vatNumber,
    factuurkorting: 0,
    krediettermijn: debtor.paymentTermDays,
    bankieren: false,
    nonactief: !debtor.active,
    kredietLimietCents: 0,
    memo: coin('memo') < 0.1 ? 'Facturen altijd t.a.v. de administratie.' : null,
    kvkNummer: debtor.kvk,
    oin: null,
    websiteUrl: isBusiness ? `https://www.${domain}` : null,
    aanmaningsoort: coin('no-dunning') < 0.04 ? 'Nee' : isBusiness ? 'Onderneming' : 'Consument',
    emailSettings: emailSettings({ factuurEmailVersturen: email, aanmaningEmailVersturen: dunningEmail }),
    ublBestandAlsBijlage: false,
    iban: debtor.iban,
    bic: BICS[debtor.iban.slice(4, 8)] ?? null,
    incassoSoort: 'Geen',
    factuurRelatieId: null,
    customFields: languageField(debtor.language, coin('language-known') < 0.5, definitions),
    modifiedOn,
  };
}

export function emailSettings(sending: Partial<Record<EmailSettingName, string>>): Record<EmailSettingName, EmailSetting> {
  const settings = {} as Record<EmailSettingName, EmailSetting>;
  for (const name of EMAIL_SETTINGS) {
    const email = sending[name] ?? null;
    settings[name] = { shouldSend: email !== null, email, ccEmail: null };
  }
  return settings;
}

/** English speakers always have "Taal" filled (nothing else tells), Dutch ones only sometimes. */
function languageField(language: 'nl' | 'en', knownWhenDutch: boolean, definitions: readonly CustomFieldDefinition[]): Map<string, CustomFieldValue> {
  const fields = new Map<string, CustomFieldValue>();
  const value = language.toUpperCase();
  const taal = definitions.find((definition) => definition.name === 'Taal' && definition.relatiesoort === 'Klant');
  if (taal && (language === 'en' || knownWhenDutch) && (taal.possibleValues?.includes(value) ?? true)) fields.set(taal.name, value);
  return fields;
}
