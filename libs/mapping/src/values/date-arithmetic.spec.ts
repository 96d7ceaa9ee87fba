import { addDays, compareDates, dayOfWeek, diffDays, isWeekend, todayIn } from './date-arithmetic.js';

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-15', 0)).toBe('2026-01-15');
    expect(addDays('2026-01-15', 365)).toBe('2027-01-15');
  });

  it('is not fooled by daylight-saving changes (14 days stays 14 days)', () => {
    expect(addDays('2026-03-20', 14)).toBe('2026-04-03');
    expect(addDays('2026-10-20', 14)).toBe('2026-11-03');
    expect(diffDays('2026-03-28', '2026-03-30')).toBe(2);
    expect(diffDays('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('counts days between dates, signed', () => {
    expect(diffDays('2026-01-01', '2026-01-31')).toBe(30);
    expect(diffDays('2026-01-31', '2026-01-01')).toBe(-30);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
    expect(diffDays('2026-05-05', '2026-05-05')).toBe(0);
    expect(diffDays('1969-12-31', '1970-01-01')).toBe(1);
  });

  it('compares and sorts', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual(['2025-12-31', '2026-01-15', '2026-03-01']);
  });

  it('names weekdays the ISO way (Monday 1 ... Sunday 7)', () => {
    expect(dayOfWeek('2026-03-02')).toBe(1); // Monday
    expect(dayOfWeek('2026-03-06')).toBe(5);
    expect(dayOfWeek('2026-03-07')).toBe(6);
    expect(dayOfWeek('2026-03-08')).toBe(7);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-29')).toBe(1);
    expect(dayOfWeek('0001-01-01')).toBe(1);
    expect([isWeekend('2026-03-06'), isWeekend('2026-03-07'), isWeekend('2026-03-08'), isWeekend('2026-03-09')]).toEqual([false, true, true, false]);
  });

  it('refuses values that are not IsoDates', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01T00:00:00', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => diffDays('2026-01-01', '')).toThrow(RangeError);
    expect(() => compareDates('x', '2026-01-01')).toThrow(RangeError);
    expect(() => dayOfWeek('2026-1-1')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it('gives the Amsterdam day, which runs ahead of UTC in the evening', () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(todayIn('Europe/Amsterdam', new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(todayIn('UTC', new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-15');
  });

  it('follows summer time', () => {
    expect(todayIn('Europe/Amsterdam', new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(todayIn('Europe/Amsterdam', new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    expect(todayIn('Europe/Amsterdam', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('refuses an invalid clock', () => {
    expect(() => todayIn('UTC', new Date('nonsense'))).toThrow(RangeError);
  });
});
