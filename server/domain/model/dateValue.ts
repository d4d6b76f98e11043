// A date as coarse as the paper gave it: its canonical text (2023-Q1), its precision, and the words
// the paper used ("innen 15. oktober"), which are kept beside it but never parsed again.
import { type Precision, parsePrecisionDate, toIsoDay } from '../dates/index.js';

export interface DateValue {
  /** Canonical text: 2022-10-15, 2022-10, 2023-Q1, 2022-H2 or 2029. */
  readonly text: string;
  readonly precision: Precision;
  readonly writtenAs: string | null;
}

export function dateValue(text: string, writtenAs: string | null = null): DateValue {
  return { text, precision: parsePrecisionDate(text).precision, writtenAs };
}

/** The last day the date covers, as an ISO day (a year-precision 2029 ends on 2029-12-31). */
export function lastIsoDayOf(d: DateValue): string {
  return toIsoDay(parsePrecisionDate(d.text).last);
}

/** The first day the date covers, as an ISO day. */
export function firstIsoDayOf(d: DateValue): string {
  return toIsoDay(parsePrecisionDate(d.text).first);
}

/** A date with the concrete days it covers, as the exports print it. */
export interface DateSpan {
  readonly text: string;
  readonly precision: Precision;
  /** First and last ISO day the date covers. */
  readonly first: string;
  readonly last: string;
}

export function spanOf(d: DateValue | null): DateSpan | null {
  if (!d) return null;
  const parsed = parsePrecisionDate(d.text);
  return { text: d.text, precision: d.precision, first: toIsoDay(parsed.first), last: toIsoDay(parsed.last) };
}
