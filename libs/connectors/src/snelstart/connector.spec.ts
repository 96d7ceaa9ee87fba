import { snelStartConnector } from './testing/connector-kit.js';
import { laterStamp, modifiedOnCursorOf, naiveMinus } from './sync/cursor.js';

describe('createSnelStartConnector', () => {
  it('declares what SnelStart supports (§4.6: modifiedOn everywhere, no tombstones; §5: no webhooks)', () => {
    const { connector } = snelStartConnector();

    expect(connector.platform).toBe('snelstart');
    expect(connector.capabilities).toEqual({
      webhooks: false,
      tombstones: false,
      incremental: { debtors: true, invoices: true, payments: true },
      reconciliation: true,
      writeBack: { 'dunning-note': true, 'dunning-document': true, payment: false },
      hubPairsCreditNotes: true,
    });
  });

  it('refuses a negative overlap', () => {
    expect(() => snelStartConnector({ overlapMs: -1 })).toThrow(/overlapMs/);
  });
});

describe('SnelStart modifiedOn cursor', () => {
  it('shifts naive stamps across midnight and compares them as times', () => {
    expect(naiveMinus('2026-05-01T00:02:00', 5 * 60_000)).toBe('2026-04-30T23:57:00.000');
    expect(naiveMinus('2026-05-01T10:00:00.1234567', 0)).toBe('2026-05-01T10:00:00.123');
    expect(laterStamp('2026-05-01T10:00:22.5', '2026-05-01T10:00:22.517')).toBe('2026-05-01T10:00:22.517');
    expect(laterStamp('2026-05-01T10:00:22.5', null)).toBe('2026-05-01T10:00:22.5');
  });

  it('reads what it stores and refuses anything else', () => {
    expect(modifiedOnCursorOf(null)).toEqual({ modifiedOn: null, since: null, skip: 0 });
    expect(modifiedOnCursorOf({ modifiedOn: '2026-05-01T10:00:00', since: null, skip: 500 })).toEqual({ modifiedOn: '2026-05-01T10:00:00', since: null, skip: 500 });
    expect(() => modifiedOnCursorOf({ modifiedOn: '2026-05-01', skip: 0 })).toThrow(/not a SnelStart/);
    expect(() => modifiedOnCursorOf({ modifiedOn: null, skip: -1 })).toThrow(/not a SnelStart/);
    expect(() => modifiedOnCursorOf([1])).toThrow(/not a SnelStart/);
  });
});
