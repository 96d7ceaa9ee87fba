// Debtors: Dutch businesses (B.V., V.O.F., eenmanszaak) and consumers with valid identifiers.
import type { GeneratedAddress, GeneratedDebtor, SeededRandom } from '../contracts.js';
import {
  generateIban,
  generateKvkNumber,
  generateLandline,
  generateMobile,
  generatePostalCode,
  generateVatNumber,
  weightedPick,
} from './identifiers.js';
import {
  BRAND_HEADS,
  BRAND_TAILS,
  CITIES,
  CONSUMER_MAIL_DOMAINS,
  FIRST_NAMES,
  SHOP_TYPES,
  STREETS,
  SURNAMES,
  TRADES,
  type CityInfo,
} from './words.js';

type LegalForm = 'bv' | 'vof' | 'eenmanszaak';

const BUSINESS_SHARE = 0.7;
const INACTIVE_SHARE = 0.03;
const ENGLISH_SHARE = 0.1;

export function debtorKey(index: number): string {
  return `D${`${index}`.padStart(5, '0')}`;
}

/** Generates `count` debtors, numbered D00001 / 10001 onwards. */
export function generateDebtors(random: SeededRandom, count: number): GeneratedDebtor[] {
  const debtors: GeneratedDebtor[] = [];
  for (let index = 1; index <= count; index++) {
    debtors.push(random.chance(BUSINESS_SHARE) ? generateBusiness(random, index) : generateConsumer(random, index));
  }
  return debtors;
}

/** A company name, also used for an administration's own name. */
export function generateCompanyName(random: SeededRandom, form: LegalForm = pickLegalForm(random)): string {
  const surname = capitalise(random.pick(SURNAMES));
  switch (form) {
    case 'bv':
      return random.chance(0.5)
        ? `${surname} ${random.pick(TRADES)} B.V.`
        : `${random.pick(BRAND_HEADS)}${random.pick(BRAND_TAILS)} B.V.`;
    case 'vof':
      return random.chance(0.5)
        ? `${surname} & ${capitalise(random.pick(SURNAMES))} V.O.F.`
        : `${random.pick(TRADES)} ${surname} V.O.F.`;
    case 'eenmanszaak':
      return random.chance(0.6) ? `${random.pick(SHOP_TYPES)} ${surname}` : `${random.pick(SHOP_TYPES)} ${random.pick(FIRST_NAMES)}`;
  }
}

function generateBusiness(random: SeededRandom, index: number): GeneratedDebtor {
  const form = pickLegalForm(random);
  const name = generateCompanyName(random, form);
  const city = random.pick(CITIES);
  const contact = personName(random);
  const domain = `${slug(stripLegalForm(name))}.${random.chance(0.85) ? 'nl' : 'com'}`;
  const language = random.chance(ENGLISH_SHARE) ? 'en' : 'nl';
  const mailbox = random.chance(0.6)
    ? random.pick(language === 'nl' ? ['info', 'administratie', 'facturen', 'crediteuren'] : ['info', 'finance', 'accounts'])
    : slug(contact.first);
  return {
    key: debtorKey(index),
    code: `${10_000 + index}`,
    name,
    kind: 'business',
    contactName: contact.full,
    email: `${mailbox}@${domain}`,
    phone: random.chance(0.75) ? generateLandline(random, city) : generateMobile(random),
    address: generateAddress(random, city),
    kvk: generateKvkNumber(random),
    vatNumber: generateVatNumber(random, form === 'eenmanszaak' ? 'mod97' : 'elfproef'),
    iban: generateIban(random),
    language,
    paymentTermDays: weightedPick(random, [30, 14, 8, 60], [60, 25, 7, 8]),
    active: !random.chance(INACTIVE_SHARE),
  };
}

function generateConsumer(random: SeededRandom, index: number): GeneratedDebtor {
  const person = personName(random);
  const city = random.pick(CITIES);
  const separator = random.pick(['.', '', '_']);
  const suffix = random.chance(0.4) ? `${random.int(1, 99)}` : '';
  return {
    key: debtorKey(index),
    code: `${10_000 + index}`,
    name: person.full,
    kind: 'consumer',
    contactName: person.full,
    email: `${slug(person.first, '')}${separator}${slug(person.last, '')}${suffix}@${random.pick(CONSUMER_MAIL_DOMAINS)}`,
    phone: random.chance(0.85) ? generateMobile(random) : generateLandline(random, city),
    address: generateAddress(random, city),
    kvk: null,
    vatNumber: null,
    iban: generateIban(random),
    language: random.chance(ENGLISH_SHARE / 2) ? 'en' : 'nl',
    paymentTermDays: weightedPick(random, [14, 30, 8], [70, 22, 8]),
    active: !random.chance(INACTIVE_SHARE),
  };
}

function generateAddress(random: SeededRandom, city: CityInfo): GeneratedAddress {
  const number = random.int(1, 250);
  const addition = random.chance(0.12) ? random.pick(['A', 'B', '-1', '-2', ' bis']) : '';
  return {
    street: random.pick(STREETS),
    houseNumber: `${number}${addition}`,
    postalCode: generatePostalCode(random, city),
    city: city.name,
    countryCode: 'NL',
  };
}

function personName(random: SeededRandom): { first: string; last: string; full: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return { first, last, full: `${first} ${last}` };
}

function pickLegalForm(random: SeededRandom): LegalForm {
  return weightedPick(random, ['bv', 'vof', 'eenmanszaak'] as const, [50, 15, 35]);
}

/** Without a first name before it, a tussenvoegsel is written with a capital: "Van der Meer". */
function capitalise(surname: string): string {
  return surname.charAt(0).toUpperCase() + surname.slice(1);
}

function stripLegalForm(name: string): string {
  return name.replace(/\s+(B\.V\.|V\.O\.F\.)$/, '');
}

/** ASCII, lower-case, for e-mail local parts and domains. */
function slug(text: string, separator: '-' | '' = '-'): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/&/g, 'en')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(/^-+|-+$/g, '');
}
