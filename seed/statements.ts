// Resolves each tiltak's and milestone's dated statements after merging: checks their values, finds
// the meeting each was stated at (and its date), and sets the record's current start, end, date and
// status by the rule in server/domain/model/dateStatement.ts (currentStatement).
import {
  currentStatement,
  type DateField,
  type DateStatement,
  MILESTONE_STATUS,
  tryParsePrecisionDate,
} from '../server/seedEntry.js';
import type { MergedRecord, MergedRecords } from './merge.js';
import type { SourceRef } from './schema/common.js';
import type { RecordKind } from './schema/records.js';
import { type RawStatement, STATEMENT_KINDS } from './statementFields.js';

/** The meeting a paper is the paper of: a statement citing no sak of another meeting was made there. */
export const PAPER_MEETING: Readonly<Record<string, string>> = {
  '000_0294d171777b1830.txt': 'nuit-2021-1',
  '001_565d36bf8bebc15f.txt': 'nuit-2020-saker-18-25',
  '002_a0ef8617a5154810.txt': 'nuit-2023-09-14',
  '003_a62f4332b125e81f.txt': 'ehelseradet-2022-6',
  '004_42186ddcc7bb4984.txt': 'ehelsestyret-2021-1',
};

/** A statement with its meeting found: what toGraph writes as a (:DateStatement). */
export interface ResolvedStatement extends RawStatement {
  meetingId: string | null;
  meetingDate: string | null;
  doc: string | null;
}

const TEXT_FIELD: Record<Exclude<DateField, 'status'>, string> = {
  start: 'startText',
  end: 'endText',
  date: 'dateText',
};

type Report = (kind: RecordKind, id: string, r: MergedRecord, field: string, message: string) => void;

export function resolveStatements(merged: MergedRecords, report: Report): void {
  const meetingOfSak = new Map<string, string>();
  for (const [id, a] of merged['agenda-items']) {
    const meeting = a.record.meeting as string | undefined;
    if (!meeting) continue;
    for (const s of (a.record.sources as SourceRef[] | undefined) ?? [])
      meetingOfSak.set(`${s.doc}|${String(a.record.number ?? id)}`, meeting);
  }
  const meetingDate = (id: string | null) => {
    const m = id ? merged.meetings.get(id) : undefined;
    return m?.record.date === undefined ? null : String(m.record.date);
  };
  const meetingOf = (s: RawStatement): string | null => {
    if (s.meeting) return s.meeting;
    const sources = s.sources as SourceRef[];
    for (const src of sources) {
      const found = src.sak ? meetingOfSak.get(`${src.doc}|${src.sak}`) : undefined;
      if (found) return found;
    }
    return PAPER_MEETING[sources[0]?.doc ?? ''] ?? null;
  };

  for (const kind of STATEMENT_KINDS) {
    for (const [id, r] of merged[kind]) {
      const raw = (r.record.dateStatements as RawStatement[] | undefined) ?? [];
      const resolved: ResolvedStatement[] = [];
      for (const [i, s] of raw.entries()) {
        const problem = problemOf(kind, s);
        if (problem) {
          report(kind, id, r, `dateStatements.${i}`, `${problem} (${s.origin})`);
          continue;
        }
        if (s.meeting && !merged.meetings.has(s.meeting)) {
          report(kind, id, r, `dateStatements.${i}.meeting`, `refers to unknown meeting "${s.meeting}"`);
          continue;
        }
        const meetingId = meetingOf(s);
        resolved.push({
          ...s,
          meetingId,
          meetingDate: meetingDate(meetingId),
          doc: (s.sources as SourceRef[])[0]?.doc ?? null,
        });
      }
      r.record.dateStatements = resolved;
      setCurrentValues(id, r.record, resolved);
    }
  }
}

function problemOf(kind: RecordKind, s: RawStatement): string | null {
  if (s.kind === 'edit') return 'a planner’s edit is recorded by the change log, not the seed';
  if (s.kind === 'postponed')
    return s.value === undefined ? null : 'a postponement without a new date has no value';
  if (s.value === undefined) return `a ${s.kind} statement needs a value`;
  if (s.field === 'status') {
    if (kind !== 'milestones') return 'only a milestone has a status statement';
    return (MILESTONE_STATUS.codes as readonly string[]).includes(s.value)
      ? null
      : `"${s.value}" is not a milestone status (${MILESTONE_STATUS.codes.join(', ')})`;
  }
  if (kind === 'milestones' ? s.field !== 'date' : s.field === 'date')
    return `a ${kind === 'milestones' ? 'milestone has a date' : 'tiltak has a start and an end'}, not a ${s.field}`;
  return tryParsePrecisionDate(s.value)?.text === s.value
    ? null
    : `"${s.value}" is not a date in canonical form (2022-10-15, 2022-10, 2023-Q1, 2022-H2, 2029)`;
}

/** The domain's view of a resolved statement (ids are given by toGraph; here only the rule matters). */
export function asDateStatement(itemId: string, s: ResolvedStatement, id = ''): DateStatement {
  return {
    id,
    itemId,
    field: s.field,
    value: s.value ?? null,
    text: s.text ?? null,
    kind: s.kind,
    meetingId: s.meetingId,
    meetingDate: s.meetingDate,
    doc: s.doc,
    sourceIds: [],
    by: null,
    at: null,
    note: s.note ?? null,
    inferred: s.inferred ?? false,
    order: s.order,
  };
}

/** Sets start/end/date (with the text as written) and status from the current statements. */
function setCurrentValues(
  id: string,
  record: Record<string, unknown>,
  statements: ResolvedStatement[],
): void {
  for (const field of ['start', 'end', 'date', 'status'] as const) {
    const mine = statements.filter((s) => s.field === field).map((s) => asDateStatement(id, s));
    const { statement } = currentStatement(mine);
    if (!statement?.value) continue;
    record[field] = statement.value;
    if (field !== 'status' && statement.text) record[TEXT_FIELD[field]] = statement.text;
  }
}
