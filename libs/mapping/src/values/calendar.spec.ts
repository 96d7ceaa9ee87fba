import { calendarDayOf, calendarDayOfIsoDate, daysInMonth, epochDayOf, formatCalendarDay, isCalendarDay, isLeapYear } from './calendar.js';

describe('calendar arithmetic', () => {
  it('knows the leap-year rule', () => {
    expect([2024, 2000, 1600, 4].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 1900, 2100, 1].map(isLeapYear)).toEqual([false, false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('numbers days from 1970-01-01', () => {
    expect(epochDayOf({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(epochDayOf({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(epochDayOf({ year: 2012, month: 10, day: 26 })).toBe(1351209600000 / 86_400_000);
    expect(epochDayOf({ year: 1, month: 1, day: 1 })).toBe(-719_162);
  });

  it('agrees with Date.UTC and round-trips every day of 1900-2100', () => {
    const mismatches: number[] = [];
    for (let epochDay = -25_567; epochDay <= 47_482; epochDay += 1) {
      const day = calendarDayOf(epochDay);
      const viaDate = new Date(epochDay * 86_400_000);
      const agrees =
        day.year === viaDate.getUTCFullYear() && day.month === viaDate.getUTCMonth() + 1 && day.day === viaDate.getUTCDate();
      if (!agrees || epochDayOf(day) !== epochDay) mismatches.push(epochDay);
    }
    expect(mismatches).toEqual([]);
  });

  it('round-trips the ends of the four-digit range', () => {
    for (const day of [{ year: 1, month: 1, day: 1 }, { year: 99, month: 12, day: 31 }, { year: 9999, month: 12, day: 31 }]) {
      expect(calendarDayOf(epochDayOf(day))).toEqual(day);
    }
  });

  it('validates calendar days', () => {
    expect(isCalendarDay({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isCalendarDay({ year: 2026, month: 2, day: 29 })).toBe(false);
    expect(isCalendarDay({ year: 2026, month: 2, day: 30 })).toBe(false);
    expect(isCalendarDay({ year: 2026, month: 13, day: 1 })).toBe(false);
    expect(isCalendarDay({ year: 2026, month: 0, day: 1 })).toBe(false);
    expect(isCalendarDay({ year: 2026, month: 1, day: 0 })).toBe(false);
    expect(isCalendarDay({ year: 0, month: 1, day: 1 })).toBe(false);
    expect(isCalendarDay({ year: 10000, month: 1, day: 1 })).toBe(false);
    expect(isCalendarDay({ year: 2026, month: 1.5, day: 1 })).toBe(false);
  });

  it('formats with zero padding and reads IsoDate strings back', () => {
    expect(formatCalendarDay({ year: 7, month: 3, day: 9 })).toBe('0007-03-09');
    expect(calendarDayOfIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(() => calendarDayOfIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => calendarDayOfIsoDate('2026-3-9')).toThrow(RangeError);
    expect(() => calendarDayOfIsoDate('2026-03-09T00:00:00')).toThrow(RangeError);
  });
});
