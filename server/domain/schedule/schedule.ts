// schedule(): the baseline critical-path schedule of a compiled plan, kept as flat arrays, with
// scheduledItems() to turn it into plain per-item values for the API.

import { toIsoDay } from '../dates/days.js';
import { type PrecisionDate, precisionDateContaining } from '../dates/precisionDate.js';
import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { UnknownIdError } from './errors.js';
import {
  type Anchors,
  backwardPass,
  baselineDates,
  computeFreeSlack,
  type EarlyDates,
  forwardPass,
  latestFinish,
} from './passes.js';
import type { SchedulingMode } from './types.js';

export interface ScheduleOptions {
  /** Defaults to 'preserve'. */
  readonly mode?: SchedulingMode;
}

/** The CPM result as arrays indexed like plan.items, in time points (see compilePlan.ts). */
export interface Schedule {
  readonly plan: CompiledPlan;
  readonly mode: SchedulingMode;
  /** Where the schedule assumed floating undated items to be (just in time); scenarios keep them there. */
  readonly anchors: Anchors;
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
  /** What a scenario's forward pass starts from (passes.ts, forwardPassFrom). */
  readonly scenarioBase: ScenarioBase;
}

/**
 * The forward pass of a scenario without changes (the anchors kept). Scenarios recompute only what their
 * changes reach and take every other date from here. It equals earlyStart/earlyFinish except at `drift`
 * (expected empty; kept so that a difference would still be reported exactly as the full pass reports it).
 */
export interface ScenarioBase extends EarlyDates {
  /** Items whose dates here differ from the baseline's, ascending. */
  readonly drift: Int32Array;
  /** latestFinish(earlyFinish). */
  readonly planEnd: number;
}

/** Forward and backward pass (critical path method) over the whole plan: O(items + dependencies). */
export function schedule(plan: CompiledPlan, options: ScheduleOptions = {}): Schedule {
  const mode = options.mode ?? 'preserve';
  const { earlyStart, earlyFinish, plannedStart, floating } = baselineDates(plan, mode);
  const planEnd = latestFinish(earlyFinish);
  const { lateStart, lateFinish } = backwardPass(plan, planEnd, null);
  const n = plan.items.length;
  const totalSlack = new Float64Array(n);
  const critical = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const slack = (lateStart[i] as number) - (earlyStart[i] as number);
    totalSlack[i] = slack;
    critical[i] = slack <= 0 && Number.isFinite(earlyStart[i] as number) ? 1 : 0;
  }
  const freeSlack = computeFreeSlack(plan, earlyStart, earlyFinish, planEnd);
  const anchors = { plannedStart, floating };
  return {
    plan,
    mode,
    anchors,
    scenarioBase: scenarioBase(plan, mode, anchors, earlyStart, earlyFinish),
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

function scenarioBase(
  plan: CompiledPlan,
  mode: SchedulingMode,
  anchors: Anchors,
  earlyStart: Float64Array,
  earlyFinish: Float64Array,
): ScenarioBase {
  const base = forwardPass(plan, mode, null, anchors);
  const drift: number[] = [];
  for (let i = 0; i < earlyStart.length; i++) {
    // Strictly (NaN counts as drift): analyseImpact compares with === and must see what it always saw.
    if (base.earlyStart[i] !== earlyStart[i] || base.earlyFinish[i] !== earlyFinish[i]) drift.push(i);
  }
  return { ...base, drift: Int32Array.from(drift), planEnd: latestFinish(base.earlyFinish) };
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
  /**
   * Days the early start lies after the planned start: the plan itself violates a dependency or constraint.
   * 0 for items without a planned start (undated items, goals).
   */
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
  const views = dayViews(s.plan);
  return Array.from(s.plan.idOrder, (i) => scheduledItemAt(s, i, views));
}

/** One item of a schedule as plain values. Throws UnknownIdError. */
export function scheduledItem(s: Schedule, id: string): ScheduledItem {
  const i = s.plan.indexOf.get(id);
  if (i === undefined) throw new UnknownIdError('item', id);
  return scheduledItemAt(s, i, dayViews(s.plan));
}

function scheduledItemAt(s: Schedule, i: number, views: DayViews): ScheduledItem {
  const { plan } = s;
  const item = plan.items[i] as CompiledItem;
  const es = s.earlyStart[i] as number;
  const ef = s.earlyFinish[i] as number;
  const dated = Number.isFinite(es);
  const late = dated && Number.isFinite(s.lateStart[i] as number);
  const finishVsDeadline = ef - (plan.deadline[i] as number);
  return {
    id: item.id,
    name: item.name,
    kind: item.kind,
    undated: item.start === null,
    plannedStart: item.start,
    plannedEnd: item.end,
    earlyStart: dated ? views.start(i, es) : null,
    earlyFinish: dated ? views.finish(i, ef) : null,
    lateStart: late ? views.start(i, s.lateStart[i] as number) : null,
    lateFinish: late ? views.finish(i, s.lateFinish[i] as number) : null,
    pushedByPlanDays:
      dated && Number.isFinite(plan.plannedStart[i] as number) ? es - (plan.plannedStart[i] as number) : 0,
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
  return plan.calendar.addDays(0, (plan.duration[i] as number) === 0 ? t - 1 : t);
}

/** The last day of an item finishing at time point `t`. */
export function finishDayOf(plan: CompiledPlan, t: number): number {
  return plan.calendar.addDays(0, t - 1);
}

export interface DayViews {
  /** The first day of item i when it starts at time point t, in the precision of its planned start. */
  start(i: number, t: number): DayView;
  /** The last day of item i when it finishes at time point t, in the precision of its planned end. */
  finish(i: number, t: number): DayView;
}

const PRECISION_CODE = { day: 0, month: 1, quarter: 2, half: 3, year: 4 } as const;

/**
 * DayView factory for one report. Many items share days, and formatting dominates the cost of a report on
 * a large plan, so each (day, precision) is built once; the views are immutable and safe to share.
 */
export function dayViews(plan: CompiledPlan): DayViews {
  const cache = new Map<number, DayView>();
  const view = (day: number, own: PrecisionDate | null): DayView => {
    const precision = own?.precision ?? 'day';
    const key = day * 8 + PRECISION_CODE[precision];
    let v = cache.get(key);
    if (v === undefined) {
      const iso = toIsoDay(day);
      // A day-precision date is its ISO text; no need to work the calendar out twice.
      const date =
        precision === 'day'
          ? { text: iso, precision, first: day, last: day }
          : precisionDateContaining(day, precision);
      v = { iso, date };
      cache.set(key, v);
    }
    return v;
  };
  return {
    start: (i, t) => view(startDayOf(plan, i, t), (plan.items[i] as CompiledItem).start),
    finish: (i, t) => view(finishDayOf(plan, t), (plan.items[i] as CompiledItem).end),
  };
}
