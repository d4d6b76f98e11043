// The two critical-path-method passes over flat arrays. Each is one walk in topological order,
// O(items + dependencies), with no allocation per item. Time points are explained in compilePlan.ts.

import type { CompiledPlan } from './compilePlan.js';
import { FF, FS, SS } from './graph.js';
import type { SchedulingMode } from './types.js';

export interface EarlyDates {
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
}

export interface LateDates {
  readonly lateStart: Float64Array;
  readonly lateFinish: Float64Array;
}

/**
 * Per-item changes for a scenario: `shift` moves the item's start (and with it the finish),
 * `stretch` moves only its finish (the item takes longer). Both in calendar days, never negative.
 */
export interface ItemDelays {
  readonly shift: Float64Array;
  readonly stretch: Float64Array;
}

/**
 * Forward pass: the earliest dates each item can have, visiting predecessors before successors.
 *
 * reschedule_by_predecessors: each dependency requires a start (FF/SF via the item's planned duration,
 * so a longer item never starts earlier). In `preserve` mode the planned start is kept unless a
 * predecessor requires a later one: the push is max(0, required - planned), and whatever gap lay between
 * them (the buffer) absorbs delay first. In `recompute` mode an item with a dated predecessor starts as
 * soon as its dependencies allow. A start-no-earlier-than constraint applies in both modes.
 * An undated item has no planned start, so it simply passes the requirement on.
 */
export function forwardPass(plan: CompiledPlan, mode: SchedulingMode, delays: ItemDelays | null): EarlyDates {
  const n = plan.items.length;
  const { topo, plannedStart, duration, notBefore, depType, depLag } = plan;
  const { predOffset, predItem } = plan.graph;
  const cal = plan.calendar;
  const preserve = mode === 'preserve';
  const shift = delays?.shift;
  const stretch = delays?.stretch;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = topo[k] as number;
    const dur = duration[i] as number;
    let required = Number.NEGATIVE_INFINITY;
    for (let e = predOffset[i] as number, end = predOffset[i + 1] as number; e < end; e++) {
      const p = predItem[e] as number;
      const lag = depLag[e] as number;
      const type = depType[e] as number;
      const v =
        type === FS
          ? cal.addDays(ef[p] as number, lag)
          : type === SS
            ? cal.addDays(es[p] as number, lag)
            : type === FF
              ? cal.addDays(ef[p] as number, lag - dur)
              : cal.addDays(es[p] as number, lag - dur);
      if (v > required) required = v;
    }
    const planned = plannedStart[i] as number;
    let start: number;
    if (preserve) start = Math.max(required, planned);
    else start = required === Number.NEGATIVE_INFINITY ? planned : required;
    const floor = notBefore[i] as number;
    if (floor > start) start = floor;
    if (shift !== undefined) start = cal.addDays(start, shift[i] as number);
    es[i] = start;
    ef[i] = cal.addDays(start, stretch === undefined ? dur : dur + (stretch[i] as number));
  }
  return { earlyStart: es, earlyFinish: ef };
}

/** The latest finish of any dated item; -Infinity when nothing is dated. */
export function latestFinish(earlyFinish: Float64Array): number {
  let end = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < earlyFinish.length; i++) {
    const f = earlyFinish[i] as number;
    if (f > end) end = f;
  }
  return end;
}

/**
 * Backward pass: the latest dates each item can have without moving `planEnd` or passing its own
 * deadline, visiting successors before predecessors. Deadlines make late dates earlier than early dates
 * where they cannot be met: that is the negative slack planners need to see.
 * `targetFinish`, when given, replaces the plan end as the bound (a per-item finish, +Infinity for
 * unbounded), which is how criticalPathTo asks "what drives this one item".
 */
export function backwardPass(
  plan: CompiledPlan,
  planEnd: number,
  delays: ItemDelays | null,
  options: { readonly useDeadlines: boolean; readonly targetFinish?: Float64Array } = { useDeadlines: true },
): LateDates {
  const n = plan.items.length;
  const { topo, duration, deadline, depType, depLag } = plan;
  const { succOffset, succItem, succEdge } = plan.graph;
  const cal = plan.calendar;
  const stretch = delays?.stretch;
  const { useDeadlines, targetFinish } = options;
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const i = topo[k] as number;
    const dur =
      stretch === undefined ? (duration[i] as number) : (duration[i] as number) + (stretch[i] as number);
    let finish = targetFinish === undefined ? planEnd : (targetFinish[i] as number);
    if (useDeadlines) {
      const d = deadline[i] as number;
      if (d < finish) finish = d;
    }
    for (let q = succOffset[i] as number, end = succOffset[i + 1] as number; q < end; q++) {
      const s = succItem[q] as number;
      const e = succEdge[q] as number;
      const lag = depLag[e] as number;
      const type = depType[e] as number;
      // Mirror of the forward rule: the latest point of this item that still lets s start at its late start.
      const v =
        type === FS
          ? cal.addDays(ls[s] as number, -lag)
          : type === SS
            ? cal.addDays(ls[s] as number, dur - lag)
            : type === FF
              ? cal.addDays(ls[s] as number, (duration[s] as number) - lag)
              : cal.addDays(ls[s] as number, (duration[s] as number) + dur - lag);
      if (v < finish) finish = v;
    }
    lf[i] = finish;
    ls[i] = cal.addDays(finish, -dur);
  }
  return { lateStart: ls, lateFinish: lf };
}
