// Calendar dates as integer day numbers (days since 1970-01-01, proleptic Gregorian, no time zone).
// The scheduling engine adds and compares millions of dates; integers keep that free of Date objects
// and time-zone surprises.

/** Days since 1970-01-01 (day 0). Negative before 1970. */
export type DayNumber = number;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined) throw new RangeError(`Month ${month} is outside 1-12`);
  return days;
}

/**
 * Day number of a civil date. Howard Hinnant's days_from_civil: exact for every
 * proleptic Gregorian date, no Date object, no time zone.
 */
export function dayNumberFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0, so the leap day is the last day of the "year"
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Inverse of dayNumberFromCivil (Hinnant's civil_from_days). */
export function civilFromDayNumber(d: DayNumber): CivilDate {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when year/month/day name a real calendar day (rejects 2023-02-30, month 13, day 0). */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parses a strict `YYYY-MM-DD` day. Throws RangeError on anything else, including 2023-02-30. */
export function toDayNumber(iso: string): DayNumber {
  const m = ISO_DAY.exec(iso);
  if (m === null) throw new RangeError(`"${iso}" is not a day in the form YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidCivilDate(year, month, day)) throw new RangeError(`"${iso}" is not a real calendar day`);
  return dayNumberFromCivil(year, month, day);
}

/** The days a date can be written for (years 1–9999): what lies outside is reported, not formatted. */
export const FIRST_WRITABLE_DAY: DayNumber = dayNumberFromCivil(1, 1, 1);
export const LAST_WRITABLE_DAY: DayNumber = dayNumberFromCivil(9999, 12, 31);
export const isWritableDay = (d: DayNumber): boolean => d >= FIRST_WRITABLE_DAY && d <= LAST_WRITABLE_DAY;

/** Formats a day number as `YYYY-MM-DD` (years 0-9999). */
export function toIsoDay(d: DayNumber): string {
  if (!Number.isInteger(d)) throw new RangeError(`Day number ${d} is not an integer`);
  const { year, month, day } = civilFromDayNumber(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
