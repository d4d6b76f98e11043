import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allDaysCalendar } from './calendar.js';
import { daysInMonth, isLeapYear, toDayNumber, toIsoDay } from './days.js';

describe('toDayNumber / toIsoDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2023-10-15', 19645],
    ['2024-02-29', 19782],
    ['2100-03-01', 47541],
    ['1900-03-01', -25508],
  ])('%s is day %i', (iso, day) => {
    expect(toDayNumber(iso)).toBe(day);
    expect(toIsoDay(day)).toBe(iso);
  });

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2023-02-30', 'February never has 30 days'],
    ['2023-04-31', 'April has 30 days'],
    ['2023-13-01', 'month 13'],
    ['2023-00-10', 'month 0'],
    ['2023-01-00', 'day 0'],
    ['2023-1-05', 'one-digit month'],
    ['23-01-05', 'two-digit year'],
    ['2023-01-05T00:00', 'a time'],
    [' 2023-01-05', 'leading space'],
    ['', 'empty'],
  ])('rejects %s (%s)', (iso) => {
    expect(() => toDayNumber(iso)).toThrow(RangeError);
  });

  it('agrees with Date.UTC for every day in 1600-2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (d) => {
        const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
        expect(toIsoDay(d)).toBe(iso);
        expect(toDayNumber(iso)).toBe(d);
      }),
    );
  });
});

describe('leap years', () => {
  it.each([
    [2000, true],
    [2024, true],
    [1900, false],
    [2100, false],
    [2023, false],
  ])('%i leap = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });
});

describe('allDaysCalendar', () => {
  it('counts every day', () => {
    const d = toDayNumber('2023-12-30');
    expect(toIsoDay(allDaysCalendar.addDays(d, 3))).toBe('2024-01-02');
    expect(allDaysCalendar.delta(d, toDayNumber('2024-01-02'))).toBe(3);
    expect(allDaysCalendar.duration(d, d)).toBe(1);
    expect(allDaysCalendar.soonestWorkingDay(d)).toBe(d);
  });
});
