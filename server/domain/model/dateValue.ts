// A date as coarse as the paper gave it: its canonical text (2023-Q1), its precision, and the words
// the paper used ("innen 15. oktober"), which are kept beside it but never parsed again.
import { type Precision, parsePrecisionDate } from '../dates/index.js';

export interface DateValue {
  /** Canonical text: 2022-10-15, 2022-10, 2023-Q1, 2022-H2 or 2029. */
  readonly text: string;
  readonly precision: Precision;
  readonly writtenAs: string | null;
}

export function dateValue(text: string, writtenAs: string | null = null): DateValue {
  return { text, precision: parsePrecisionDate(text).precision, writtenAs };
}
