// Dated statements: what one paper (or one planner's edit) said about a tiltak's or milestone's start,
// end, date or status, with where and when it was said. The current value of a field is derived from
// its statements by one written rule (currentStatement), the plan at a council meeting from the
// statements known by then (paperPlanAt), and the history of a field with the slip between
// consecutive statements (fieldHistory). Pure.
import { type Precision, tryParsePrecisionDate } from '../dates/index.js';
import type { BaselineItem, PlanSnapshot } from './baseline.js';
import type { DateField, DateStatementKind } from './vocabulary.js';

export interface DateStatement {
  readonly id: string;
  readonly itemId: string;
  readonly field: DateField;
  /** A canonical precision date (start, end, date) or a milestone status code; null when the statement names none (a postponement without a new date). */
  readonly value: string | null;
  /** What the paper wrote, verbatim. */
  readonly text: string | null;
  readonly kind: DateStatementKind;
  /** The meeting whose paper (or sak) states it; null for a planner's edit. */
  readonly meetingId: string | null;
  /** The meeting's date, canonical; null when the paper does not give it. */
  readonly meetingDate: string | null;
  /** The paper file (seed/papers); null for a planner's edit. */
  readonly doc: string | null;
  readonly sourceIds: readonly string[];
  /** A planner's edit: who and when (ISO timestamp); null for a paper's statement. */
  readonly by: string | null;
  readonly at: string | null;
  readonly note: string | null;
  readonly inferred: boolean;
  /** Reading order (paper folder, file, record) to keep statements of one meeting in a stable order. */
  readonly order: number;
}

/** The day a statement was made: its meeting's first day, an edit's day; undated meetings come first. */
export function statedOn(s: Pick<DateStatement, 'meetingDate' | 'at'>): number {
  const text = s.at ? s.at.slice(0, 10) : s.meetingDate;
  return text ? (tryParsePrecisionDate(text)?.first ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
}

// Within one meeting, a paper saying what happened outranks one saying what was planned.
const KIND_RANK: Record<DateStatementKind, number> = {
  planned: 0,
  forecast: 1,
  postponed: 2,
  actual: 3,
  edit: 4,
};

/** Statements in time order: meeting date (edits by their day), then kind rank, then reading order. */
export function inTimeOrder<S extends DateStatement>(statements: readonly S[]): S[] {
  return [...statements].sort(
    (a, b) => statedOn(a) - statedOn(b) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order,
  );
}

export interface CurrentValue {
  /** The statement the current value comes from; null when no statement gives a value. */
  readonly statement: DateStatement | null;
  /** A later statement put it off without a new date (the value stays as last stated, never invented). */
  readonly postponedSince: DateStatement | null;
}

/**
 * The current value of one field from its statements (all of one item and field). The rule:
 * 1. the latest paper wins (meeting date; an undated meeting counts as the earliest);
 * 2. an actual beats a plan or forecast, whatever their dates: once a paper says what happened,
 *    a plan (earlier or later) does not move it;
 * 3. a planner's edit beats every paper up to its time; a paper of a later meeting wins again.
 * A postponement without a new date gives no value: the value stays the last stated one, and
 * postponedSince says which statement put it off (unless a later statement gave a value again).
 */
export function currentStatement(statements: readonly DateStatement[]): CurrentValue {
  const ordered = inTimeOrder(statements);
  const valued = ordered.filter((s) => s.value !== null);
  const lastActual = valued.findLastIndex((s) => s.kind === 'actual');
  let statement: DateStatement | null = valued.at(-1) ?? null;
  if (lastActual >= 0) {
    const actual = valued[lastActual] as DateStatement;
    const laterEdit = valued.slice(lastActual + 1).findLast((s) => s.kind === 'edit');
    statement = laterEdit ?? actual;
  }
  const after = statement ? ordered.slice(ordered.indexOf(statement) + 1) : ordered;
  const postponedSince =
    statement?.kind === 'actual' ? null : (after.findLast((s) => s.kind === 'postponed') ?? null);
  return { statement, postponedSince };
}

export interface SlipBetween {
  /** Days the last day moved, positive = later; null when either side has no date. */
  readonly days: number | null;
  /** Steps of the shared precision (quarters, half-years, months, years) when both have it and it is coarser than a day. */
  readonly steps: number | null;
  readonly precision: Precision | null;
}

const STEPS_PER_YEAR: Partial<Record<Precision, number>> = { year: 1, half: 2, quarter: 4, month: 12 };

function stepIndex(text: string, precision: Precision): number | null {
  const year = Number(text.slice(0, 4));
  const per = STEPS_PER_YEAR[precision];
  if (!per) return null;
  const part = precision === 'year' ? 1 : Number(text.slice(precision === 'month' ? 5 : 6));
  return year * per + part - 1;
}

/** How far a date moved from one statement to the next. */
export function slipBetween(from: string | null, to: string | null): SlipBetween {
  const a = from ? tryParsePrecisionDate(from) : null;
  const b = to ? tryParsePrecisionDate(to) : null;
  if (!a || !b) return { days: null, steps: null, precision: null };
  const days = b.last - a.last;
  if (a.precision !== b.precision || a.precision === 'day') return { days, steps: null, precision: null };
  const sa = stepIndex(a.text, a.precision);
  const sb = stepIndex(b.text, b.precision);
  return sa === null || sb === null
    ? { days, steps: null, precision: null }
    : { days, steps: sb - sa, precision: a.precision };
}

const STEP_WORD: Partial<Record<Precision, string>> = {
  year: 'år',
  half: 'halvår',
  quarter: 'kv.',
  month: 'mnd.',
};

/** A slip in words as the papers would put it: "+2 kv.", "+1 år", "-30 d", "±0". */
export function slipText(slip: SlipBetween): string | null {
  if (slip.days === null) return null;
  const n = slip.steps ?? slip.days;
  const unit = slip.steps !== null && slip.precision ? (STEP_WORD[slip.precision] ?? 'd') : 'd';
  return n === 0 ? '±0' : `${n > 0 ? '+' : '−'}${Math.abs(n)} ${unit}`;
}

export interface HistoryEntry {
  readonly statement: DateStatement;
  /** The slip from the previous statement with a value (dates only). */
  readonly slip: SlipBetween;
  readonly current: boolean;
}

export interface FieldHistory {
  readonly field: DateField;
  readonly entries: readonly HistoryEntry[];
  /** How many times a later statement gave a different value than the one before it. */
  readonly moves: number;
  /** From the first valued statement to the current value. */
  readonly slipSinceFirst: SlipBetween;
}

const isDateField = (f: DateField) => f !== 'status';

/** Every statement about one field of one item, in time order, with the slip from the one before. */
export function fieldHistory(field: DateField, statements: readonly DateStatement[]): FieldHistory {
  const ordered = inTimeOrder(statements.filter((s) => s.field === field));
  const { statement: current } = currentStatement(ordered);
  let previous: DateStatement | null = null;
  let moves = 0;
  const entries = ordered.map((s) => {
    const slip =
      isDateField(field) && previous && s.value !== null
        ? slipBetween(previous.value, s.value)
        : slipBetween(null, null);
    if (previous && s.value !== null && s.value !== previous.value) moves += 1;
    if (s.value !== null) previous = s;
    return { statement: s, slip, current: s === current };
  });
  const first = ordered.find((s) => s.value !== null) ?? null;
  return {
    field,
    entries,
    moves,
    slipSinceFirst: isDateField(field)
      ? slipBetween(first?.value ?? null, current?.value ?? null)
      : slipBetween(null, null),
  };
}

/** Every field of an item that has statements, in the order start, end, date, status. */
export function dateHistoryOf(statements: readonly DateStatement[]): FieldHistory[] {
  const fields: DateField[] = ['start', 'end', 'date', 'status'];
  return fields.filter((f) => statements.some((s) => s.field === f)).map((f) => fieldHistory(f, statements));
}

export interface StatedItem {
  readonly id: string;
  readonly name: string;
  readonly kind: BaselineItem['kind'];
}

/**
 * The plan as the papers known at a meeting stated it: per item, the current value of each date from
 * the statements of meetings on or before that day (planners' edits left out). An item no paper had
 * dated by then is not in it.
 */
export function paperPlanAt(
  meetingDate: string,
  items: readonly StatedItem[],
  statements: readonly DateStatement[],
  dependencies: PlanSnapshot['dependencies'],
): PlanSnapshot {
  const day = tryParsePrecisionDate(meetingDate)?.last ?? Number.NEGATIVE_INFINITY;
  const known = statements.filter((s) => s.kind !== 'edit' && statedOn(s) <= day);
  const byItem = new Map<string, DateStatement[]>();
  for (const s of known) byItem.set(s.itemId, [...(byItem.get(s.itemId) ?? []), s]);
  const out: BaselineItem[] = [];
  for (const item of items) {
    const mine = byItem.get(item.id) ?? [];
    const value = (field: DateField) =>
      currentStatement(mine.filter((s) => s.field === field)).statement?.value ?? null;
    const date = value('date');
    const start = value('start') ?? date;
    const end = value('end') ?? date;
    if (start === null && end === null) continue;
    out.push({ ...item, start, end });
  }
  const present = new Set(out.map((i) => i.id));
  return {
    items: out.sort((a, b) => (a.id < b.id ? -1 : 1)),
    dependencies: dependencies.filter((d) => present.has(d.from) && present.has(d.to)),
    criticalPath: [],
  };
}

/** How an item's dates moved over the papers: the NUIT year view's evidence. */
export interface DateMoves {
  /** The date field that moved most (end, then date, then start on a tie). */
  readonly field: DateField;
  readonly moves: number;
  /** The current value against the last value stated at an earlier meeting (the previous veikart). */
  readonly sincePrevious: SlipBetween;
  /** The current value against the first value stated. */
  readonly sinceFirst: SlipBetween;
  /** The year of the first statement's meeting; null when its meeting has no date. */
  readonly sinceYear: number | null;
  /** The statements with a value, oldest first, each with its slip from the one before. */
  readonly evidence: readonly HistoryEntry[];
}

/** Dates that moved this many times or more are a risk signal. */
export const REPEATED_MOVES = 2;

export function dateMovesOf(statements: readonly DateStatement[]): DateMoves | null {
  const candidates = (['end', 'date', 'start'] as const)
    .map((field) => ({ field, history: fieldHistory(field, statements) }))
    .filter((c) => c.history.entries.some((e) => e.statement.value !== null));
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (b.history.moves > a.history.moves ? b : a));
  const evidence = best.history.entries.filter((e) => e.statement.value !== null);
  const current = best.history.entries.find((e) => e.current)?.statement ?? null;
  const previous = current
    ? evidence.map((e) => e.statement).findLast((s) => s !== current && statedOn(s) < statedOn(current))
    : undefined;
  const first = evidence[0]?.statement;
  const firstDay = first ? statedOn(first) : Number.NEGATIVE_INFINITY;
  return {
    field: best.field,
    moves: best.history.moves,
    sincePrevious: slipBetween(previous?.value ?? null, current?.value ?? null),
    sinceFirst: best.history.slipSinceFirst,
    sinceYear: Number.isFinite(firstDay)
      ? Number((first?.meetingDate ?? first?.at ?? '').slice(0, 4)) || null
      : null,
    evidence,
  };
}
