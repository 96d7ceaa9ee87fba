import { parseExactInstant, readDay, readGuid, readIntegerText } from './fields.js';
import { nangoRecordings } from './testing/fixtures.js';
import { expectMappingError } from '../values/testing/expect-mapping-error.js';

describe('parseExactInstant', () => {
  it('reads Modified as Amsterdam wall-clock time: the recorded POST at 14:31:00 GMT came back as 16:31:00 "UTC"', () => {
    const [post] = nangoRecordings('salesinvoice.post-then-get-expand.nango-2026.json', 'post', '/api/v1/124132/salesinvoice/SalesInvoices');
    const modified = (post.response as { d: { Modified: string } }).d.Modified;
    expect(modified).toBe('/Date(1782405060240)/');
    expect(post.headers.date).toBe('Thu, 25 Jun 2026 14:31:00 GMT');
    expect(parseExactInstant(modified, 'Modified', 'Europe/Amsterdam')).toBe('2026-06-25T14:31:00.240Z');
    expect(parseExactInstant(modified, 'Modified', 'UTC')).toBe('2026-06-25T16:31:00.240Z');
  });

  it('subtracts one hour in winter time', () => {
    expect(parseExactInstant(`/Date(${Date.parse('2026-01-15T10:00:00Z')})/`, 'Modified', 'Europe/Amsterdam')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('takes milliseconds with an explicit offset as UTC, as the format defines', () => {
    expect(parseExactInstant(`/Date(${Date.parse('2026-01-15T10:00:00Z')}+0100)/`, 'Modified', 'Europe/Amsterdam')).toBe('2026-01-15T10:00:00.000Z');
  });

  it('names the field for garbage', () => {
    expectMappingError(() => parseExactInstant('/Date(garbage)/', 'Modified', 'Europe/Amsterdam'), 'Modified', '/Date(garbage)/');
  });
});

describe('readDay', () => {
  it('reads a day, and an empty one as null', () => {
    expect(readDay({ DueDate: `/Date(${Date.parse('2026-03-15T00:00:00Z')})/` }, 'DueDate')).toBe('2026-03-15');
    expect(readDay({ DueDate: null }, 'DueDate')).toBeNull();
  });

  it('refuses .NET DateTime.MinValue, so the record is quarantined instead of dunned as 2,000 years overdue', () => {
    expectMappingError(() => readDay({ DueDate: '/Date(-62135596800000)/' }, 'DueDate'), 'DueDate', '/Date(-62135596800000)/');
  });
});

describe('readGuid and readIntegerText', () => {
  it('lower-cases guids and rejects what is not one', () => {
    expect(readGuid({ ID: ' 71B961DE-B9F3-49FE-883D-0F46C7E0E89B ' }, 'ID')).toBe('71b961de-b9f3-49fe-883d-0f46c7e0e89b');
    expectMappingError(() => readGuid({ ID: "guid'71b961de-b9f3-49fe-883d-0f46c7e0e89b'" }, 'ID'), 'ID', "guid'71b961de-b9f3-49fe-883d-0f46c7e0e89b'");
  });

  it('reads Int32 numbers and Int64 strings as text', () => {
    expect(readIntegerText({ InvoiceNumber: 24700001 }, 'InvoiceNumber')).toBe('24700001');
    expect(readIntegerText({ HID: '1' }, 'HID')).toBe('1');
    expect(readIntegerText({ HID: null }, 'HID')).toBeNull();
    expectMappingError(() => readIntegerText({ InvoiceNumber: 2470.5 }, 'InvoiceNumber'), 'InvoiceNumber', 2470.5);
    expectMappingError(() => readIntegerText({ InvoiceNumber: 'F-2026-001' }, 'InvoiceNumber'), 'InvoiceNumber', 'F-2026-001');
  });
});
