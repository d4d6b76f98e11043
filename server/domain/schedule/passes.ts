// The two critical-path-method passes over flat arrays. Each is one walk in topological order,
// O(items + dependencies), with no allocation per item. Items are numbered in schedule order, so the
// forward pass is a loop from the first item to the last and the backward pass the reverse. Time is in
// calendar units (compilePlan.ts), so the arithmetic here is plain addition.

import type { CompiledPlan } from './compilePlan.js';
import { IndexHeap } from './indexHeap.js';
import type { SchedulingMode } from './types.js';

// Dependency type codes (see graph.ts), repeated as local constants: an imported binding is a property
// load on every edge once the module is compiled to CommonJS, which more than doubled the pass time.
const FS = 0;
const SS = 1;
const FF = 2;
const SF = 3;

export interface EarlyDates {
  readonly earlyStart: Float64Array;
  readonly earlyFinish: Float64Array;
}

/** Where a baseline placed undated items that nothing dated precedes (see baselineDates). */
export interface Anchors {
  /** The plan's planned starts, plus the just-in-time starts given to floating items. */
  readonly plannedStart: Float64Array;
  /** 1 for a floating item: undated, with no dated item before it. */
  readonly floating: Uint8Array;
}

export interface BaselineDates extends EarlyDates, Anchors {}

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
  /** The scenario's start-no-earlier-than per item, replacing plan.notBefore (milestone delays, see changes.ts). */
  readonly notBefore?: Float64Array;
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
export function forwardPass(
  plan: CompiledPlan,
  mode: SchedulingMode,
  delays: ItemDelays | null,
  anchors: Anchors | null = null,
): EarlyDates {
  const n = plan.items.length;
  const rule = forwardRule(plan, mode, delays, anchors);
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  for (let i = 0; i < n; i++) placeEarly(rule, es, ef, i);
  return { earlyStart: es, earlyFinish: ef };
}

/** What the forward rule reads besides the dates of predecessors: the plan, the mode, the scenario. */
interface ForwardRule {
  readonly plan: CompiledPlan;
  readonly preserve: boolean;
  /** Only recompute mode needs to know which requirements come from dated predecessors. */
  readonly trackDated: boolean;
  readonly notBefore: Float64Array;
  readonly plannedStart: Float64Array;
  readonly floating: Uint8Array | undefined;
  readonly shift: Float64Array | undefined;
  readonly stretch: Float64Array | undefined;
}

function forwardRule(
  plan: CompiledPlan,
  mode: SchedulingMode,
  delays: ItemDelays | null,
  anchors: Anchors | null,
): ForwardRule {
  const preserve = mode === 'preserve';
  return {
    plan,
    preserve,
    trackDated: !preserve && anchors !== null,
    notBefore: delays?.notBefore ?? plan.notBefore,
    plannedStart: anchors?.plannedStart ?? plan.plannedStart,
    floating: anchors?.floating,
    shift: delays?.shift,
    stretch: delays?.stretch,
  };
}

/** The forward rule for item i, whose predecessors' dates are final in es/ef: sets es[i] and ef[i]. */
function placeEarly(rule: ForwardRule, es: Float64Array, ef: Float64Array, i: number): void {
  const { plan, preserve, trackDated, floating, shift, stretch } = rule;
  const { predOffset, predItem } = plan.graph;
  const dur = plan.duration[i] as number;
  let required = Number.NEGATIVE_INFINITY;
  // What dated predecessors require: in recompute mode only they make an item "as soon as possible";
  // requirements from floating items (assumed just in time) push, like in preserve mode.
  let requiredByDated = Number.NEGATIVE_INFINITY;
  for (let e = predOffset[i] as number, end = predOffset[i + 1] as number; e < end; e++) {
    const v = requiredStart(plan, es, ef, i, e);
    if (v > required) required = v;
    if (trackDated && v > requiredByDated && (floating as Uint8Array)[predItem[e] as number] === 0)
      requiredByDated = v;
  }
  const planned = rule.plannedStart[i] as number;
  let start: number;
  if (preserve) start = Math.max(required, planned);
  else if ((trackDated ? requiredByDated : required) === Number.NEGATIVE_INFINITY)
    start = Math.max(required, planned);
  else start = required;
  const floor = rule.notBefore[i] as number;
  if (floor > start) start = floor;
  if (shift !== undefined) start += shift[i] as number;
  es[i] = start;
  ef[i] = start + (stretch === undefined ? dur : dur + (stretch[i] as number));
}

/** A scenario's early dates, and the items whose dates differ from the reference it was computed from. */
export interface ScenarioDates extends EarlyDates {
  /** Ascending (schedule order). */
  readonly changed: Int32Array;
}

/**
 * The forward pass of a scenario that differs from `reference` (forwardPass of the same plan, mode and
 * anchors without delays) only at the `seeds` (the items the changes touch). In the spirit of
 * OpenProject's schedule_following: only the seeds and the items downstream whose predecessors' dates
 * moved are placed again, in schedule order (a heap of indices), so a delay costs O(the items it moves and
 * their dependencies, × log) instead of O(plan), and a leaf costs about its successors. The dates are
 * exactly forwardPass's: an item none of whose inputs changed computes what the reference computed.
 * (The two copies of the reference are memcpy work, ~0.1 ms at 50k.)
 */
export function forwardPassFrom(
  plan: CompiledPlan,
  mode: SchedulingMode,
  delays: ItemDelays,
  anchors: Anchors,
  reference: EarlyDates,
  seeds: readonly number[],
): ScenarioDates {
  const rule = forwardRule(plan, mode, delays, anchors);
  const es = reference.earlyStart.slice();
  const ef = reference.earlyFinish.slice();
  const { succOffset, succItem } = plan.graph;
  const queued = new Uint8Array(plan.items.length);
  const heap = new IndexHeap(plan.items.length);
  for (const i of seeds) {
    if (queued[i] === 1) continue;
    queued[i] = 1;
    heap.push(i);
  }
  const changed: number[] = [];
  // Popped in ascending order; every predecessor of an item has a smaller index, so it is final by then.
  while (heap.size > 0) {
    const i = heap.pop();
    placeEarly(rule, es, ef, i);
    if (
      sameTime(es[i] as number, reference.earlyStart[i] as number) &&
      sameTime(ef[i] as number, reference.earlyFinish[i] as number)
    )
      continue;
    changed.push(i);
    for (let q = succOffset[i] as number, end = succOffset[i + 1] as number; q < end; q++) {
      const s = succItem[q] as number;
      if (queued[s] === 1) continue;
      queued[s] = 1;
      heap.push(s);
    }
  }
  return { earlyStart: es, earlyFinish: ef, changed: Int32Array.from(changed) };
}

/** Equal time points, NaN equal to NaN (an item the reference could not place stays unplaced). */
export function sameTime(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/**
 * The baseline: a forward pass, then undated items that nothing dated precedes ("floating") are placed
 * just in time, finishing exactly when their successors need them. Nobody knows when such an item is due,
 * so the engine assumes it is on time, with no buffer: delaying it passes the whole delay on (delaying the
 * undated Persontjenesten moves Helseplattformen by as much). Dated items are not moved by this.
 * Scenarios reuse the returned planned starts, so the assumed dates stay put while a delay is applied.
 */
export function baselineDates(plan: CompiledPlan, mode: SchedulingMode): BaselineDates {
  const { earlyStart: es, earlyFinish: ef } = forwardPass(plan, mode, null);
  const plannedStart = plan.plannedStart.slice();
  const floating = new Uint8Array(plan.items.length);
  for (let i = 0; i < floating.length; i++) floating[i] = es[i] === Number.NEGATIVE_INFINITY ? 1 : 0;
  const { duration, depType, depLag } = plan;
  const { succOffset, succItem, succEdge } = plan.graph;
  // Successors before predecessors, so a floating item placed here can place a floating predecessor.
  for (let i = plan.items.length - 1; i >= 0; i--) {
    if (es[i] !== Number.NEGATIVE_INFINITY) continue;
    let finish = Number.POSITIVE_INFINITY;
    const dur = duration[i] as number;
    for (let q = succOffset[i] as number, end = succOffset[i + 1] as number; q < end; q++) {
      const s = succItem[q] as number;
      // A successor with no date of its own (nor placed yet) says nothing about when this is needed.
      if (es[s] === Number.NEGATIVE_INFINITY) continue;
      const e = succEdge[q] as number;
      const lag = depLag[e] as number;
      const type = depType[e] as number;
      // The backward rule against the successor's early start: the latest finish that does not push it.
      const v =
        type === FS
          ? (es[s] as number) - lag
          : type === SS
            ? (es[s] as number) + dur - lag
            : type === FF
              ? (es[s] as number) + (duration[s] as number) - lag
              : (es[s] as number) + (duration[s] as number) + dur - lag;
      if (v < finish) finish = v;
    }
    if (finish === Number.POSITIVE_INFINITY || Number.isNaN(finish)) continue;
    plannedStart[i] = finish - dur;
    es[i] = finish - dur;
    ef[i] = finish;
  }
  return { earlyStart: es, earlyFinish: ef, plannedStart, floating };
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
  const { duration, deadline } = plan;
  const stretch = delays?.stretch;
  const { useDeadlines, targetFinish } = options;
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const dur =
      stretch === undefined ? (duration[i] as number) : (duration[i] as number) + (stretch[i] as number);
    let bound = targetFinish === undefined ? planEnd : (targetFinish[i] as number);
    if (useDeadlines) {
      const d = deadline[i] as number;
      if (d < bound) bound = d;
    }
    placeLate(plan, ls, lf, i, dur, bound);
  }
  return { lateStart: ls, lateFinish: lf };
}

/** Late dates computed before, to take over where nothing downstream changed (see lateStartsAt). */
export interface KnownLateStarts {
  /** backwardPass(plan, planEnd, null).lateStart. */
  readonly lateStart: Float64Array;
  readonly planEnd: number;
  /** Items after this index (schedule order) have no delay downstream of them or on themselves. */
  readonly unchangedAfter: number;
}

/**
 * The backward pass (with deadlines, against `planEnd`) only where it is asked for: the late starts of
 * `items` and, on the way, of everything downstream of them; other entries are 0. A scenario needs late
 * dates only for the items it moved (are they critical now?), so this costs O(their downstream), not
 * O(plan). The same rule as backwardPass, so the same numbers. With `known` and the same plan end, an
 * item after `unchangedAfter` takes its known late start: everything it can reach comes after it in
 * schedule order, so none of it is stretched, and the pass would compute the same number again.
 */
export function lateStartsAt(
  plan: CompiledPlan,
  planEnd: number,
  delays: ItemDelays | null,
  items: Iterable<number>,
  known: KnownLateStarts | null = null,
): Float64Array {
  const n = plan.items.length;
  const { duration, deadline } = plan;
  const { succOffset, succItem } = plan.graph;
  const stretch = delays?.stretch;
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  // 0: not seen, 1: its successors are being placed, 2: placed. Depth-first without recursion (chains
  // can be as long as the plan): an item is placed when it comes back to the top of the stack.
  const state = new Uint8Array(n);
  const stack: number[] = [];
  const reuseAfter = known !== null && known.planEnd === planEnd ? known.unchangedAfter : n;
  for (const root of items) {
    if (state[root] !== 0) continue;
    stack.push(root);
    while (stack.length > 0) {
      const i = stack[stack.length - 1] as number;
      if (state[i] === 0 && reuseAfter < i) {
        ls[i] = (known as KnownLateStarts).lateStart[i] as number;
        state[i] = 2;
      }
      if (state[i] === 0) {
        state[i] = 1;
        for (let q = succOffset[i] as number, end = succOffset[i + 1] as number; q < end; q++) {
          const s = succItem[q] as number;
          if (state[s] === 0) stack.push(s);
        }
        continue;
      }
      stack.pop();
      if (state[i] === 2) continue;
      state[i] = 2;
      const dur =
        stretch === undefined ? (duration[i] as number) : (duration[i] as number) + (stretch[i] as number);
      const d = deadline[i] as number;
      placeLate(plan, ls, lf, i, dur, d < planEnd ? d : planEnd);
    }
  }
  return ls;
}

/** The backward rule for item i, whose successors' late dates are final: sets ls[i] and lf[i]. */
function placeLate(
  plan: CompiledPlan,
  ls: Float64Array,
  lf: Float64Array,
  i: number,
  dur: number,
  bound: number,
): void {
  const { duration, depType, depLag } = plan;
  const { succOffset, succItem, succEdge } = plan.graph;
  let finish = bound;
  for (let q = succOffset[i] as number, end = succOffset[i + 1] as number; q < end; q++) {
    const s = succItem[q] as number;
    const e = succEdge[q] as number;
    const lag = depLag[e] as number;
    const type = depType[e] as number;
    // Mirror of the forward rule: the latest point of this item that still lets s start at its late start.
    // (Written out here and in baselineDates on purpose: a shared helper measured ~20% slower at 100k.)
    const v =
      type === FS
        ? (ls[s] as number) - lag
        : type === SS
          ? (ls[s] as number) + dur - lag
          : type === FF
            ? (ls[s] as number) + (duration[s] as number) - lag
            : (ls[s] as number) + (duration[s] as number) + dur - lag;
    if (v < finish) finish = v;
  }
  lf[i] = finish;
  ls[i] = finish - dur;
}

/** How far item i can slip without moving any successor or the plan end (never negative). */
export function computeFreeSlack(
  plan: CompiledPlan,
  es: Float64Array,
  ef: Float64Array,
  planEnd: number,
): Float64Array {
  const n = plan.items.length;
  const { succOffset, succItem, succEdge } = plan.graph;
  const { depType, depLag, duration } = plan;
  const free = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Bounded by the plan end for every item, not only for the last ones: with a negative lag an item can
    // finish after its successor, and slipping it further would move the end of the plan.
    let slack = planEnd - (ef[i] as number);
    const start = succOffset[i] as number;
    const end = succOffset[i + 1] as number;
    for (let q = start; q < end; q++) {
      const s = succItem[q] as number;
      const e = succEdge[q] as number;
      const type = depType[e] as number;
      // The gap on each outgoing dependency between what this item requires and what the successor has.
      const own = type === FS || type === FF ? (ef[i] as number) : (es[i] as number);
      const theirs =
        type === FS || type === SS ? (es[s] as number) : (es[s] as number) + (duration[s] as number);
      const gap = theirs - (own + (depLag[e] as number));
      if (gap < slack) slack = gap;
    }
    free[i] = Number.isFinite(es[i] as number) ? slack : Number.NaN;
  }
  return free;
}

/** The start that dependency e requires of its dependent item i (the forward pass's rule, for one edge). */
export function requiredStart(
  plan: CompiledPlan,
  es: Float64Array,
  ef: Float64Array,
  i: number,
  e: number,
): number {
  const p = plan.graph.predItem[e] as number;
  const lag = plan.depLag[e] as number;
  const type = plan.depType[e] as number;
  const dur = plan.duration[i] as number;
  if (type === FS) return (ef[p] as number) + lag;
  if (type === SS) return (es[p] as number) + lag;
  if (type === FF) return (ef[p] as number) + lag - dur;
  return (es[p] as number) + lag - dur;
}

/** How far the end of dependency e's predecessor that e looks at (finish for FS/FF, start for SS/SF) moved. */
export function constrainingEndMoved(
  plan: CompiledPlan,
  es: Float64Array,
  ef: Float64Array,
  es2: Float64Array,
  ef2: Float64Array,
  e: number,
): number {
  const p = plan.graph.predItem[e] as number;
  const type = plan.depType[e] as number;
  return type === SS || type === SF
    ? (es2[p] as number) - (es[p] as number)
    : (ef2[p] as number) - (ef[p] as number);
}
