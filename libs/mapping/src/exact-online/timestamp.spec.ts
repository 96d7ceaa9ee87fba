import { compareTimestamps, maxTimestamp, pageCursor, readTimestamp } from './timestamp.js';

function read(raw: unknown): string {
  const result = readTimestamp(raw);
  if (!result.ok) throw result.error;
  return result.record;
}

function failedField(raw: unknown): string {
  const result = readTimestamp(raw);
  if (result.ok) throw new Error('expected the timestamp to be rejected');
  return result.error.field;
}

describe('readTimestamp', () => {
  it('keeps an Int64 string exactly, also beyond 2^53', () => {
    expect(read({ Timestamp: '9007199254740993' })).toBe('9007199254740993');
    expect(read({ Timestamp: '123456789012345678' })).toBe('123456789012345678');
  });

  it('normalises leading zeros and accepts a safe JSON number', () => {
    expect(read({ Timestamp: '000104582' })).toBe('104582');
    expect(read({ Timestamp: 104582 })).toBe('104582');
  });

  it.each([
    ['missing', {}, 'Timestamp'],
    ['null', { Timestamp: null }, 'Timestamp'],
    ['a rounded JSON number', { Timestamp: 2 ** 53 + 2 }, 'Timestamp'],
    ['negative', { Timestamp: '-5' }, 'Timestamp'],
    ['an OData literal', { Timestamp: '123L' }, 'Timestamp'],
    ['a date', { Timestamp: '/Date(1782404038673)/' }, 'Timestamp'],
    ['a boolean', { Timestamp: true }, 'Timestamp'],
    ['not a row', 'Timestamp', 'sync row'],
  ])('rejects a Timestamp that is %s', (_case, raw, field) => {
    expect(failedField(raw)).toBe(field);
  });
});

describe('comparing timestamps', () => {
  it('orders numerically, not as text', () => {
    expect(compareTimestamps('9', '10')).toBe(-1);
    expect(compareTimestamps('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareTimestamps('42', '42')).toBe(0);
  });

  it('finds the highest, or null for none', () => {
    expect(maxTimestamp(['9', '100', '10'])).toBe('100');
    expect(maxTimestamp([])).toBeNull();
  });

  it('makes a page cursor of every readable Timestamp, skipping unreadable ones', () => {
    expect(pageCursor([{ Timestamp: '9' }, { Timestamp: 'x' }, null, { Timestamp: '12' }])).toBe('12');
    expect(pageCursor([{ ID: 'no timestamp' }])).toBeNull();
  });
});
