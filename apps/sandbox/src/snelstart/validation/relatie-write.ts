// `PUT /relaties/{id}` with a `RelatieWriteModel` (notes §6 row 2): the body replaces the whole
// relatie. There is no PATCH, ETag or If-Match, so a field left out is cleared (strings to null,
// numbers to 0, flags to false) and the last writer wins. Read-only parts (`extraVeldenKlant`,
// `documents`, `modifiedOn`, `fax`) are ignored; extra velden change only through /customFields.
import { landById } from '../store/reference-data.js';
import { EMAIL_SETTINGS, type Address, type Aanmaningsoort, type EmailSetting, type EmailSettingName, type IncassoSoort, type Relatie } from '../store/types.js';
import { validationError, type ValidationError } from '../wire/errors.js';
import type { ErrorCode } from '../wire/error-codes.js';
import type { ModelBinder } from './model-binder.js';
import { isValidIban } from './iban.js';

export interface RelatieWrite {
  id: string | null;
  relatiesoort: string[];
  relatiecode: number | null;
  naam: string | null;
  vestigingsAdres: Address;
  correspondentieAdres: Address;
  telefoon: string | null;
  mobieleTelefoon: string | null;
  email: string | null;
  btwNummer: string | null;
  factuurkorting: number;
  krediettermijn: number;
  bankieren: boolean;
  nonactief: boolean;
  kredietLimietCents: number;
  memo: string | null;
  kvkNummer: string | null;
  oin: string | null;
  websiteUrl: string | null;
  aanmaningsoort: Aanmaningsoort | null;
  emailSettings: Record<EmailSettingName, EmailSetting>;
  ublBestandAlsBijlage: boolean;
  iban: string | null;
  bic: string | null;
  incassoSoort: IncassoSoort;
  factuurRelatieId: string | null;
}

const EMAIL = /^[^\s@;]+@[^\s@;]+\.[^\s@;]+$/;

/** Model binding; returns null (and fills `binder.modelState`) when a value does not convert. */
export function bindRelatieWrite(body: Record<string, unknown>, binder: ModelBinder): RelatieWrite | null {
  const address = (key: string): Address => {
    const source = binder.object(body, key) ?? {};
    const land = binder.object(source, 'land', `${key}.land`);
    return {
      contactpersoon: binder.string(source, 'contactpersoon', `${key}.contactpersoon`),
      straat: binder.string(source, 'straat', `${key}.straat`),
      postcode: binder.string(source, 'postcode', `${key}.postcode`),
      plaats: binder.string(source, 'plaats', `${key}.plaats`),
      landId: land ? binder.guid(land, 'id', `${key}.land.id`) : null,
    };
  };
  const emailSettings = {} as Record<EmailSettingName, EmailSetting>;
  for (const name of EMAIL_SETTINGS) {
    const source = binder.object(body, name) ?? {};
    emailSettings[name] = {
      shouldSend: binder.boolean(source, 'shouldSend', `${name}.shouldSend`) ?? false,
      email: binder.string(source, 'email', `${name}.email`),
      ccEmail: binder.string(source, 'ccEmail', `${name}.ccEmail`),
    };
  }
  const factuurRelatie = binder.object(body, 'factuurRelatie');
  const write: RelatieWrite = {
    id: binder.guid(body, 'id'),
    relatiesoort: binder.stringArray(body, 'relatiesoort') ?? [],
    relatiecode: binder.integer(body, 'relatiecode'),
    naam: binder.string(body, 'naam', 'naam', 50),
    vestigingsAdres: address('vestigingsAdres'),
    correspondentieAdres: address('correspondentieAdres'),
    telefoon: binder.string(body, 'telefoon'),
    mobieleTelefoon: binder.string(body, 'mobieleTelefoon'),
    email: binder.string(body, 'email'),
    btwNummer: binder.string(body, 'btwNummer'),
    factuurkorting: binder.double(body, 'factuurkorting') ?? 0,
    krediettermijn: binder.integer(body, 'krediettermijn') ?? 0,
    bankieren: binder.boolean(body, 'bankieren') ?? false,
    nonactief: binder.boolean(body, 'nonactief') ?? false,
    kredietLimietCents: Math.round((binder.double(body, 'kredietLimiet') ?? 0) * 100),
    memo: binder.string(body, 'memo'),
    kvkNummer: binder.string(body, 'kvkNummer', 'kvkNummer', 12),
    oin: binder.string(body, 'oin', 'oin', 20),
    websiteUrl: binder.string(body, 'websiteUrl', 'websiteUrl', 100),
    aanmaningsoort: binder.enumeration(body, 'aanmaningsoort', ['Nee', 'Onderneming', 'Consument'] as const, 'SnelStart.B2B.Api.V2.Models.Relaties.AanmaningsoortModel'),
    emailSettings,
    ublBestandAlsBijlage: binder.boolean(body, 'ublBestandAlsBijlage') ?? false,
    iban: binder.string(body, 'iban', 'iban', 50),
    bic: binder.string(body, 'bic', 'bic', 15),
    incassoSoort: binder.enumeration(body, 'incassoSoort', ['Geen', 'Core', 'B2B'] as const, 'SnelStart.B2B.Api.V2.Models.Relaties.IncassosoortModel') ?? 'Geen',
    factuurRelatieId: factuurRelatie ? binder.guid(factuurRelatie, 'id', 'factuurRelatie.id') : null,
  };
  return binder.valid ? write : null;
}

export interface RelatieWriteContext {
  urlId: string;
  current: Relatie;
  /** The relatie holding a relatiecode, if any. */
  relatieIdWithCode(code: number): string | undefined;
  relatieExists(id: string): boolean;
}

/** SnelStart's own rules (REL-xxxx, notes §2.3); every broken rule is reported at once. */
export function validateRelatieWrite(write: RelatieWrite, context: RelatieWriteContext): ValidationError[] {
  const errors: ErrorCode[] = [];
  if (write.id !== null && write.id !== context.urlId) errors.push('REL-0047');
  if (!sameMembers(write.relatiesoort, context.current.relatiesoort)) errors.push('REL-0064');
  if (write.naam === null || write.naam.trim() === '') errors.push('REL-0007');
  if (write.krediettermijn < -365 || write.krediettermijn > 1000) errors.push('REL-0003');
  if (write.kvkNummer !== null && write.kvkNummer !== '' && !/^\d{8}$/.test(write.kvkNummer)) errors.push('REL-0006');
  if (write.iban !== null && write.iban !== '' && !isValidIban(write.iban)) errors.push('REL-0011');
  if (write.email !== null && write.email.length > 250) errors.push('REL-0085');
  else if (write.email !== null && write.email !== '' && !emailList(write.email)) errors.push('REL-0084');
  const dunning = write.emailSettings.aanmaningEmailVersturen;
  if (dunning.shouldSend && (dunning.email ?? '').trim() === '') errors.push('REL-0029');
  if (write.factuurRelatieId !== null && !context.relatieExists(write.factuurRelatieId)) errors.push('REL-0017');
  if (write.vestigingsAdres.landId !== null && !landById(write.vestigingsAdres.landId)) errors.push('REL-0056');
  const holder = write.relatiecode === null ? undefined : context.relatieIdWithCode(write.relatiecode);
  if (holder !== undefined && holder !== context.urlId) errors.push('REL-0008');
  return errors.map(validationError);
}

export function applyRelatieWrite(relatie: Relatie, write: RelatieWrite): void {
  // A missing or zero relatiecode keeps the number (❓ .NET would bind 0; SnelStart never shows 0).
  if (write.relatiecode !== null && write.relatiecode !== 0) relatie.relatiecode = write.relatiecode;
  relatie.naam = write.naam ?? '';
  relatie.vestigingsAdres = write.vestigingsAdres;
  relatie.correspondentieAdres = write.correspondentieAdres;
  relatie.telefoon = write.telefoon;
  relatie.mobieleTelefoon = write.mobieleTelefoon;
  relatie.email = write.email;
  relatie.btwNummer = write.btwNummer;
  relatie.factuurkorting = write.factuurkorting;
  relatie.krediettermijn = write.krediettermijn;
  relatie.bankieren = write.bankieren;
  relatie.nonactief = write.nonactief;
  relatie.kredietLimietCents = write.kredietLimietCents;
  relatie.memo = write.memo;
  relatie.kvkNummer = write.kvkNummer;
  relatie.oin = write.oin;
  relatie.websiteUrl = write.websiteUrl;
  relatie.aanmaningsoort = write.aanmaningsoort;
  relatie.emailSettings = write.emailSettings;
  relatie.ublBestandAlsBijlage = write.ublBestandAlsBijlage;
  relatie.iban = write.iban;
  relatie.bic = write.bic;
  relatie.incassoSoort = write.incassoSoort;
  relatie.factuurRelatieId = write.factuurRelatieId;
}

function emailList(value: string): boolean {
  return value.split(';').every((address) => EMAIL.test(address.trim()));
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const normalise = (list: readonly string[]) => [...new Set(list.map((item) => item.toLowerCase()))].sort().join('|');
  return normalise(a) === normalise(b);
}
