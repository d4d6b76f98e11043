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
import type { DependencyType, ItemInput, ItemKind, PlanInput } from './types.js';

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

export interface CompiledDependency {
  readonly from: string;
  readonly to: string;
  readonly type: DependencyType;
  readonly lagDays: number;
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
 * A validated, immutable plan. Items are indexed in id order and dependencies sorted by (dependent, predecessor,
 * type, lag), so every result is independent of input order. Time points: a start is the beginning of its
 * first day; a finish is the end of its last day (= the beginning of the next day). Undated items have
 * plannedStart = -Infinity and duration 0.
 */
export interface CompiledPlan {
  readonly calendar: Calendar;
  readonly items: readonly CompiledItem[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Dependency e, in the same order as graph.predItem / type / lag. */
  readonly dependencies: readonly CompiledDependency[];
  readonly risks: ReadonlyMap<string, CompiledRisk>;
  readonly graph: DependencyGraph;
  /** Predecessors before successors. */
  readonly topo: Int32Array;
  readonly plannedStart: Float64Array;
  readonly duration: Float64Array;
  /** Start-no-earlier-than time point; -Infinity when absent. */
  readonly notBefore: Float64Array;
  /** Finish time point the item must not pass; +Infinity when absent. */
  readonly deadline: Float64Array;
  /** Per dependency: 0 FS, 1 SS, 2 FF, 3 SF. */
  readonly depType: Uint8Array;
  readonly depLag: Float64Array;
}

const POINT_KINDS: ReadonlySet<string> = new Set(['milestone', 'goal']);

/** Validates and compiles. Throws PlanValidationError (every issue at once) or CycleError. */
export function compilePlan(input: PlanInput): CompiledPlan {
  const issues: PlanIssue[] = [];
  const calendar = input.calendar ?? allDaysCalendar;

  const sortedInputs = [...input.items].sort((a, b) => compareIds(a.id, b.id));
  const indexOf = new Map<string, number>();
  const uniqueInputs: ItemInput[] = [];
  const reportedDuplicates = new Set<string>();
  for (const item of sortedInputs) {
    if (item.id === '') {
      issues.push({ code: 'empty-id', ids: [''], message: 'an item has an empty id' });
      continue;
    }
    if (indexOf.has(item.id)) {
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
    indexOf.set(item.id, uniqueInputs.length);
    uniqueInputs.push(item);
  }

  const n = uniqueInputs.length;
  const items: CompiledItem[] = [];
  const plannedStart = new Float64Array(n);
  const duration = new Float64Array(n);
  const notBefore = new Float64Array(n);
  const deadline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = compileItem(uniqueInputs[i] as ItemInput, issues);
    items.push(item);
    if (item.start === null || item.end === null) {
      plannedStart[i] = Number.NEGATIVE_INFINITY;
      duration[i] = 0;
    } else if (item.isPoint) {
      // A point sits at the end of its day, so "after milestone X" starts the next day and
      // "milestone after task Y" falls on Y's last day.
      plannedStart[i] = calendar.addDays(item.end.last, 1);
      duration[i] = 0;
    } else {
      plannedStart[i] = item.start.first;
      duration[i] = calendar.duration(item.start.first, item.end.last);
    }
    notBefore[i] = item.startNoEarlierThan?.first ?? Number.NEGATIVE_INFINITY;
    deadline[i] = item.deadline === null ? Number.POSITIVE_INFINITY : calendar.addDays(item.deadline.last, 1);
  }

  const deps = compileDependencies(input, indexOf, issues);
  const risks = compileRisks(input, indexOf, issues);
  if (issues.length > 0) throw new PlanValidationError(issues);

  const m = deps.length;
  const edgeSucc = new Int32Array(m);
  const edgePred = new Int32Array(m);
  const depType = new Uint8Array(m);
  const depLag = new Float64Array(m);
  const dependencies: CompiledDependency[] = [];
  for (let e = 0; e < m; e++) {
    const d = deps[e] as CompiledEdge;
    edgeSucc[e] = d.succ;
    edgePred[e] = d.pred;
    depType[e] = d.typeCode;
    depLag[e] = d.lagDays;
    dependencies.push({
      from: d.from,
      to: d.to,
      type: DEPENDENCY_TYPES[d.typeCode] as DependencyType,
      lagDays: d.lagDays,
    });
  }
  const graph = buildGraph(n, edgeSucc, edgePred);
  const topo = topologicalOrder(graph);
  if (topo === null) {
    const cycle = findCycleIndices(graph) ?? [];
    throw new CycleError(cycle.map((i) => (items[i] as CompiledItem).id));
  }
  return {
    calendar,
    items,
    indexOf,
    dependencies,
    risks,
    graph,
    topo,
    plannedStart,
    duration,
    notBefore,
    deadline,
    depType,
    depLag,
  };
}

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

interface CompiledEdge {
  readonly succ: number;
  readonly pred: number;
  readonly typeCode: number;
  readonly lagDays: number;
  readonly from: string;
  readonly to: string;
}

function compileDependencies(
  input: PlanInput,
  indexOf: ReadonlyMap<string, number>,
  issues: PlanIssue[],
): CompiledEdge[] {
  const edges: CompiledEdge[] = [];
  for (const d of input.dependencies ?? []) {
    const succ = indexOf.get(d.from);
    const pred = indexOf.get(d.to);
    const label = `dependency "${d.from}" → "${d.to}"`;
    for (const [id, index] of [
      [d.from, succ],
      [d.to, pred],
    ] as const) {
      if (index === undefined) {
        issues.push({
          code: 'unknown-item',
          ids: [d.from, d.to],
          message: `${label} refers to unknown item "${id}"`,
        });
      }
    }
    const type = d.type ?? 'FS';
    const typeCode = DEPENDENCY_TYPES.indexOf(type);
    if (typeCode < 0) {
      issues.push({
        code: 'invalid-dependency',
        ids: [d.from, d.to],
        message: `${label} has unknown type "${type}"`,
      });
    }
    const lagDays = d.lagDays ?? 0;
    if (!Number.isInteger(lagDays)) {
      issues.push({
        code: 'invalid-dependency',
        ids: [d.from, d.to],
        message: `${label} has lag ${lagDays}; lag must be a whole number of days`,
      });
    }
    if (succ === undefined || pred === undefined || typeCode < 0) continue;
    edges.push({ succ, pred, typeCode, lagDays, from: d.from, to: d.to });
  }
  edges.sort(
    (a, b) => a.succ - b.succ || a.pred - b.pred || a.typeCode - b.typeCode || a.lagDays - b.lagDays,
  );
  return edges;
}

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
