import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDay } from './days.js';
import {
  DateParseError,
  formatPeriod,
  formatPrecisionDate,
  InvalidPeriodError,
  type Precision,
  parsePeriod,
  parsePeriodText,
  parsePrecisionDate,
  precisionDateContaining,
  tryParsePrecisionDate,
} from './precisionDate.js';

describe('parsePrecisionDate: canonical forms', () => {
  it.each<[string, Precision, string, string]>([
    ['2023-10-15', 'day', '2023-10-15', '2023-10-15'],
    ['2023-10', 'month', '2023-10-01', '2023-10-31'],
    ['2023-02', 'month', '2023-02-01', '2023-02-28'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2023-Q1', 'quarter', '2023-01-01', '2023-03-31'],
    ['2023-Q2', 'quarter', '2023-04-01', '2023-06-30'],
    ['2021-Q3', 'quarter', '2021-07-01', '2021-09-30'],
    ['2023-Q4', 'quarter', '2023-10-01', '2023-12-31'],
    ['2022-H1', 'half', '2022-01-01', '2022-06-30'],
    ['2022-H2', 'half', '2022-07-01', '2022-12-31'],
    ['2029', 'year', '2029-01-01', '2029-12-31'],
    ['2024', 'year', '2024-01-01', '2024-12-31'],
  ])('%s is a %s from %s to %s', (text, precision, first, last) => {
    const d = parsePrecisionDate(text);
    expect(d).toEqual({ text, precision, first: toDayNumber(first), last: toDayNumber(last) });
  });
});

describe('parsePrecisionDate: human forms normalise to canonical text', () => {
  it.each([
    ['2023-q1', '2023-Q1'],
    ['Q3 2021', '2021-Q3'],
    ['H2 2022', '2022-H2'],
    ['1. kv. 2023', '2023-Q1'],
    ['3. kvartal 2021', '2021-Q3'],
    ['2. halvår 2022', '2022-H2'],
    ['i løpet av 2029', '2029'],
    ['I løpet av  2029', '2029'],
    ['in 2029', '2029'],
    ['oktober 2023', '2023-10'],
    ['October 2023', '2023-10'],
    ['15. oktober 2023', '2023-10-15'],
    ['15 October 2023', '2023-10-15'],
    ['1. mai 2024', '2024-05-01'],
    ['  2023-10-15 ', '2023-10-15'],
  ])('%s → %s', (text, canonical) => {
    expect(parsePrecisionDate(text).text).toBe(canonical);
  });
});

describe('parsePrecisionDate: invalid input', () => {
  it.each([
    ['2023-02-30', 'has no day 30'],
    ['2023-02-29', 'has no day 29'],
    ['1900-02-29', 'has no day 29'],
    ['2023-13', 'month 13'],
    ['2023-00', 'month 0'],
    ['2023-Q5', 'quarter 5'],
    ['2023-Q0', 'quarter 0'],
    ['2023-H3', 'half-year 3'],
    ['30. februar 2023', 'has no day 30'],
    ['smarch 2023', 'not a month name'],
    ['', undefined],
    ['soon', undefined],
    ['23', undefined],
    ['2023-10-15-01', undefined],
    ['2023/10/15', undefined],
  ])('rejects "%s"', (text, reason) => {
    expect(() => parsePrecisionDate(text)).toThrow(DateParseError);
    expect(tryParsePrecisionDate(text)).toBeNull();
    try {
      parsePrecisionDate(text);
    } catch (e) {
      const err = e as DateParseError;
      expect(err.text).toBe(text);
      expect(err.message).toContain(`"${text}"`);
      expect(err.message).toContain('2023-Q1 (quarter)');
      if (reason !== undefined) expect(err.message).toContain(reason);
    }
  });

  it('accepts the leap day in a leap year', () => {
    expect(tryParsePrecisionDate('2024-02-29')?.precision).toBe('day');
    expect(tryParsePrecisionDate('2000-02-29')?.precision).toBe('day');
  });
});

describe('precisionDateContaining', () => {
  it.each<[string, Precision, string]>([
    ['2022-02-10', 'day', '2022-02-10'],
    ['2022-02-10', 'month', '2022-02'],
    ['2022-02-10', 'quarter', '2022-Q1'],
    ['2022-03-31', 'quarter', '2022-Q1'],
    ['2022-04-01', 'quarter', '2022-Q2'],
    ['2022-06-30', 'half', '2022-H1'],
    ['2022-07-01', 'half', '2022-H2'],
    ['2022-12-31', 'year', '2022'],
    ['2024-02-29', 'month', '2024-02'],
  ])('%s in %s precision is %s', (iso, precision, text) => {
    const d = precisionDateContaining(toDayNumber(iso), precision);
    expect(d).toEqual(parsePrecisionDate(text));
    expect(d.first <= toDayNumber(iso) && toDayNumber(iso) <= d.last).toBe(true);
  });
});

describe('formatPrecisionDate', () => {
  it.each([
    ['2023-10-15', '15. oktober 2023', '15 October 2023'],
    ['2023-01-01', '1. januar 2023', '1 January 2023'],
    ['2023-10', 'oktober 2023', 'October 2023'],
    ['2023-05', 'mai 2023', 'May 2023'],
    ['2023-Q1', '1. kv. 2023', 'Q1 2023'],
    ['2021-Q3', '3. kv. 2021', 'Q3 2021'],
    ['2022-H2', '2. halvår 2022', 'H2 2022'],
    ['2029', '2029', '2029'],
  ])('%s → nb "%s", en "%s"', (text, nb, en) => {
    const d = parsePrecisionDate(text);
    expect(formatPrecisionDate(d, 'nb')).toBe(nb);
    expect(formatPrecisionDate(d, 'en')).toBe(en);
    expect(parsePrecisionDate(nb)).toEqual(d);
    expect(parsePrecisionDate(en)).toEqual(d);
  });
});

describe('periods', () => {
  it.each([
    ['2023', '2025', '2023-01-01', '2025-12-31', '2023 – 2025', '2023 – 2025'],
    ['2021-Q3', '2022-Q1', '2021-07-01', '2022-03-31', '3. kv. 2021 – 1. kv. 2022', 'Q3 2021 – Q1 2022'],
    ['2029', '2029', '2029-01-01', '2029-12-31', '2029', '2029'],
    ['2023-10-15', '2023-10-15', '2023-10-15', '2023-10-15', '15. oktober 2023', '15 October 2023'],
  ])('%s … %s', (start, end, first, last, nb, en) => {
    const p = parsePeriod(start, end);
    expect(toIsoDay(p.start.first)).toBe(first);
    expect(toIsoDay(p.end.last)).toBe(last);
    expect(formatPeriod(p, 'nb')).toBe(nb);
    expect(formatPeriod(p, 'en')).toBe(en);
  });

  it.each([
    ['2023 – 2025', '2023', '2025'],
    ['2023–2025', '2023', '2025'],
    ['2023-2025', '2023', '2025'],
    ['2023-Q3 - 2024-Q1', '2023-Q3', '2024-Q1'],
    ['Q3 2021 – Q1 2022', '2021-Q3', '2022-Q1'],
    ['2029', '2029', '2029'],
    ['2023-10', '2023-10', '2023-10'],
  ])('parsePeriodText("%s") is %s … %s', (text, start, end) => {
    const p = parsePeriodText(text);
    expect([p.start.text, p.end.text]).toEqual([start, end]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => parsePeriod('2025', '2023')).toThrow(InvalidPeriodError);
  });

  it('allows overlapping start and end of different precisions', () => {
    expect(parsePeriod('2023', '2023-Q1').end.text).toBe('2023-Q1');
  });

  it('rejects an unparseable end with DateParseError', () => {
    expect(() => parsePeriod('2023', '2023-Q7')).toThrow(DateParseError);
  });
});
