// The administratie's own company details, shown by `GET /companyInfo` (notes §2.1).
import { stableInt } from '../ids.js';

export interface CompanyProfile {
  bedrijfsnaam: string;
  contactpersoon: string;
  adres: string;
  postcode: string;
  plaats: string;
  telefoon: string;
  email: string;
  website: string;
  iban: string;
  bic: string;
  btwNummer: string;
  kvkNummer: string;
}

export function companyProfile(administrationKey: string, name: string): CompanyProfile {
  const digits = (length: number, label: string): string =>
    Array.from({ length }, (_, index) => stableInt(0, 9, 'snelstart', administrationKey, label, index)).join('');
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 20) || 'administratie';
  const account = `RABO${digits(10, 'iban')}`;
  return {
    bedrijfsnaam: name,
    contactpersoon: 'M. de Boer',
    adres: `Stationsplein ${stableInt(1, 120, 'snelstart', administrationKey, 'house')}`,
    postcode: `${stableInt(1000, 9999, 'snelstart', administrationKey, 'postcode')} AB`,
    plaats: 'Utrecht',
    telefoon: `030 ${digits(3, 'phone-a')} ${digits(4, 'phone-b')}`,
    email: `administratie@${slug}.nl`,
    website: `https://www.${slug}.nl`,
    iban: `NL${ibanCheckDigits(account)}${account}`,
    bic: 'RABONL2U',
    btwNummer: `NL${digits(9, 'vat')}B01`,
    kvkNummer: digits(8, 'kvk'),
  };
}

function ibanCheckDigits(bban: string): string {
  const numeric = `${bban}NL00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return String(98 - remainder).padStart(2, '0');
}
