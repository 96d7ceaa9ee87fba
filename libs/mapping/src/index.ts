// Public surface of @hub/mapping: the canonical model, value helpers and platform mappers.
export * from './model/canonical.js';
export * from './model/mapping-error.js';

// Value helpers: raw platform values → canonical values (pure; MappingError on bad input).
export { parseOptional, type ValueParser } from './values/optional.js';
export { parseAmountToCents, type AmountParseOptions } from './values/money.js';
export { addCents, assertCents, isCents, negateCents, subtractCents, sumCents } from './values/cents.js';
export { allocateProportionally } from './values/allocate.js';
export { isCurrencyCode, parseCurrencyCode } from './values/currency.js';
export { formatCents } from './values/money-format.js';
export { isIsoDate, parseIsoDate } from './values/dates.js';
export { addDays, compareDates, dayOfWeek, diffDays, isWeekend, todayIn, type DayOfWeek } from './values/date-arithmetic.js';
export { TIME_ZONES, type TimeZone, type WallClock, wallClockIn, wallTimeToEpochMs } from './values/time-zone.js';
export { isIsoInstant, parseInstant, type InstantParseOptions } from './values/instant.js';
export { parseODataDate, parseODataDay } from './values/odata-date.js';
export { formatIban, isValidIban, parseIban } from './values/iban.js';
export { isValidDutchVat, parseVatNumber } from './values/vat.js';
export { parseKvkNumber, parseRsin } from './values/kvk.js';
export { isValidEmail, parseEmail } from './values/email.js';
export { parseEmailList, parseEmailListLenient, type EmailListResult } from './values/email-list.js';
export { optionalText, requiredText, trimPadded } from './values/text.js';
export { languageForCountry, parseLanguage } from './values/language.js';
export { parseCountryCode } from './values/country.js';
export { parseDutchPostalCode, parsePostalCode } from './values/postal-code.js';
export { parsePhoneNumber } from './values/phone.js';

// Platform mappers, one namespace each (their helpers share generic names).
export * as exactOnline from './exact-online/index.js';
export * as snelstart from './snelstart/index.js';
