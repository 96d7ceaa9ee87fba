// The editable fields of schema `Relation` in wire order (§3.3), with the limits the notes give
// (§5.2: note 40,000 → REL_047, freeText1..10 100 → REL_037..046; code 15 and e-mail 150 per one
// client, their error code unknown → ERR_002).
import { freeTextTooLongCode, type EBoekhoudenErrorCode } from '../errors.js';
import type { RelationFields } from '../store/records.js';

export type RelationFieldName = keyof RelationFields;

export type RelationFieldSpec =
  | { name: RelationFieldName; kind: 'string'; maxLength?: number; tooLongCode?: EBoekhoudenErrorCode }
  | { name: RelationFieldName; kind: 'enum'; values: readonly string[] }
  | { name: RelationFieldName; kind: 'integer' }
  | { name: RelationFieldName; kind: 'boolean' };

const text = (name: RelationFieldName, maxLength?: number, tooLongCode?: EBoekhoudenErrorCode): RelationFieldSpec => ({
  name,
  kind: 'string',
  maxLength,
  tooLongCode,
});

const freeTexts = Array.from({ length: 10 }, (_, index) => text(`freeText${index + 1}` as RelationFieldName, 100, freeTextTooLongCode(index + 1)));

export const RELATION_FIELDS: readonly RelationFieldSpec[] = [
  { name: 'type', kind: 'enum', values: ['B', 'P'] },
  text('code', 15),
  text('name'),
  text('salutation'),
  text('contact'),
  { name: 'gender', kind: 'enum', values: ['m', 'v', 'a'] },
  text('address'),
  text('postalCode'),
  text('city'),
  text('country'),
  text('address2'),
  text('postalCode2'),
  text('city2'),
  text('country2'),
  text('phoneNumber'),
  text('mobilePhoneNumber'),
  text('faxNumber'),
  text('emailAddress', 150),
  text('emailAddressInvoice', 150),
  text('emailAddressReminder', 150),
  text('website'),
  text('note', 40_000, 'REL_047'),
  text('vatNumber'),
  { name: 'inactive', kind: 'boolean' },
  { name: 'termOfPayment', kind: 'integer' },
  text('companyRegistrationNumber'),
  text('iban'),
  text('bic'),
  ...freeTexts,
  { name: 'doNotReceiveNewsletters', kind: 'boolean' },
  { name: 'ledgerId', kind: 'integer' },
];
