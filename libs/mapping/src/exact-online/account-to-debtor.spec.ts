import { type CanonicalDebtor } from '../model/canonical.js';
import { type MappingError } from '../model/mapping-error.js';
import { accountToDebtor } from './account-to-debtor.js';
import { type SourceContext } from './context.js';
import { isCustomerAccount } from './customer-account.js';
import { parseEnvelope } from './envelope.js';
import { fixtureJson, nangoResponse } from './testing/fixtures.js';

const context: SourceContext = { administrationId: 'adm-1' };

function rowsOf(body: unknown): Array<Record<string, unknown>> {
  const page = parseEnvelope(body);
  if (!page.ok) throw page.error;
  return page.record.rows as Array<Record<string, unknown>>;
}

function debtor(raw: unknown, ctx: SourceContext = context): { record: CanonicalDebtor; dropped: MappingError[] } {
  const result = accountToDebtor(raw, ctx);
  if (!result.ok) throw result.error;
  return result;
}

function failure(raw: unknown): MappingError {
  const result = accountToDebtor(raw, context);
  if (result.ok) throw new Error('expected the account to be rejected');
  return result.error;
}

const accounts2013 = rowsOf(fixtureJson('crm-accounts.d-results.exact-dotnet-sdk-2013.json'));
const accounts2026 = rowsOf(nangoResponse('crm-accounts.select-list.nango-2026.json', 'get', '/api/v1/124132/crm/Accounts'));
const [single2026] = rowsOf(
  nangoResponse('crm-account.single.nango-2026.json', 'get', "/api/v1/124132/crm/Accounts(guid'a58c29d9-ef92-40f1-b817-31b36990898c')"),
);

/** A Dutch customer with everything filled, built on the full 2026 account shape. */
function dutchCustomer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...single2026,
    Code: '                42',
    Name: 'Bakkerij  de Vries',
    Email: 'facturen@bakkerijdevries.nl; jan@bakkerijdevries.nl',
    Phone: '030 - 123 45 67',
    AddressLine1: 'Oudegracht 1',
    AddressLine2: '2e verdieping',
    AddressLine3: 't.a.v. administratie',
    Postcode: '3511ab',
    City: 'Utrecht',
    Country: 'NL ',
    Language: 'NL        ',
    ChamberOfCommerce: '12345678',
    VATNumber: 'NL123456782B01',
    PaymentConditionSales: '30',
    PaymentConditionSalesDescription: '30 dagen',
    ...overrides,
  };
}

describe('accountToDebtor on the recorded 2013 accounts (Exact .NET SDK)', () => {
  it('maps Albex with its padded code, visit address, padded country and language, and Modified', () => {
    const { record, dropped } = debtor(accounts2013[0]);
    expect(dropped).toEqual([]);
    expect(record).toEqual({
      source: { platform: 'exact-online', administrationId: 'adm-1', externalId: '71b961de-b9f3-49fe-883d-0f46c7e0e89b' },
      code: '8',
      name: 'Albex Winkelinrichting B.V.',
      kind: 'business', // "B.V." in the name
      emails: [],
      phone: null,
      // The postcode "3995" is incomplete but kept: it is address text, not a key.
      address: { line1: 'Voorveste 9', line2: null, postalCode: '3995', city: 'Houten', countryCode: 'NL' },
      chamberOfCommerce: null,
      vatNumber: null,
      iban: null, // BankAccounts is __deferred
      language: 'nl',
      paymentTermDays: null,
      active: true,
      // /Date(1382667872203)/ reads 02:24:32.203 "UTC": Amsterdam wall-clock (CEST) time.
      platformModifiedAt: '2013-10-25T00:24:32.203Z',
    });
  });

  it('collapses the double space in "Groothandel  sportfietsen" and puts the postcode in its Dutch form', () => {
    const { record } = debtor(accounts2013[1]);
    expect(record.name).toBe('Groothandel sportfietsen');
    expect(record.address).toEqual({ line1: 'Postbus 9', line2: null, postalCode: '2831 AA', city: 'Gouderak', countryCode: 'NL' });
    expect(record.kind).toBe('consumer'); // no evidence either way: the default
    expect(debtor(accounts2013[1], { ...context, defaultDebtorKind: 'business' }).record.kind).toBe('business');
  });

  it('gives the same debtor from the SDK-cleaned bare array (BankAccounts null instead of __deferred)', () => {
    const cleaned = fixtureJson('crm-accounts.sdk-cleaned-bare-array.exact-dotnet-sdk-2013.json') as unknown[];
    expect(cleaned.map((raw) => debtor(raw).record)).toEqual(accounts2013.map((raw) => debtor(raw).record));
  });

  it('recognises both as suppliers, not customers', () => {
    expect(accounts2013.map(isCustomerAccount)).toEqual([false, false]);
  });
});

describe('accountToDebtor on the recorded 2026 accounts (Nango, French division)', () => {
  it('maps every row of the $select list, which lacks most fields', () => {
    const debtors = accounts2026.map((raw) => debtor(raw).record);
    expect(debtors.map((d) => [d.code, d.name, d.emails])).toEqual([
      ['0000001', 'Exact Software France', []],
      ['0000000', 'Administration TVA', []],
      ['0000003', 'Test Customer 2', ['customer@test.com']],
      ['0000004', 'Delete Test Customer 1', []],
      ['0000005', 'Delete Test Customer 2', []],
      ['0000002', 'Foobar2 Updated', []],
    ]);
    // Only the padded "FR " country: an address of just a country, no active flag to read.
    expect(debtors.every((d) => d.address?.countryCode === 'FR' && d.address.line1 === null && d.active)).toBe(true);
  });

  it('picks the five Status "C" accounts as customers, though all of them are IsPurchase too', () => {
    expect(accounts2026.filter(isCustomerAccount).map((raw) => raw.Name)).toEqual([
      'Administration TVA',
      'Test Customer 2',
      'Delete Test Customer 1',
      'Delete Test Customer 2',
      'Foobar2 Updated',
    ]);
  });

  it('maps the full 167-property account and reads Modified as the wall-clock time it is', () => {
    const { record, dropped } = debtor(single2026);
    expect(dropped).toEqual([]);
    expect(record).toMatchObject({
      source: { externalId: 'a58c29d9-ef92-40f1-b817-31b36990898c' },
      code: '0000002',
      language: 'nl', // Language null
      // /Date(1782404038673)/ = 16:13:58 CEST; the GET that returned it ran at 14:14:03 GMT.
      platformModifiedAt: '2026-06-25T14:13:58.673Z',
    });
    expect(debtor(single2026, { ...context, instantZone: 'UTC' }).record.platformModifiedAt).toBe('2026-06-25T16:13:58.673Z');
  });
});

describe('accountToDebtor on a filled-in Dutch customer', () => {
  it('normalises every detail', () => {
    const { record, dropped } = debtor(dutchCustomer());
    expect(dropped).toEqual([]);
    expect(record).toMatchObject({
      code: '42',
      name: 'Bakkerij de Vries',
      kind: 'business',
      emails: ['facturen@bakkerijdevries.nl', 'jan@bakkerijdevries.nl'],
      phone: '0301234567',
      address: { line1: 'Oudegracht 1', line2: '2e verdieping, t.a.v. administratie', postalCode: '3511 AB', city: 'Utrecht', countryCode: 'NL' },
      chamberOfCommerce: '12345678',
      vatNumber: 'NL123456782B01',
      language: 'nl',
      paymentTermDays: 30,
    });
  });

  it('reads the IBAN of the main bank account when BankAccounts is expanded', () => {
    const BankAccounts = {
      results: [
        { IBAN: 'DE89370400440532013000', Main: false },
        { IBAN: 'NL91 ABNA 0417 1643 00', Main: true },
      ],
    };
    expect(debtor(dutchCustomer({ BankAccounts })).record.iban).toBe('NL91ABNA0417164300');
    // Older rows only have BankAccount; an invalid main IBAN is dropped and the next one used.
    const fallback = { results: [{ IBAN: 'NL00ABNA0417164300', Main: true }, { BankAccount: 'NL91ABNA0417164300', Main: false }] };
    const { record, dropped } = debtor(dutchCustomer({ BankAccounts: fallback }));
    expect(record.iban).toBe('NL91ABNA0417164300');
    expect(dropped.map((error) => error.field)).toEqual(['BankAccounts.IBAN']);
  });

  it('drops an invalid VAT number, KvK, phone and country to null, keeps them in dropped, and still maps', () => {
    const { record, dropped } = debtor(
      dutchCustomer({ VATNumber: 'NL123456789B01', ChamberOfCommerce: '123456789012', Phone: 'bellen na 17u', Country: 'XX ' }),
    );
    expect(record).toMatchObject({ vatNumber: null, chamberOfCommerce: null, phone: null, address: { countryCode: null, postalCode: '3511AB' } });
    expect(dropped.map((error) => [error.field, error.rawValue])).toEqual([
      ['ChamberOfCommerce', '123456789012'],
      ['VATNumber', 'NL123456789B01'],
      ['Phone', 'bellen na 17u'],
      ['Country', 'XX '],
    ]);
    // Invalid numbers are no evidence of a business; "Bakkerij" is no legal form.
    expect(record.kind).toBe('consumer');
  });

  it('keeps the good e-mail addresses and reports the bad ones', () => {
    const { record, dropped } = debtor(dutchCustomer({ Email: 'jan@@bakkerij.nl, facturen@bakkerijdevries.nl' }));
    expect(record.emails).toEqual(['facturen@bakkerijdevries.nl']);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ field: 'Email', rawValue: 'jan@@bakkerij.nl, facturen@bakkerijdevries.nl' });
  });

  it('reads the kind from KvK, VAT number, RSIN and BSN', () => {
    const bare = { ChamberOfCommerce: null, VATNumber: null, RSIN: null, BSN: null, Name: 'J. de Vries' };
    expect(debtor(dutchCustomer(bare)).record.kind).toBe('consumer');
    expect(debtor(dutchCustomer(bare), { ...context, defaultDebtorKind: 'business' }).record.kind).toBe('business');
    expect(debtor(dutchCustomer({ ...bare, RSIN: '123456782' })).record.kind).toBe('business');
    expect(debtor(dutchCustomer({ ...bare, BSN: '111222333' }), { ...context, defaultDebtorKind: 'business' }).record.kind).toBe('consumer');
    // A sole trader: BSN and KvK number. Registered, so acting as a business.
    expect(debtor(dutchCustomer({ ...bare, BSN: '111222333', ChamberOfCommerce: '12345678' })).record.kind).toBe('business');
  });

  it('never keeps the BSN itself', () => {
    expect(JSON.stringify(debtor(dutchCustomer({ BSN: '111222333' })).record)).not.toContain('111222333');
  });

  it('is inactive when Blocked', () => {
    expect(debtor(dutchCustomer({ Blocked: true })).record.active).toBe(false);
    expect(debtor(dutchCustomer({ Blocked: undefined })).record.active).toBe(true);
  });

  it('takes the payment term from the connector table, else the description', () => {
    const table = { ...context, paymentConditionDays: { A1: 45 } };
    expect(debtor(dutchCustomer({ PaymentConditionSales: 'A1 ', PaymentConditionSalesDescription: 'Speciaal' }), table).record.paymentTermDays).toBe(45);
    expect(debtor(dutchCustomer({ PaymentConditionSales: '00', PaymentConditionSalesDescription: 'Contant' })).record.paymentTermDays).toBe(0);
    expect(debtor(dutchCustomer({ PaymentConditionSales: 'A1', PaymentConditionSalesDescription: null })).record.paymentTermDays).toBeNull();
  });

  it('reads English from a padded language code and lower-cases an upper-case ID', () => {
    const { record } = debtor(dutchCustomer({ Language: 'EN        ', ID: 'A58C29D9-EF92-40F1-B817-31B36990898C' }));
    expect(record.language).toBe('en');
    expect(record.source.externalId).toBe('a58c29d9-ef92-40f1-b817-31b36990898c');
  });
});

describe('accountToDebtor on malformed rows', () => {
  it.each([
    ['a missing ID', { ID: undefined }, 'ID', undefined],
    ['a non-guid ID', { ID: 'ACC-42' }, 'ID', 'ACC-42'],
    ['the empty guid', { ID: '00000000-0000-0000-0000-000000000000' }, 'ID', '00000000-0000-0000-0000-000000000000'],
    ['a numeric ID', { ID: 42 }, 'ID', 42],
    ['a missing Name', { Name: null }, 'Name', null],
    ['a blank Name', { Name: '   ' }, 'Name', '   '],
    ['Name as a number', { Name: 42 }, 'Name', 42],
    ['/Date(garbage)/ in Modified', { Modified: '/Date(garbage)/' }, 'Modified', '/Date(garbage)/'],
    ['Modified as epoch number', { Modified: 1782404038673 }, 'Modified', 1782404038673],
    ['Blocked as text', { Blocked: 'false' }, 'Blocked', 'false'],
    ['Email as a number', { Email: 42 }, 'Email', 42],
    ['VATNumber as an object', { VATNumber: { value: 'NL123456782B01' } }, 'VATNumber', { value: 'NL123456782B01' }],
    ['Postcode as a number', { Postcode: 3511 }, 'Postcode', 3511],
    ['Code as a fraction', { Code: 4.5 }, 'Code', 4.5],
  ])('fails on %s, naming the field', (_case, overrides, field, raw) => {
    const error = failure(dutchCustomer(overrides));
    expect(error.field).toBe(field);
    expect(error.rawValue).toEqual(raw);
  });

  it.each([null, 'ACC-42', [single2026], 42])('fails on a row that is not an object (%p)', (raw) => {
    expect(failure(raw).field).toBe('crm/Accounts');
  });

  it('says nothing is a customer when it is not an account row', () => {
    expect([null, 'C', [], { Status: 'C ' }, { IsSales: 'true' }].map(isCustomerAccount)).toEqual([false, false, false, true, false]);
  });
});
