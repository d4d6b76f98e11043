// schedule(): the baseline critical-path schedule of a compiled plan, kept as flat arrays, with
// scheduledItems() to turn it into plain per-item values for the API.

import { toIsoDay } from '../dates/days.js';
import { type PrecisionDate, precisionDateContaining } from '../dates/precisionDate.js';
import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { UnknownIdError } from './errors.js';
import { FF, FS, SS } from './graph.js';
import { backwardPass, forwardPass, latestFinish } from './passes.js';
import type { SchedulingMode } from './types.js';

export interface ScheduleOptions {
  /** Defaults to 'preserve'. */
  readonly mode?: SchedulingMode;
}

/** The CPM result as arrays indexed like plan.items, in time points (see compilePlan.ts). */
export interface Schedule {
  readonly plan: CompiledPlan;
  readonly mode: SchedulingMode;
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
  /** lateStart - earlyStart; negative where a deadline cannot be met; NaN/Infinity for items without a date. */
  readonly totalSlack: Float64Array;
  /** How far the item can slip without moving any successor (or the plan end); never negative. */
  readonly freeSlack: Float64Array;
  /** 1 when total slack ≤ 0. */
  readonly critical: Uint8Array;
  /** Finish time point of the whole plan; -Infinity when nothing is dated. */
  readonly planEnd: number;
}

/** Forward and backward pass (critical path method) over the whole plan: O(items + dependencies). */
export function schedule(plan: CompiledPlan, options: ScheduleOptions = {}): Schedule {
  const mode = options.mode ?? 'preserve';
  const { earlyStart, earlyFinish } = forwardPass(plan, mode, null);
  const planEnd = latestFinish(earlyFinish);
  const { lateStart, lateFinish } = backwardPass(plan, planEnd, null);
  const n = plan.items.length;
  const totalSlack = new Float64Array(n);
  const critical = new Uint8Array(n);
  const cal = plan.calendar;
  for (let i = 0; i < n; i++) {
    const slack = cal.delta(earlyStart[i] as number, lateStart[i] as number);
    totalSlack[i] = slack;
    critical[i] = slack <= 0 && Number.isFinite(earlyStart[i] as number) ? 1 : 0;
  }
  const freeSlack = computeFreeSlack(plan, earlyStart, earlyFinish, planEnd);
  return {
    plan,
    mode,
    earlyStart,
    earlyFinish,
    lateStart,
    lateFinish,
    totalSlack,
    freeSlack,
    critical,
    planEnd,
  };
}

function computeFreeSlack(
  plan: CompiledPlan,
  es: Float64Array,
  ef: Float64Array,
  planEnd: number,
): Float64Array {
  const n = plan.items.length;
  const { succOffset, succItem, succEdge } = plan.graph;
  const { depType, depLag, duration } = plan;
  const cal = plan.calendar;
  const free = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Bounded by the plan end for every item, not only for the last ones: with a negative lag an item can
    // finish after its successor, and slipping it further would move the end of the plan.
    let slack = cal.delta(ef[i] as number, planEnd);
    const start = succOffset[i] as number;
    const end = succOffset[i + 1] as number;
    for (let q = start; q < end; q++) {
      const s = succItem[q] as number;
      const e = succEdge[q] as number;
      const type = depType[e] as number;
      // The gap on each outgoing dependency between what this item requires and what the successor has.
      const own = type === FS || type === FF ? (ef[i] as number) : (es[i] as number);
      const theirs =
        type === FS || type === SS ? (es[s] as number) : cal.addDays(es[s] as number, duration[s] as number);
      const gap = cal.delta(cal.addDays(own, depLag[e] as number), theirs);
      if (gap < slack) slack = gap;
    }
    free[i] = Number.isFinite(es[i] as number) ? slack : Number.NaN;
  }
  return free;
}

/** A date as both an ISO day and a PrecisionDate re-expressed in the item's own precision. */
export interface DayView {
  readonly iso: string;
  readonly date: PrecisionDate;
}

export interface ScheduledItem {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** True when the item has no date of its own: its dates (if any) come from its predecessors. */
  readonly undated: boolean;
  readonly plannedStart: PrecisionDate | null;
  readonly plannedEnd: PrecisionDate | null;
  readonly earlyStart: DayView | null;
  readonly earlyFinish: DayView | null;
  readonly lateStart: DayView | null;
  readonly lateFinish: DayView | null;
  /** Days the early start lies after the planned start (the plan itself violates a dependency). */
  readonly pushedByPlanDays: number;
  readonly totalSlackDays: number | null;
  readonly freeSlackDays: number | null;
  readonly critical: boolean;
  readonly deadline: PrecisionDate | null;
  readonly deadlineSource: string | null;
  /** Days the early finish lies past the deadline; null when it is met or there is none. */
  readonly missesDeadlineByDays: number | null;
}

/** Every item of a schedule as plain values, in id order. */
export function scheduledItems(s: Schedule): ScheduledItem[] {
  return s.plan.items.map((_, i) => scheduledItemAt(s, i));
}

/** One item of a schedule as plain values. Throws UnknownIdError. */
export function scheduledItem(s: Schedule, id: string): ScheduledItem {
  const i = s.plan.indexOf.get(id);
  if (i === undefined) throw new UnknownIdError('item', id);
  return scheduledItemAt(s, i);
}

function scheduledItemAt(s: Schedule, i: number): ScheduledItem {
  const { plan } = s;
  const item = plan.items[i] as CompiledItem;
  const es = s.earlyStart[i] as number;
  const ef = s.earlyFinish[i] as number;
  const dated = Number.isFinite(es);
  const late = dated && Number.isFinite(s.lateStart[i] as number);
  const finishVsDeadline = plan.calendar.delta(plan.deadline[i] as number, ef);
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    undated: item.start === null,
    plannedStart: item.start,
    plannedEnd: item.end,
    earlyStart: dated ? startView(plan, i, es) : null,
    earlyFinish: dated ? finishView(plan, i, ef) : null,
    lateStart: late ? startView(plan, i, s.lateStart[i] as number) : null,
    lateFinish: late ? finishView(plan, i, s.lateFinish[i] as number) : null,
    pushedByPlanDays:
      dated && item.start !== null ? plan.calendar.delta(plan.plannedStart[i] as number, es) : 0,
    totalSlackDays: late ? (s.totalSlack[i] as number) : null,
    freeSlackDays: dated && Number.isFinite(s.freeSlack[i] as number) ? (s.freeSlack[i] as number) : null,
    critical: s.critical[i] === 1,
    deadline: item.deadline,
    deadlineSource: item.deadlineSource,
    missesDeadlineByDays: dated && finishVsDeadline > 0 ? finishVsDeadline : null,
  };
}

/** The first day of an item starting at time point `t` (a point item's day is the day it ends). */
export function startDayOf(plan: CompiledPlan, i: number, t: number): number {
  return (plan.duration[i] as number) === 0 ? plan.calendar.addDays(t, -1) : t;
}

/** The last day of an item finishing at time point `t`. */
export function finishDayOf(plan: CompiledPlan, t: number): number {
  return plan.calendar.addDays(t, -1);
}

export function startView(plan: CompiledPlan, i: number, t: number): DayView {
  return dayView(startDayOf(plan, i, t), (plan.items[i] as CompiledItem).start);
}

export function finishView(plan: CompiledPlan, i: number, t: number): DayView {
  return dayView(finishDayOf(plan, t), (plan.items[i] as CompiledItem).end);
}

function dayView(day: number, own: PrecisionDate | null): DayView {
  return { iso: toIsoDay(day), date: precisionDateContaining(day, own?.precision ?? 'day') };
}
