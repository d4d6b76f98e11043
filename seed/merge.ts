// Merges records that several papers state about the same entity (same id): lists are united,
// a scalar may be set by several files only with the same value. A tiltak's or milestone's start,
// end, date and status are not merged but kept as one dated statement per paper (seed/statements.ts
// derives the current value), so two papers may give two dates.
import type { SeedIssue } from './issues.js';
import { type Located, type RawRecords, recordLabel } from './read.js';
import { RECORD_KINDS, type RecordKind } from './schema/records.js';
import { STATEMENT_KINDS, withStatements } from './statementFields.js';

export interface MergedRecord {
  record: Record<string, unknown>;
  /** Files (with line) that state something about this record, in reading order. */
  origins: string[];
}

export type MergedRecords = { [K in RecordKind]: Map<string, MergedRecord> };

export function mergeRecords(raw: RawRecords): { merged: MergedRecords; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const merged = Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, new Map()]),
  ) as unknown as MergedRecords;
  let order = 0;
  for (const kind of RECORD_KINDS) {
    for (const read of raw[kind]) {
      const located = STATEMENT_KINDS.includes(kind) ? withStatements(read, order++) : read;
      const key = recordLabel(kind, located.record) ?? '';
      const existing = merged[kind].get(key);
      if (!existing) {
        merged[kind].set(key, { record: structuredClone(located.record), origins: [origin(located)] });
        continue;
      }
      mergeInto(existing, located, kind, key, issues);
    }
  }
  return { merged, issues };
}

const origin = (l: Located<unknown>) => `${l.file}:${l.line}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeInto(
  target: MergedRecord,
  incoming: Located<Record<string, unknown>>,
  kind: RecordKind,
  id: string,
  issues: SeedIssue[],
): void {
  for (const [field, value] of Object.entries(incoming.record)) {
    const current = target.record[field];
    if (current === undefined) {
      target.record[field] = structuredClone(value);
    } else if (Array.isArray(current) && Array.isArray(value)) {
      for (const item of value) if (!current.some((c) => same(c, item))) current.push(structuredClone(item));
    } else if (!same(current, value)) {
      issues.push({
        file: incoming.file,
        line: incoming.line,
        kind,
        id,
        field,
        message: `conflicts with ${target.origins.join(', ')}: ${JSON.stringify(value)} vs ${JSON.stringify(current)} (state it in one file, or keep both with a note)`,
      });
    }
  }
  target.origins.push(origin(incoming));
}
