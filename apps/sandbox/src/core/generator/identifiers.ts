// Dutch identifiers that pass the checks a real package (and the hub's mapping) applies:
// IBAN mod-97, BTW-id elfproef (RSIN-based, B.V./V.O.F.) or mod-97 (sole traders since 2020).
import type { SeededRandom } from '../contracts.js';
import { BANK_WEIGHTS, BANKS, type CityInfo } from './words.js';

// No String()/Number() in here: templates and char codes keep the hot path off Jest's slow
// global lookups (see random.ts).

const POSTAL_LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** PostNL does not hand out these letter pairs. */
const UNUSED_POSTAL_PAIRS = new Set(['SA', 'SD', 'SS']);

export function generateIban(random: SeededRandom): string {
  const bank = weightedPick(random, BANKS, BANK_WEIGHTS);
  const account = generateElevenProofDigits(random, 10);
  return `NL${ibanCheckDigits('NL', bank + account)}${bank}${account}`;
}

export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (compact.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) return false;
  return mod97(lettersToDigits(compact.slice(4) + compact.slice(0, 4))) === 1;
}

/** Business: RSIN-like number passing the elfproef + "B01". Sole trader: a random-looking mod-97 number. */
export function generateVatNumber(random: SeededRandom, kind: 'elfproef' | 'mod97'): string {
  if (kind === 'elfproef') return `NL${generateVatElevenProofDigits(random)}B0${random.int(1, 3)}`;
  const digits = `${random.int(0, 999_999_999)}`.padStart(9, '0');
  const base = mod97(lettersToDigits(`NL${digits}B`)) * 100;
  // Appending two digits multiplies by 100; the suffix that makes the whole number ≡ 1 (mod 97).
  let suffix = (((1 - base) % 97) + 97) % 97;
  if (suffix === 0) suffix = 97;
  return `NL${digits}B${`${suffix}`.padStart(2, '0')}`;
}

export function isValidDutchVatNumber(vat: string): boolean {
  const match = /^NL(\d{9})B(\d{2})$/.exec(vat);
  if (!match) return false;
  return passesVatElevenProof(match[1] ?? '') || mod97(lettersToDigits(vat)) === 1;
}

export function generateKvkNumber(random: SeededRandom): string {
  return `${random.int(10_000_000, 99_999_999)}`;
}

export function generatePostalCode(random: SeededRandom, city: CityInfo): string {
  const digits = random.int(city.postalFrom, city.postalTo);
  let letters: string;
  do letters = random.pick(POSTAL_LETTERS) + random.pick(POSTAL_LETTERS);
  while (UNUSED_POSTAL_PAIRS.has(letters));
  return `${digits} ${letters}`;
}

export function generateLandline(random: SeededRandom, city: CityInfo): string {
  const subscriberLength = 9 - city.areaCode.length;
  const subscriber = `${random.int(2, 9)}${digitString(random, subscriberLength - 1)}`;
  return `0${city.areaCode} ${subscriber.slice(0, 3)} ${subscriber.slice(3)}`;
}

export function generateMobile(random: SeededRandom): string {
  const digits = `${random.int(1, 6)}${digitString(random, 7)}`;
  return `06 ${digits.slice(0, 4)} ${digits.slice(4)}`;
}

export function weightedPick<T>(random: SeededRandom, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = random.next() * total;
  for (let i = 0; i < items.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

function ibanCheckDigits(country: string, bban: string): string {
  return `${98 - mod97(lettersToDigits(`${bban}${country}00`))}`.padStart(2, '0');
}

/** Old Dutch bank-account elfproef: weights n..1, sum divisible by 11. */
function generateElevenProofDigits(random: SeededRandom, length: number): string {
  for (;;) {
    const digits = digitString(random, length - 1);
    let sum = 0;
    for (let i = 0; i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * (length - i);
    const last = (11 - (sum % 11)) % 11;
    if (last < 10) return `${digits}${last}`;
  }
}

/** BTW/RSIN elfproef: weights 9..2 on the first eight digits, remainder mod 11 is the ninth. */
function generateVatElevenProofDigits(random: SeededRandom): string {
  for (;;) {
    const first = `${random.int(1, 9)}${digitString(random, 7)}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (first.charCodeAt(i) - 48) * (9 - i);
    const check = sum % 11;
    if (check < 10) return `${first}${check}`;
  }
}

function passesVatElevenProof(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const check = sum % 11;
  return check < 10 && check === Number(digits[8]);
}

function digitString(random: SeededRandom, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += `${random.int(0, 9)}`;
  return out;
}

function lettersToDigits(value: string): string {
  return value.replace(/[A-Z]/g, (letter) => `${letter.charCodeAt(0) - 55}`);
}

/** Remainder of a long digit string modulo 97, digit by digit so it never leaves safe integers. */
function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) remainder = (remainder * 10 + digits.charCodeAt(i) - 48) % 97;
  return remainder;
}
