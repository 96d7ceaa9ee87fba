import { isIsoDate, parseIsoDate } from './dates.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseIsoDate', () => {
  it.each([
    ['2026-01-15', '2026-01-15'],
    [' 2026-01-15 ', '2026-01-15'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['0001-01-01', '0001-01-01'],
    ['9999-12-31', '9999-12-31'],
  ])('accepts the day %p', (raw, day) => {
    expect(parseIsoDate(raw, 'factuurDatum')).toBe(day);
  });

  it.each([
    ['2026-01-15T00:00:00', '2026-01-15'],
    ['2026-01-15T00:00:00.000', '2026-01-15'],
    ['2026-01-15T00:00:00.0000000', '2026-01-15'],
    ['2026-01-15 00:00:00', '2026-01-15'],
    ['2026-01-15T00:00', '2026-01-15'],
    ['2026-01-15t10:30:00', '2026-01-15'],
    ['2400-12-31T00:00:00', '2400-12-31'],
  ])('takes the date part of the date-time %p as written', (raw, day) => {
    expect(parseIsoDate(raw, 'factuurDatum')).toBe(day);
  });

  it('does not shift through a zone the platform appended', () => {
    expect(parseIsoDate('2026-01-15T00:00:00+01:00', 'date')).toBe('2026-01-15');
    expect(parseIsoDate('2026-01-14T23:00:00Z', 'date')).toBe('2026-01-14');
    expect(parseIsoDate('2026-01-15T00:00:00-0500', 'date')).toBe('2026-01-15');
  });

  it('reads a Date in UTC, the way a YYYY-MM-DD string makes it', () => {
    expect(parseIsoDate(new Date('2026-01-15'), 'date')).toBe('2026-01-15');
    expect(parseIsoDate(new Date('2026-01-15T23:59:59.999Z'), 'date')).toBe('2026-01-15');
    expect(parseIsoDate(new Date(Date.UTC(2024, 1, 29)), 'date')).toBe('2024-02-29');
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '0000-01-01',
    '2026-1-5',
    '26-01-15',
    '15-01-2026',
    '15/01/2026',
    '2026/01/15',
    '20260115',
    '+002026-01-15',
    '2026-01-15T',
    '2026-01-15T24:00:00',
    '2026-01-15T10:60:00',
    '2026-01-15T10:00:61',
    '2026-01-15T1:00',
    '2026-01-15garbage',
    '2026-01-15 extra',
    '/Date(1351209600000)/',
    '',
    '   ',
    'yesterday',
  ])('rejects %p', (raw) => {
    expectMappingError(() => parseIsoDate(raw, 'DueDate'), 'DueDate', raw);
  });

  it.each([null, undefined, 20260115, 1351209600000, true, {}, ['2026-01-15'], new Date('nonsense'), new Date(Date.UTC(10000, 0, 1))])(
    'rejects non-date %p',
    (raw) => {
      expectMappingError(() => parseIsoDate(raw, 'DueDate'), 'DueDate', raw);
    },
  );

  it('explains the failure', () => {
    expect(expectMappingError(() => parseIsoDate('2026-02-30', 'DueDate'), 'DueDate', '2026-02-30').reason).toBe('not a real calendar day');
    expect(expectMappingError(() => parseIsoDate(undefined, 'DueDate'), 'DueDate', undefined).reason).toBe('missing date');
  });
});

describe('isIsoDate', () => {
  it('accepts only exact, real YYYY-MM-DD strings', () => {
    expect(isIsoDate('2026-03-01')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-03-01T00:00:00')).toBe(false);
    expect(isIsoDate(' 2026-03-01')).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
