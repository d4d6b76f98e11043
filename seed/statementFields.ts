// A paper's start, end, date and status of a tiltak or milestone, turned into dated statements before
// merging: each paper's record keeps what it says as its own statement, so differing values from
// different papers are kept side by side instead of refused.
import type { Located } from './read.js';
import type { RecordKind } from './schema/records.js';

export const STATEMENT_KINDS: readonly RecordKind[] = ['initiatives', 'milestones'];

/** A statement as the merged record holds it: the seed form plus where it was read. */
export interface RawStatement {
  field: 'start' | 'end' | 'date' | 'status';
  value?: string;
  text?: string;
  kind: 'planned' | 'forecast' | 'actual' | 'postponed' | 'edit';
  meeting?: string;
  sources: unknown[];
  note?: string;
  inferred?: boolean;
  /** Written out from the record's own fields rather than listed under dateStatements. */
  implicit?: boolean;
  /** Reading order, and the file and line it was read at (for messages). */
  order: number;
  origin: string;
}

const DATE_FIELDS = [
  ['start', 'startText'],
  ['end', 'endText'],
  ['date', 'dateText'],
] as const;

/** What a milestone's status says: done, cancelled and delayed report what happened; planned is a plan. */
const statusKind = (status: string): RawStatement['kind'] | null =>
  status === 'planned' ? 'planned' : status === 'unknown' ? null : 'actual';

export function withStatements(
  located: Located<Record<string, unknown>>,
  order: number,
): Located<Record<string, unknown>> {
  const record = { ...located.record };
  const origin = `${located.file}:${located.line}`;
  const explicit = (
    (record.dateStatements as Omit<RawStatement, 'order' | 'origin'>[] | undefined) ?? []
  ).map((s) => ({ ...s, order, origin }));
  const stated = new Set(explicit.map((s) => s.field));
  const implicit: RawStatement[] = [];
  const sources = (record.sources as unknown[] | undefined) ?? [];
  const status = record.status === undefined ? undefined : String(record.status);
  for (const [field, textField] of DATE_FIELDS) {
    const value = record[field];
    const text = record[textField];
    delete record[field];
    delete record[textField];
    if (value === undefined || stated.has(field)) continue;
    implicit.push({
      field,
      value: String(value),
      ...(text === undefined ? {} : { text: String(text) }),
      kind: field === 'date' && status === 'done' ? 'actual' : 'planned',
      sources,
      implicit: true,
      order,
      origin,
    });
  }
  delete record.status;
  const kind = status === undefined ? null : statusKind(status);
  if (status !== undefined && kind && !stated.has('status'))
    implicit.push({ field: 'status', value: status, kind, sources, implicit: true, order, origin });
  record.dateStatements = [...implicit, ...explicit];
  return { ...located, record };
}
