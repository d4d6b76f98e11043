// A date with precision as node properties: canonical text, precision, and first/last ISO day
// (for range queries and scheduling). Used by the seed loader and by edits alike.
import { parsePrecisionDate, toIsoDay } from '../domain/dates/index.js';

export type DateProps = Record<string, string | null>;

export function dateProps(prefix: string, text: string | undefined): DateProps {
  if (text === undefined) return {};
  const d = parsePrecisionDate(text);
  return {
    [prefix]: d.text,
    [`${prefix}Precision`]: d.precision,
    [`${prefix}First`]: toIsoDay(d.first),
    [`${prefix}Last`]: toIsoDay(d.last),
  };
}

/** For an edit: a date to set, or null to clear all four properties. */
export function datePropsOrClear(prefix: string, text: string | null): DateProps {
  if (text !== null) return dateProps(prefix, text);
  return { [prefix]: null, [`${prefix}Precision`]: null, [`${prefix}First`]: null, [`${prefix}Last`]: null };
}
