import { isIsoInstant, parseInstant } from './instant.js';
import { expectMappingError } from './testing/expect-mapping-error.js';

describe('parseInstant', () => {
  it.each([
    ['2026-05-03T09:14:22Z', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03T09:14:22.517Z', '2026-05-03T09:14:22.517Z'],
    ['2026-05-03T09:14:22.5Z', '2026-05-03T09:14:22.500Z'],
    ['2026-05-03T09:14:22.1234567Z', '2026-05-03T09:14:22.123Z'],
    ['2026-05-03T09:14:22.9999999Z', '2026-05-03T09:14:22.999Z'],
    ['2026-05-03T09:14:22,5Z', '2026-05-03T09:14:22.500Z'],
    ['2026-05-03t09:14:22z', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03 09:14:22Z', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03T09:14Z', '2026-05-03T09:14:00.000Z'],
    ['2026-05-03T11:14:22+02:00', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03T11:14:22+0200', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03T11:14:22+02', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03T04:14:22-05:00', '2026-05-03T09:14:22.000Z'],
    ['2026-05-03T09:44:22+00:30', '2026-05-03T09:14:22.000Z'],
    ['2026-01-01T00:30:00+01:00', '2025-12-31T23:30:00.000Z'],
    ['2024-02-29T23:00:00-01:00', '2024-03-01T00:00:00.000Z'],
    ['  2026-05-03T09:14:22Z  ', '2026-05-03T09:14:22.000Z'],
  ])('%p → %p', (raw, instant) => {
    expect(parseInstant(raw, 'Modified')).toBe(instant);
  });

  it('ignores assumeZone when the string has its own offset', () => {
    expect(parseInstant('2026-05-03T09:14:22Z', 'Modified', { assumeZone: 'Europe/Amsterdam' })).toBe('2026-05-03T09:14:22.000Z');
  });

  it('rejects a time without a zone unless a zone is agreed', () => {
    const error = expectMappingError(() => parseInstant('2026-05-03T09:14:22.517', 'modifiedOn'), 'modifiedOn', '2026-05-03T09:14:22.517');
    expect(error.reason).toMatch(/no time zone/);
  });

  describe('SnelStart-style local times read as Europe/Amsterdam', () => {
    const amsterdam = { assumeZone: 'Europe/Amsterdam' } as const;

    it('converts winter (CET, +1) and summer (CEST, +2) times', () => {
      expect(parseInstant('2026-01-15T10:00:00', 'modifiedOn', amsterdam)).toBe('2026-01-15T09:00:00.000Z');
      expect(parseInstant('2026-05-03T09:14:22.517', 'modifiedOn', amsterdam)).toBe('2026-05-03T07:14:22.517Z');
      expect(parseInstant('2026-01-01T00:30:00', 'modifiedOn', amsterdam)).toBe('2025-12-31T23:30:00.000Z');
    });

    it('is DST-correct around the changes', () => {
      expect(parseInstant('2026-03-29T01:59:59', 'modifiedOn', amsterdam)).toBe('2026-03-29T00:59:59.000Z');
      expect(parseInstant('2026-03-29T03:00:00', 'modifiedOn', amsterdam)).toBe('2026-03-29T01:00:00.000Z');
      // 02:30 does not exist that night: read as 03:30 summer time
      expect(parseInstant('2026-03-29T02:30:00', 'modifiedOn', amsterdam)).toBe('2026-03-29T01:30:00.000Z');
      // 02:30 happens twice in October: the first (summer-time) one
      expect(parseInstant('2026-10-25T02:30:00', 'modifiedOn', amsterdam)).toBe('2026-10-25T00:30:00.000Z');
      expect(parseInstant('2026-10-25T03:30:00', 'modifiedOn', amsterdam)).toBe('2026-10-25T02:30:00.000Z');
    });

    it('reads a local time as UTC when told so', () => {
      expect(parseInstant('2026-05-03T09:14:22.517', 'ServerTime', { assumeZone: 'UTC' })).toBe('2026-05-03T09:14:22.517Z');
    });
  });

  it('takes a Date as the instant it is', () => {
    expect(parseInstant(new Date(1_700_000_000_000), 'Modified')).toBe('2023-11-14T22:13:20.000Z');
  });

  it.each([
    '2026-05-03',
    '2026-05-03T',
    '2026-05-03T09',
    '2026-05-03T9:14:22Z',
    '2026-05-03T24:00:00Z',
    '2026-05-03T23:60:00Z',
    '2026-05-03T23:59:60Z',
    '2026-02-30T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-05-03T09:14:22+19:00',
    '2026-05-03T09:14:22+01:60',
    '2026-05-03T09:14:22+1',
    '2026-05-03T09:14:22 CET',
    '2026-05-03T09:14:22 Europe/Amsterdam',
    '2026-05-03T09:14:22ZZ',
    '2026-05-03T09:14:22.Z',
    '03-05-2026 09:14',
    '/Date(1700000000000)/',
    '1700000000000',
    '',
    'now',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:30:00+01:00',
    '9999-12-31T23:30:00-01:00',
  ])('rejects %p', (raw) => {
    expectMappingError(() => parseInstant(raw, 'Modified', { assumeZone: 'UTC' }), 'Modified', raw);
  });

  it.each([null, undefined, 1_700_000_000_000, true, {}, new Date('nonsense')])('rejects non-date-time %p', (raw) => {
    expectMappingError(() => parseInstant(raw, 'Modified'), 'Modified', raw);
  });
});

describe('isIsoInstant', () => {
  it('accepts only the canonical UTC form of a real moment', () => {
    expect(isIsoInstant('2026-05-03T09:14:22.517Z')).toBe(true);
    expect(isIsoInstant(parseInstant('2026-05-03T11:14:22+02:00', 'x'))).toBe(true);
    expect(isIsoInstant('2026-05-03T09:14:22Z')).toBe(false);
    expect(isIsoInstant('2026-05-03T09:14:22.517+00:00')).toBe(false);
    expect(isIsoInstant('2026-02-30T09:14:22.517Z')).toBe(false);
    expect(isIsoInstant('2026-05-03T24:00:00.000Z')).toBe(false);
    expect(isIsoInstant('2026-05-03')).toBe(false);
    expect(isIsoInstant(new Date())).toBe(false);
  });
});
