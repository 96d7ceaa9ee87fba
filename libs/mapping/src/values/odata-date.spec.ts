import { parseODataDate, parseODataDay } from './odata-date.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseODataDate', () => {
  it.each([
    ['/Date(1382667906263)/', '2013-10-25T02:25:06.263Z'],
    ['/Date(1700000000000)/', '2023-11-14T22:13:20.000Z'],
    ['/Date(0)/', '1970-01-01T00:00:00.000Z'],
    ['/Date(-1)/', '1969-12-31T23:59:59.999Z'],
    ['/Date(-62135596800000)/', '0001-01-01T00:00:00.000Z'],
    ['\\/Date(1700000000000)\\/', '2023-11-14T22:13:20.000Z'],
    [' /Date(1700000000000)/ ', '2023-11-14T22:13:20.000Z'],
  ])('%p → %p', (raw, instant) => {
    expect(parseODataDate(raw, 'Modified')).toBe(instant);
  });

  it('treats the milliseconds as UTC even when an offset follows', () => {
    expect(parseODataDate('/Date(1700000000000+0100)/', 'Modified')).toBe('2023-11-14T22:13:20.000Z');
    expect(parseODataDate('/Date(1700000000000-0530)/', 'Modified')).toBe('2023-11-14T22:13:20.000Z');
  });

  it.each([
    '/Date()/',
    '/Date(abc)/',
    '/Date(1.5)/',
    '/Date(1700000000000+1)/',
    '/Date(1700000000000+01:00)/',
    '/Date(1700000000000+2400)/',
    '/Date(1700000000000+0160)/',
    'Date(1700000000000)',
    '/Date(1700000000000)',
    '/date(1700000000000)/',
    '/Date(99999999999999999)/',
    '/Date(8640000000000001)/',
    '/Date(253402300800000)/',
    '/Date(-62135596800001)/',
    '2023-11-14T22:13:20Z',
    '1700000000000',
    '',
  ])('rejects %p', (raw) => {
    expectMappingError(() => parseODataDate(raw, 'Modified'), 'Modified', raw);
  });

  it.each([null, undefined, 1700000000000, {}, new Date(0)])('rejects non-string %p', (raw) => {
    expectMappingError(() => parseODataDate(raw, 'Modified'), 'Modified', raw);
  });
});

describe('parseODataDay', () => {
  it('reads midnight UTC as that day (the form in every recorded fixture)', () => {
    expect(parseODataDay('/Date(1351209600000)/', 'DueDate')).toBe('2012-10-26');
    expect(parseODataDay('/Date(1723420800000)/', 'InvoiceDate')).toBe('2024-08-12');
    expect(parseODataDay('/Date(0)/', 'InvoiceDate')).toBe('1970-01-01');
    expect(parseODataDay('/Date(-86400000)/', 'InvoiceDate')).toBe('1969-12-31');
  });

  it('reads midnight Amsterdam time as the Amsterdam day, in winter and in summer', () => {
    // 2024-08-11T22:00Z is 2024-08-12 00:00 CEST
    expect(parseODataDay('/Date(1723413600000)/', 'DueDate')).toBe('2024-08-12');
    // 2026-01-14T23:00Z is 2026-01-15 00:00 CET
    expect(parseODataDay(`/Date(${Date.parse('2026-01-14T23:00:00Z')})/`, 'DueDate')).toBe('2026-01-15');
  });

  it('reads a day with an offset at local midnight', () => {
    expect(parseODataDay(`/Date(${Date.parse('2026-01-14T23:00:00Z')}+0100)/`, 'DueDate')).toBe('2026-01-15');
    expect(parseODataDay(`/Date(${Date.parse('2026-01-15T05:00:00Z')}-0500)/`, 'DueDate')).toBe('2026-01-15');
    expect(parseODataDay('/Date(1351209600000+0000)/', 'DueDate')).toBe('2012-10-26');
  });

  it.each([
    '/Date(1382667906263)/', // a Modified-style moment, not a day
    '/Date(1351209600001)/', // one millisecond past midnight UTC
    `/Date(${Date.parse('2026-01-14T22:00:00Z')})/`, // 23:00 in Amsterdam in winter
    `/Date(${Date.parse('2024-08-11T23:00:00Z')})/`, // 01:00 in Amsterdam in summer
    '/Date(1351209600000+0100)/', // midnight UTC, but the sender says its local time was 01:00
  ])('rejects a day field with a time of day: %p', (raw) => {
    const error = expectMappingError(() => parseODataDay(raw, 'DueDate'), 'DueDate', raw);
    expect(error.reason).toMatch(/time of day/);
  });

  it.each(['2024-08-12', '2024-08-12T00:00:00', '/Date(x)/', '', null, 1723420800000])('rejects %p', (raw) => {
    expectMappingError(() => parseODataDay(raw, 'DueDate'), 'DueDate', raw);
  });
});
