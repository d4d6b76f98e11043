// Portfolio dates are coarse ("Q3 2021", "2023 – 2025", "i løpet av 2029"). A PrecisionDate keeps the
// text the planner wrote together with the concrete first and last day of that period, so the engine
// computes on days and reports back in the planner's own precision.

import {
  civilFromDayNumber,
  type DayNumber,
  dayNumberFromCivil,
  daysInMonth,
  isValidCivilDate,
} from './days.js';

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year';

export type DateLocale = 'nb' | 'en';

export interface PrecisionDate {
  /** Canonical text: `2023-10-15`, `2023-10`, `2023-Q1`, `2022-H2` or `2029`. */
  readonly text: string;
  readonly precision: Precision;
  /** First day of the period. */
  readonly first: DayNumber;
  /** Last day of the period (inclusive). */
  readonly last: DayNumber;
}

export interface Period {
  readonly start: PrecisionDate;
  readonly end: PrecisionDate;
}

const ACCEPTED_FORMS =
  '2023-10-15 (day), 2023-10 (month), 2023-Q1 (quarter), 2022-H2 (half-year), 2029 (year); ' +
  'also "Q1 2023", "H2 2022", "1. kv. 2023", "2. halvår 2022", "oktober 2023", "15. oktober 2023", ' +
  '"October 2023", "15 October 2023", "i løpet av 2029"';

/** A date text that is not one of the accepted forms, or names a day that does not exist. */
export class DateParseError extends Error {
  override readonly name = 'DateParseError';
  constructor(
    readonly text: string,
    readonly reason?: string,
  ) {
    super(
      `Cannot parse date "${text}"${reason === undefined ? '' : ` (${reason})`}. Accepted forms: ${ACCEPTED_FORMS}`,
    );
  }
}

/** A period whose end lies before its start. */
export class InvalidPeriodError extends Error {
  override readonly name = 'InvalidPeriodError';
  constructor(
    readonly start: string,
    readonly end: string,
  ) {
    super(`Period "${start}" – "${end}" ends before it starts`);
  }
}

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Month name (either locale, any case) → 1-12. */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTHS_NB.map((name, i) => [name, i + 1] as const),
  ...MONTHS_EN.map((name, i) => [name.toLowerCase(), i + 1] as const),
]);

// ---------------------------------------------------------------------------------------------
// Construction from numbers. These are the only places that compute first/last days.

export function dayDate(year: number, month: number, day: number): PrecisionDate {
  const d = dayNumberFromCivil(year, month, day);
  return { text: `${pad4(year)}-${pad2(month)}-${pad2(day)}`, precision: 'day', first: d, last: d };
}

export function monthDate(year: number, month: number): PrecisionDate {
  return {
    text: `${pad4(year)}-${pad2(month)}`,
    precision: 'month',
    first: dayNumberFromCivil(year, month, 1),
    last: dayNumberFromCivil(year, month, daysInMonth(year, month)),
  };
}

export function quarterDate(year: number, quarter: number): PrecisionDate {
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    text: `${pad4(year)}-Q${quarter}`,
    precision: 'quarter',
    first: dayNumberFromCivil(year, firstMonth, 1),
    last: dayNumberFromCivil(year, firstMonth + 2, daysInMonth(year, firstMonth + 2)),
  };
}

export function halfDate(year: number, half: number): PrecisionDate {
  const firstMonth = half === 1 ? 1 : 7;
  return {
    text: `${pad4(year)}-H${half}`,
    precision: 'half',
    first: dayNumberFromCivil(year, firstMonth, 1),
    last: dayNumberFromCivil(year, firstMonth + 5, daysInMonth(year, firstMonth + 5)),
  };
}

export function yearDate(year: number): PrecisionDate {
  return {
    text: pad4(year),
    precision: 'year',
    first: dayNumberFromCivil(year, 1, 1),
    last: dayNumberFromCivil(year, 12, 31),
  };
}

// ---------------------------------------------------------------------------------------------
// Parsing. Canonical forms first; the human forms (both locales) are accepted so that
// parsePrecisionDate(formatPrecisionDate(d, locale)) round-trips and seed data can be pasted as written.

type Parser = (m: RegExpExecArray) => PrecisionDate;

const PARSERS: ReadonlyArray<readonly [RegExp, Parser]> = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => day(m[1], m[2], m[3])],
  [/^(\d{4})-(\d{2})$/, (m) => month(m[1], m[2])],
  [/^(\d{4})-q(\d)$/i, (m) => quarter(m[1], m[2])],
  [/^(\d{4})-h(\d)$/i, (m) => half(m[1], m[2])],
  [/^(\d{4})$/, (m) => yearDate(Number(m[1]))],
  [/^q(\d)\s+(\d{4})$/i, (m) => quarter(m[2], m[1])],
  [/^h(\d)\s+(\d{4})$/i, (m) => half(m[2], m[1])],
  [/^(\d)\.\s*kv(?:artal)?\.?\s+(\d{4})$/i, (m) => quarter(m[2], m[1])],
  [/^(\d)\.\s*halvår\s+(\d{4})$/i, (m) => half(m[2], m[1])],
  [/^(?:i\s+løpet\s+av|i|in|during)\s+(\d{4})$/i, (m) => yearDate(Number(m[1]))],
  [/^(\p{L}+)\s+(\d{4})$/u, (m) => month(m[2], monthNumber(m[1]))],
  [/^(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})$/u, (m) => day(m[3], monthNumber(m[2]), m[1])],
];

// The same few thousand texts (the days, months and quarters of a portfolio's years) are parsed over and
// over: per item when a plan is compiled, per date field when a roadmap is answered. The values are
// immutable, so a bounded memo of the parsed ones is safe to share; failures are not kept.
const PARSED = new Map<string, PrecisionDate>();
const PARSED_LIMIT = 50_000;

/** Parses a date in any accepted form into its canonical PrecisionDate. Throws DateParseError. */
export function parsePrecisionDate(text: string): PrecisionDate {
  const known = PARSED.get(text);
  if (known !== undefined) return known;
  const parsed = parseUncached(text);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): PrecisionDate {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, parse] of PARSERS) {
    const m = pattern.exec(trimmed);
    if (m === null) continue;
    try {
      return parse(m);
    } catch (e) {
      if (e instanceof PartError) throw new DateParseError(text, e.message);
      throw e;
    }
  }
  throw new DateParseError(text);
}

/** Like parsePrecisionDate, but returns null instead of throwing. */
export function tryParsePrecisionDate(text: string): PrecisionDate | null {
  try {
    return parsePrecisionDate(text);
  } catch (e) {
    if (e instanceof DateParseError) return null;
    throw e;
  }
}

/** A part of a matched date is out of range; turned into a DateParseError naming the whole text. */
class PartError extends Error {}

function day(y: string | undefined, mo: string | number | undefined, d: string | undefined): PrecisionDate {
  const year = Number(y);
  const m = Number(mo);
  const dd = Number(d);
  if (!isValidCivilDate(year, m, dd)) {
    throw new PartError(
      m >= 1 && m <= 12 ? `${year}-${pad2(m)} has no day ${dd}` : `month ${m} does not exist`,
    );
  }
  return dayDate(year, m, dd);
}

function month(y: string | undefined, mo: string | number | undefined): PrecisionDate {
  const m = Number(mo);
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new PartError(`month ${mo} does not exist`);
  return monthDate(Number(y), m);
}

function quarter(y: string | undefined, q: string | undefined): PrecisionDate {
  const n = Number(q);
  if (n < 1 || n > 4) throw new PartError(`quarter ${q} does not exist`);
  return quarterDate(Number(y), n);
}

function half(y: string | undefined, h: string | undefined): PrecisionDate {
  const n = Number(h);
  if (n !== 1 && n !== 2) throw new PartError(`half-year ${h} does not exist`);
  return halfDate(Number(y), n);
}

function monthNumber(name: string | undefined): number {
  const n = MONTH_BY_NAME.get((name ?? '').toLowerCase());
  if (n === undefined) throw new PartError(`"${name}" is not a month name`);
  return n;
}

// ---------------------------------------------------------------------------------------------

/** The period of the given precision that contains `d` (2022-02-10 in quarter precision → 2022-Q1). */
export function precisionDateContaining(d: DayNumber, precision: Precision): PrecisionDate {
  const c = civilFromDayNumber(d);
  switch (precision) {
    case 'day':
      return dayDate(c.year, c.month, c.day);
    case 'month':
      return monthDate(c.year, c.month);
    case 'quarter':
      return quarterDate(c.year, Math.floor((c.month - 1) / 3) + 1);
    case 'half':
      return halfDate(c.year, c.month <= 6 ? 1 : 2);
    case 'year':
      return yearDate(c.year);
  }
}

/** Human form: nb `15. oktober 2023`, `oktober 2023`, `1. kv. 2023`, `2. halvår 2022`, `2029`; en `15 October 2023`, `October 2023`, `Q1 2023`, `H2 2022`, `2029`. */
export function formatPrecisionDate(d: PrecisionDate, locale: DateLocale): string {
  const c = civilFromDayNumber(d.first);
  const year = pad4(c.year);
  switch (d.precision) {
    case 'day':
      return locale === 'nb'
        ? `${c.day}. ${MONTHS_NB[c.month - 1]} ${year}`
        : `${c.day} ${MONTHS_EN[c.month - 1]} ${year}`;
    case 'month':
      return `${(locale === 'nb' ? MONTHS_NB : MONTHS_EN)[c.month - 1]} ${year}`;
    case 'quarter': {
      const q = Math.floor((c.month - 1) / 3) + 1;
      return locale === 'nb' ? `${q}. kv. ${year}` : `Q${q} ${year}`;
    }
    case 'half': {
      const h = c.month <= 6 ? 1 : 2;
      return locale === 'nb' ? `${h}. halvår ${year}` : `H${h} ${year}`;
    }
    case 'year':
      return year;
  }
}

/** A period from two date texts ("2023", "2025" → 2023-01-01 … 2025-12-31). Throws DateParseError or InvalidPeriodError. */
export function parsePeriod(start: string, end: string): Period {
  const s = parsePrecisionDate(start);
  const e = parsePrecisionDate(end);
  if (e.last < s.first) throw new InvalidPeriodError(start, end);
  return { start: s, end: e };
}

/**
 * A period written as one text: "2023 – 2025", "2023-Q3 - 2024-Q1", "2023–2025". A single date is a
 * period that starts and ends within it ("2029" → 2029 … 2029).
 */
export function parsePeriodText(text: string): Period {
  const parts = text.trim().split(/\s*[–—]\s*|\s+-\s+|(?<=^\d{4})-(?=\d{4}$)/);
  if (parts.length === 1) return parsePeriod(text, text);
  const [start, end] = parts;
  if (parts.length !== 2 || start === undefined || end === undefined)
    throw new DateParseError(text, 'not a period');
  return parsePeriod(start, end);
}

/** `2023 – 2025`; a period inside one date text is written once (`2029`). */
export function formatPeriod(p: Period, locale: DateLocale): string {
  const start = formatPrecisionDate(p.start, locale);
  if (p.start.text === p.end.text) return start;
  return `${start} – ${formatPrecisionDate(p.end, locale)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
