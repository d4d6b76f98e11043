// Turning edit inputs into node properties: validation with field-named errors, ids from names,
// dates with precision, and the search text kept in step with names and aliases.

import { datePropsOrClear } from '../../db/dateProps.js';
import type { EntityRow } from '../../db/repositories/entityRepository.js';
import { parsePrecisionDate } from '../../domain/dates/index.js';
import { foldForSearch, searchTextOf } from '../../domain/text/foldForSearch.js';
import { type FieldProblem, invalid } from '../../errors.js';

export function slugFor(name: string): string {
  return foldForSearch(name).replace(/ /g, '-').slice(0, 80) || 'uten-navn';
}

export function checkId(id: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id)) {
    throw invalid([{ field: 'id', message: 'must be a slug: a-z, 0-9 and -, at most 100 characters' }]);
  }
  return id;
}

export class Problems {
  readonly list: FieldProblem[] = [];
  text(field: string, value: string | null | undefined, opts: { required?: boolean; max: number }): void {
    if (value === undefined) return;
    if (value === null || value.trim() === '') {
      if (opts.required) this.list.push({ field, message: 'must not be empty' });
      return;
    }
    if (value.length > opts.max) this.list.push({ field, message: `at most ${opts.max} characters` });
  }
  period(start: string | null | undefined, end: string | null | undefined): void {
    if (!start || !end) return;
    if (parsePrecisionDate(end).last < parsePrecisionDate(start).first) {
      this.list.push({ field: 'end', message: `${end} is before the start ${start}` });
    }
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw invalid(this.list);
  }
}

type PropValue = string | number | boolean | string[] | null;

/** Copies the fields that were given (null clears), leaving out what was not. */
export function given(input: Record<string, unknown>, keys: string[]): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const key of keys) if (input[key] !== undefined) out[key] = input[key] as PropValue;
  return out;
}

export function dates(input: Record<string, unknown>, keys: string[]): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined) Object.assign(out, datePropsOrClear(key, value as string | null));
  }
  return out;
}

/** The search text after an edit of name or aliases (or both), from the new values over the current ones. */
export function searchTextAfter(
  id: string,
  current: EntityRow | null,
  name?: string | null,
  aliases?: string[] | null,
): string {
  const n = name ?? (current?.props.name as string | undefined) ?? id;
  const a = aliases ?? (current?.props.aliases as string[] | undefined) ?? [];
  return `${searchTextOf([n, ...a])} | ${foldForSearch(id)}`;
}
