// Feeds the recorded Exact Online payloads (../shared/platforms/fixtures/exact-online) through the
// value helpers: every OData date, every amount and the padded codes must parse, proving the
// helpers cope with what the platform really sends, not only with hand-written cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAmountToCents } from './money.js';
import { parseCountryCode } from './country.js';
import { parseCurrencyCode } from './currency.js';
import { parseEmail } from './email.js';
import { parseLanguage } from './language.js';
import { parseODataDate, parseODataDay } from './odata-date.js';
import { parseOptional } from './optional.js';
import { parsePhoneNumber } from './phone.js';
import { parsePostalCode } from './postal-code.js';
import { trimPadded } from './text.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'platforms', 'fixtures', 'exact-online');

interface Field {
  file: string;
  key: string;
  value: unknown;
  record: Record<string, unknown>;
}

/** Exact's bodies only: Nango recordings wrap them in `response`; their inputs and outputs are Nango's, not Exact's. */
function exactFields(): Field[] {
  const fields: Field[] = [];
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));
  for (const file of files) {
    // The .NET SDK fixtures start with a UTF-8 BOM (see the fixtures README).
    const payload: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8').replace(/^\uFEFF/, ''));
    const walk = (node: unknown, insideExactBody: boolean): void => {
      if (Array.isArray(node)) {
        node.forEach((item) => walk(item, insideExactBody));
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (insideExactBody) fields.push({ file, key, value, record });
        walk(value, insideExactBody || key === 'response');
      }
    };
    walk(payload, !file.includes('.nango-'));
  }
  return fields;
}

const fields = exactFields();
const where = (field: Field): string => `${field.file} ${field.key}=${JSON.stringify(field.value)}`;

describe('value helpers on recorded Exact Online payloads', () => {
  it('finds the fixtures', () => {
    expect(new Set(fields.map((field) => field.file)).size).toBeGreaterThanOrEqual(14);
  });

  it('parses every OData date as an instant', () => {
    const dates = fields.filter((field) => typeof field.value === 'string' && field.value.startsWith('/Date('));
    expect(dates.length).toBeGreaterThan(100);
    for (const field of dates) {
      expect({ at: where(field), instant: parseODataDate(field.value, field.key) }).toEqual({
        at: where(field),
        instant: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      });
    }
  });

  it('parses every day field (…Date, …Since) as the calendar day Exact meant', () => {
    const days = fields.filter(
      (field) => /(Date|Since)$/.test(field.key) && typeof field.value === 'string' && field.value.startsWith('/Date('),
    );
    expect(new Set(days.map((field) => field.key))).toEqual(
      new Set(['InvoiceDate', 'DueDate', 'OrderDate', 'StartDate', 'StatusSince', 'CustomerSince']),
    );
    for (const field of days) {
      const day = parseODataDay(field.value, field.key);
      // A day field at midnight UTC: the instant's date part is the day.
      expect({ at: where(field), day }).toEqual({ at: where(field), day: parseODataDate(field.value, field.key).slice(0, 10) });
    }
  });

  it('reads the days recorded in the 2013 and 2026 invoices', () => {
    const dueDates = new Set(fields.filter((field) => field.key === 'DueDate' && typeof field.value === 'string').map((field) => parseODataDay(field.value, 'DueDate')));
    expect(dueDates).toEqual(new Set(['2012-10-26', '2024-08-12', '2024-09-09']));
  });

  it('parses every amount to cents that agree with the recorded number', () => {
    const amounts = fields.filter((field) => /Amount|Price/.test(field.key) && field.value !== null);
    expect(amounts.length).toBeGreaterThan(100);
    for (const field of amounts) {
      const cents = parseAmountToCents(field.value, field.key);
      expect(Number.isSafeInteger(cents)).toBe(true);
      expect({ at: where(field), off: Math.abs(cents - (field.value as number) * 100) < 0.5 }).toEqual({ at: where(field), off: true });
    }
    const recorded = new Set(amounts.filter((field) => field.key === 'AmountDC').map((field) => parseAmountToCents(field.value, 'AmountDC')));
    expect(recorded).toContain(907500); // "AmountDC": 9075 (2013 invoice)
    expect(recorded).toContain(635250); // "AmountDC": 6352.5
    expect(recorded).toContain(1); // "AmountDC": 0.01 (2026 invoice list)
    expect(recorded).toContain(-1650); // "AmountDC": -16.5 (transaction line)
  });

  it('trims padded codes and reads countries, languages, currencies, e-mail, phone and postcodes', () => {
    const codes = fields.filter((field) => field.key === 'Code' && field.value !== null).map((field) => trimPadded(field.value, 'Code'));
    expect(codes).toEqual(expect.arrayContaining(['3', '8', '0000000', '0000005', '124132']));

    const byKey = (key: string): Field[] => fields.filter((field) => field.key === key);
    expect(new Set(byKey('Country').map((field) => parseCountryCode(field.value, 'Country')))).toEqual(new Set(['NL', 'FR']));
    expect(new Set(byKey('Language').map((field) => parseLanguage(field.value)))).toEqual(new Set(['nl', 'en']));
    expect(new Set(byKey('Currency').map((field) => parseOptional(field.value, 'Currency', parseCurrencyCode)))).toEqual(new Set(['EUR', null]));
    expect(byKey('Email').map((field) => parseOptional(field.value, 'Email', parseEmail))).toContain('customer@test.com');
    expect(byKey('Phone').map((field) => parseOptional(field.value, 'Phone', parsePhoneNumber))).toContain('0606060606');

    const postcodes = byKey('Postcode')
      .filter((field) => field.value !== null)
      .map((field) => parsePostalCode(field.value, 'Postcode', parseCountryCode(field.record.Country, 'Country')));
    expect(new Set(postcodes)).toEqual(new Set(['2831 AA', '3995']));
  });
});
