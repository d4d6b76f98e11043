// compilePlan validates a PlanInput and turns it into flat arrays the passes can run over in linear time.
// It is the only place that reads date texts; everything downstream works on time points (see README).

import { allDaysCalendar, type Calendar } from '../dates/calendar.js';
import { DateParseError, type PrecisionDate, parsePrecisionDate } from '../dates/precisionDate.js';
import { CycleError, type PlanIssue, PlanValidationError } from './errors.js';
import {
  buildGraph,
  DEPENDENCY_TYPES,
  type DependencyGraph,
  findCycleIndices,
  topologicalOrder,
} from './graph.js';
import type { ItemInput, ItemKind, PlanInput } from './types.js';

/** What the engine keeps about each item for reporting. Indexed like the arrays. */
export interface CompiledItem {
  readonly id: string;
  readonly name: string;
  readonly kind: ItemKind;
  /** Planned start (for a point item, its date); null when undated. Its precision is the reporting precision. */
  readonly start: PrecisionDate | null;
  /** Planned end (for a point item, its date); null when undated. */
  readonly end: PrecisionDate | null;
  /** Milestones, goals and single-date items have zero duration. */
  readonly isPoint: boolean;
  readonly startNoEarlierThan: PrecisionDate | null;
  readonly deadline: PrecisionDate | null;
  /** The deadline's origin (e.g. a goal id); the item's own id when not given. Null without a deadline. */
  readonly deadlineSource: string | null;
}

export interface CompiledRiskEffect {
  readonly item: number;
  readonly expectedDelayDays: number | null;
}

export interface CompiledRisk {
  readonly id: string;
  readonly name: string;
  readonly effects: readonly CompiledRiskEffect[];
}

/**
 * A validated, immutable plan. Items are numbered in schedule order (predecessors first; among items that
 * could go next, the lowest id first), so the passes walk the arrays front to back, and every result is
 * independent of input order.
 *
 * Time is a linear axis of calendar units (`calendar.delta(0, day)`; for calendar days, the day number), so
 * the passes are plain arithmetic and a working-day calendar only changes the conversions at the edges.
 * A start is the beginning of its first day; a finish is the end of its last day (= the beginning of the
 * next unit). Undated items and goals (targets, not planned events) have plannedStart = -Infinity; undated
 * items have duration 0.
 */
export interface CompiledPlan {
  readonly calendar: Calendar;
  /** Indexed in schedule order. */
  readonly items: readonly CompiledItem[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Item indices in id order, for output. */
  readonly idOrder: Int32Array;
  /** Each item's position in id order (the inverse of idOrder), for sorting by id without comparing strings. */
  readonly idRank: Int32Array;
  readonly risks: ReadonlyMap<string, CompiledRisk>;
  readonly graph: DependencyGraph;
  readonly plannedStart: Float64Array;
  readonly duration: Float64Array;
  /** Start-no-earlier-than time point; -Infinity when absent. */
  readonly notBefore: Float64Array;
  /** Finish time point the item must not pass; +Infinity when absent. */
  readonly deadline: Float64Array;
  /** Per dependency, indexed like graph.predItem (the predecessor slot): 0 FS, 1 SS, 2 FF, 3 SF. */
  readonly depType: Uint8Array;
  readonly depLag: Float64Array;
  /**
   * Per dependency slot: 1 for the link the engine adds from a tiltak to each of its milestones (FF, lag =
   * the milestone's planned distance to the tiltak's end), so a milestone follows its tiltak; 0 for a
   * dependency of the plan.
   */
  readonly depPinned: Uint8Array;
  /** Per item: the tiltak a milestone follows (index), or -1. */
  readonly parentOf: Int32Array;
}

const POINT_KINDS: ReadonlySet<string> = new Set(['milestone', 'goal']);

/** Validates and compiles. Throws PlanValidationError (every issue at once) or CycleError. */
export function compilePlan(input: PlanInput): CompiledPlan {
  const issues: PlanIssue[] = [];
  const calendar = input.calendar ?? allDaysCalendar;

  // Rank items by id first: the numbering every later step derives from, whatever the input order.
  const sortedInputs = [...input.items].sort((a, b) => compareIds(a.id, b.id));
  const rankOf = new Map<string, number>();
  const uniqueInputs: ItemInput[] = [];
  const reportedDuplicates = new Set<string>();
  for (const item of sortedInputs) {
    if (item.id === '') {
      issues.push({ code: 'empty-id', ids: [''], message: 'an item has an empty id' });
      continue;
    }
    if (rankOf.has(item.id)) {
      if (!reportedDuplicates.has(item.id)) {
        reportedDuplicates.add(item.id);
        issues.push({
          code: 'duplicate-id',
          ids: [item.id],
          message: `item id "${item.id}" is used more than once`,
        });
      }
      continue;
    }
    rankOf.set(item.id, uniqueInputs.length);
    uniqueInputs.push(item);
  }
  const byRank = uniqueInputs.map((item) => compileItem(item, issues));
  const planEdges = compileDependencies(input, rankOf, issues);
  const risksByRank = compileRisks(input, rankOf, issues);
  if (issues.length > 0) throw new PlanValidationError(issues);

  const n = byRank.length;
  const planGraph = buildGraph(n, planEdges.succ, planEdges.pred, planEdges.tieBreak);
  let order = topologicalOrder(planGraph);
  if (order === null) {
    const cycle = findCycleIndices(planGraph) ?? [];
    throw new CycleError(cycle.map((r) => (byRank[r] as CompiledItem).id));
  }
  // Milestones follow their tiltak: one more FF link each (see pinMilestones), never closing a cycle.
  const { edges, pinned } = pinMilestones(uniqueInputs, byRank, rankOf, planEdges, calendar);
  if (edges !== planEdges) {
    order = topologicalOrder(buildGraph(n, edges.succ, edges.pred, edges.tieBreak));
    if (order === null) throw new Error('compilePlan: a milestone pin closed a cycle');
  }

  // Renumber in schedule order.
  const indexOfRank = new Int32Array(n);
  for (let k = 0; k < n; k++) indexOfRank[order[k] as number] = k;
  const items: CompiledItem[] = [];
  const indexOf = new Map<string, number>();
  const plannedStart = new Float64Array(n);
  const duration = new Float64Array(n);
  const notBefore = new Float64Array(n);
  const deadline = new Float64Array(n);
  const unit = (day: number): number => calendar.delta(0, day);
  for (let i = 0; i < n; i++) {
    const item = byRank[order[i] as number] as CompiledItem;
    items.push(item);
    indexOf.set(item.id, i);
    // A goal's date is a target, not a planned event: it is reached when the work it depends on is done,
    // and its date becomes its deadline (compileItem).
    if (item.start === null || item.end === null || item.kind === 'goal') {
      plannedStart[i] = Number.NEGATIVE_INFINITY;
      duration[i] = 0;
    } else if (item.isPoint) {
      // A point sits at the end of its day, so "after milestone X" starts the next day and
      // "milestone after task Y" falls on Y's last day.
      plannedStart[i] = unit(item.end.last) + 1;
      duration[i] = 0;
    } else {
      plannedStart[i] = unit(item.start.first);
      duration[i] = calendar.duration(item.start.first, item.end.last);
    }
    notBefore[i] =
      item.startNoEarlierThan === null ? Number.NEGATIVE_INFINITY : unit(item.startNoEarlierThan.first);
    deadline[i] = item.deadline === null ? Number.POSITIVE_INFINITY : unit(item.deadline.last) + 1;
  }
  const idOrder = Int32Array.from(indexOfRank);
  const idRank = order;

  const m = edges.succ.length;
  const succ = new Int32Array(m);
  const pred = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    succ[e] = indexOfRank[edges.succ[e] as number] as number;
    pred[e] = indexOfRank[edges.pred[e] as number] as number;
  }
  const graph = buildGraph(n, succ, pred, edges.tieBreak);
  const depType = new Uint8Array(m);
  const depLag = new Float64Array(m);
  const depPinned = new Uint8Array(m);
  const parentOf = new Int32Array(n).fill(-1);
  for (let slot = 0; slot < m; slot++) {
    const e = graph.edgeAt[slot] as number;
    depType[slot] = edges.type[e] as number;
    depLag[slot] = edges.lag[e] as number;
    if (pinned[e] === 1) {
      depPinned[slot] = 1;
      parentOf[succ[e] as number] = pred[e] as number;
    }
  }
  const risks = new Map<string, CompiledRisk>();
  for (const [id, risk] of risksByRank) {
    const effects = risk.effects.map((e) => ({ ...e, item: indexOfRank[e.item] as number }));
    risks.set(id, { ...risk, effects });
  }
  return {
    calendar,
    items,
    indexOf,
    idOrder,
    idRank,
    risks,
    graph,
    plannedStart,
    duration,
    notBefore,
    deadline,
    depType,
    depLag,
    depPinned,
    parentOf,
  };
}

/**
 * A milestone belongs to its tiltak (`parentId`): the engine links it to the tiltak's end (FF, lag = the
 * planned distance from the tiltak's end to the milestone, usually ≤ 0), so when the tiltak finishes N days
 * later the milestone moves N days too; its own dependencies still apply and the later date wins. No link
 * when either has no dates, when the plan already links the two (its own dependency says otherwise), or
 * when the link would close a cycle (the tiltak depends on its own milestone, directly or not).
 */
function pinMilestones(
  inputs: readonly ItemInput[],
  byRank: readonly CompiledItem[],
  rankOf: ReadonlyMap<string, number>,
  planEdges: CompiledEdges,
  calendar: Calendar,
): { edges: CompiledEdges; pinned: Uint8Array } {
  const unit = (day: number): number => calendar.delta(0, day);
  const n = byRank.length;
  let pins: { m: number; p: number; lag: number }[] = [];
  for (let m = 0; m < inputs.length; m++) {
    const input = inputs[m] as ItemInput;
    if (input.kind !== 'milestone' || input.parentId === undefined) continue;
    const p = rankOf.get(input.parentId);
    if (p === undefined || p === m) continue;
    const ms = byRank[m] as CompiledItem;
    const parent = byRank[p] as CompiledItem;
    if (parent.isPoint || parent.kind === 'goal' || ms.end === null) continue;
    if (parent.start === null || parent.end === null) continue;
    const parentFinish = unit(parent.start.first) + calendar.duration(parent.start.first, parent.end.last);
    pins.push({ m, p, lag: unit(ms.end.last) + 1 - parentFinish });
  }
  if (pins.length > 0) {
    // The plan's own dependency between a milestone and its tiltak (either way) says how they relate.
    const candidates = new Set(pins.flatMap((pin) => [pin.m * n + pin.p, pin.p * n + pin.m]));
    const linked = new Set<number>();
    for (let e = 0; e < planEdges.succ.length; e++) {
      const key = (planEdges.succ[e] as number) * n + (planEdges.pred[e] as number);
      if (candidates.has(key)) linked.add(key);
    }
    pins = pins.filter((pin) => !linked.has(pin.m * n + pin.p) && !linked.has(pin.p * n + pin.m));
  }
  if (pins.length === 0) return { edges: planEdges, pinned: new Uint8Array(planEdges.succ.length) };
  const build = () => {
    const m0 = planEdges.succ.length;
    const total = m0 + pins.length;
    const succ = new Int32Array(total);
    const pred = new Int32Array(total);
    const type = new Uint8Array(total);
    const lag = new Float64Array(total);
    const tieBreak = new Float64Array(total);
    const pinned = new Uint8Array(total);
    succ.set(planEdges.succ);
    pred.set(planEdges.pred);
    type.set(planEdges.type);
    lag.set(planEdges.lag);
    tieBreak.set(planEdges.tieBreak);
    pins.forEach((pin, k) => {
      succ[m0 + k] = pin.m;
      pred[m0 + k] = pin.p;
      type[m0 + k] = FF_CODE;
      lag[m0 + k] = pin.lag;
      tieBreak[m0 + k] = FF_CODE * 2 ** 41 + pin.lag;
      pinned[m0 + k] = 1;
    });
    return { edges: { succ, pred, type, lag, tieBreak }, pinned };
  };
  // Drop the pins that close cycles, one per cycle found (rare: a tiltak that depends on its own milestone).
  for (;;) {
    const built = build();
    const g = buildGraph(n, built.edges.succ, built.edges.pred, built.edges.tieBreak);
    const cycle = findCycleIndices(g);
    if (cycle === null) return built;
    const before = pins.length;
    for (let k = 0; k + 1 < cycle.length && pins.length === before; k++) {
      const a = cycle[k] as number;
      const b = cycle[k + 1] as number;
      pins = pins.filter((pin) => !(pin.m === a && pin.p === b));
    }
    if (pins.length === before) throw new Error('compilePlan: a cycle without a milestone pin');
  }
}

const FF_CODE = DEPENDENCY_TYPES.indexOf('FF');

/** Code-unit order, not locale order: the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compileItem(input: ItemInput, issues: PlanIssue[]): CompiledItem {
  const parse = (field: string, text: string | undefined): PrecisionDate | null => {
    if (text === undefined) return null;
    try {
      return parsePrecisionDate(text);
    } catch (e) {
      if (!(e instanceof DateParseError)) throw e;
      issues.push({
        code: 'invalid-date',
        ids: [input.id],
        message: `item "${input.id}" ${field}: ${e.message}`,
      });
      return null;
    }
  };
  const start = parse('start', input.start);
  const end = parse('end', input.end);
  const date = parse('date', input.date);
  const startNoEarlierThan = parse('startNoEarlierThan', input.startNoEarlierThan);
  let deadline = parse('deadline', input.deadline);
  let deadlineSource = input.deadlineSource ?? null;

  const pointKind = POINT_KINDS.has(input.kind);
  let first: PrecisionDate | null;
  let last: PrecisionDate | null;
  let isPoint: boolean;
  if (pointKind) {
    // A point kind takes its date from `date`, else whichever of end/start is given.
    first = last = date ?? end ?? start;
    isPoint = true;
  } else if (start !== null || end !== null) {
    // A span with only one end spans that date's period ("starts 2023-Q3" occupies at least Q3).
    first = start ?? end;
    last = end ?? start;
    isPoint = false;
  } else {
    first = last = date;
    isPoint = true;
  }
  if (first !== null && last !== null && last.last < first.first) {
    issues.push({
      code: 'end-before-start',
      ids: [input.id],
      message: `item "${input.id}" ends (${last.text}) before it starts (${first.text})`,
    });
  }
  if (input.kind === 'goal' && deadline === null && last !== null) {
    deadline = last;
  }
  if (deadline !== null) deadlineSource ??= input.id;
  else deadlineSource = null;
  return {
    id: input.id,
    name: input.name ?? input.id,
    kind: input.kind,
    start: first,
    end: last,
    isPoint,
    startNoEarlierThan,
    deadline,
    deadlineSource,
  };
}

interface CompiledEdges {
  readonly succ: Int32Array;
  readonly pred: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  /** Orders parallel edges between the same two items: by type, then lag. */
  readonly tieBreak: Float64Array;
}

function compileDependencies(
  input: PlanInput,
  rankOf: ReadonlyMap<string, number>,
  issues: PlanIssue[],
): CompiledEdges {
  const deps = input.dependencies ?? [];
  const succ = new Int32Array(deps.length);
  const pred = new Int32Array(deps.length);
  const type = new Uint8Array(deps.length);
  const lag = new Float64Array(deps.length);
  let m = 0;
  for (const d of deps) {
    const s = rankOf.get(d.from);
    const p = rankOf.get(d.to);
    const typeCode = DEPENDENCY_TYPES.indexOf(d.type ?? 'FS');
    const lagDays = d.lagDays ?? 0;
    if (s !== undefined && p !== undefined && typeCode >= 0 && Number.isInteger(lagDays)) {
      succ[m] = s;
      pred[m] = p;
      type[m] = typeCode;
      lag[m] = lagDays;
      m++;
      continue;
    }
    // Only a bad dependency pays for building messages.
    const label = `dependency "${d.from}" → "${d.to}"`;
    if (s === undefined) {
      issues.push({
        code: 'unknown-item',
        ids: [d.from, d.to],
        message: `${label} refers to unknown item "${d.from}"`,
      });
    }
    if (p === undefined) {
      issues.push({
        code: 'unknown-item',
        ids: [d.from, d.to],
        message: `${label} refers to unknown item "${d.to}"`,
      });
    }
    if (typeCode < 0) {
      issues.push({
        code: 'invalid-dependency',
        ids: [d.from, d.to],
        message: `${label} has unknown type "${d.type}"`,
      });
    }
    if (!Number.isInteger(lagDays)) {
      issues.push({
        code: 'invalid-dependency',
        ids: [d.from, d.to],
        message: `${label} has lag ${lagDays}; lag must be a whole number of days`,
      });
    }
  }
  const tieBreak = new Float64Array(m);
  // Lags are whole days far below 2^40, so type * 2^41 + lag orders by type, then lag.
  for (let e = 0; e < m; e++) tieBreak[e] = (type[e] as number) * 2 ** 41 + (lag[e] as number);
  return {
    succ: succ.slice(0, m),
    pred: pred.slice(0, m),
    type: type.slice(0, m),
    lag: lag.slice(0, m),
    tieBreak,
  };
}

/** Risks with effects numbered by id rank; compilePlan renumbers them. */
function compileRisks(
  input: PlanInput,
  indexOf: ReadonlyMap<string, number>,
  issues: PlanIssue[],
): Map<string, CompiledRisk> {
  const risks = new Map<string, CompiledRisk>();
  for (const r of input.risks ?? []) {
    if (risks.has(r.id)) {
      issues.push({ code: 'invalid-risk', ids: [r.id], message: `risk id "${r.id}" is used more than once` });
      continue;
    }
    const effects: CompiledRiskEffect[] = [];
    for (const a of r.affects) {
      const item = indexOf.get(a.itemId);
      if (item === undefined) {
        issues.push({
          code: 'unknown-item',
          ids: [r.id, a.itemId],
          message: `risk "${r.id}" affects unknown item "${a.itemId}"`,
        });
        continue;
      }
      const days = a.expectedDelayDays;
      if (days !== null && !(Number.isInteger(days) && days >= 0)) {
        issues.push({
          code: 'invalid-risk',
          ids: [r.id, a.itemId],
          message: `risk "${r.id}" on "${a.itemId}" has expected delay ${days}; it must be a whole number ≥ 0 or null`,
        });
        continue;
      }
      effects.push({ item, expectedDelayDays: days });
    }
    effects.sort((a, b) => a.item - b.item || (a.expectedDelayDays ?? -1) - (b.expectedDelayDays ?? -1));
    risks.set(r.id, { id: r.id, name: r.name ?? r.id, effects });
  }
  return risks;
}
