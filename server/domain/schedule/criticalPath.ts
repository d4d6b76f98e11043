// criticalPathTo(): the chain of items that determines when a chosen item (or the whole plan) finishes.
// An item is critical to a target when it has zero slack towards that target's early finish.

import { DEFAULT_UNKNOWN_RISK_DELAY_DAYS, resolveChanges, withFloors } from './changes.js';
import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { UnknownIdError } from './errors.js';
import { DEPENDENCY_TYPES } from './graph.js';
import {
  backwardPass,
  baselineDates,
  forwardPass,
  forwardPassFrom,
  type ItemDelays,
  latestFinish,
  requiredStart,
} from './passes.js';
import { type DayView, type DayViews, dayViews, type Schedule } from './schedule.js';
import type { Change, DependencyType, SchedulingMode } from './types.js';

export interface CriticalPathOptions {
  readonly mode?: SchedulingMode;
  /** The critical path after these changes (a what-if), instead of in the plan as it is. */
  readonly changes?: readonly Change[];
  readonly unknownRiskDelayDays?: number;
  /**
   * schedule(plan, { mode }), to reuse across questions on one plan: its dates are not computed again, and
   * after changes only what they reach is (as analyseImpact does).
   */
  readonly baseline?: Schedule;
}

export interface CriticalPathStep {
  readonly id: string;
  readonly name: string;
  readonly start: DayView;
  readonly finish: DayView;
  /** No dates of its own: start and finish are only where the engine placed it, not dates to show. */
  readonly undated: boolean;
  /** The dependency from the previous step into this one; null for the first step. */
  readonly dependency: { readonly type: DependencyType; readonly lagDays: number } | null;
}

export interface CriticalPath {
  /** The target item, or the item finishing last (the last in schedule order among ties); null without dates. */
  readonly targetId: string | null;
  /** One driving chain, first item to target. Where several predecessors tie, the first in schedule order is followed. */
  readonly path: readonly CriticalPathStep[];
  /** Every item with zero slack towards the target (all tied chains), ordered by early start then id. */
  readonly items: readonly string[];
}

/**
 * The critical path to `targetId`, or to the plan's end when omitted. Deadlines are ignored here: the
 * question is what drives the target's date, not whether it is met (schedule() reports that).
 * O(items + dependencies). Throws UnknownIdError.
 */
export function criticalPathTo(
  plan: CompiledPlan,
  targetId?: string,
  options: CriticalPathOptions = {},
): CriticalPath {
  const n = plan.items.length;
  const mode = options.mode ?? 'preserve';
  const { baseline } = options;
  if (baseline !== undefined && (baseline.plan !== plan || baseline.mode !== mode)) {
    throw new Error('criticalPathTo: the baseline must come from schedule() of the same plan and mode');
  }
  const base =
    baseline === undefined
      ? baselineDates(plan, mode)
      : { ...baseline.anchors, earlyStart: baseline.earlyStart, earlyFinish: baseline.earlyFinish };
  let es = base.earlyStart;
  let ef = base.earlyFinish;
  let delays: ItemDelays | null = null;
  if (options.changes !== undefined && options.changes.length > 0) {
    const resolved = resolveChanges(
      plan,
      options.changes,
      options.unknownRiskDelayDays ?? DEFAULT_UNKNOWN_RISK_DELAY_DAYS,
    );
    delays = withFloors(plan, resolved.delays, resolved.floorDays, base.earlyStart);
    if (baseline === undefined) ({ earlyStart: es, earlyFinish: ef } = forwardPass(plan, mode, delays, base));
    else {
      const seeds = [...resolved.causes.keys()].sort((a, b) => a - b);
      ({ earlyStart: es, earlyFinish: ef } = forwardPassFrom(
        plan,
        mode,
        delays,
        baseline.anchors,
        baseline.scenarioBase,
        seeds,
      ));
    }
  }
  const shift = delays?.shift;
  // After changes the items on the path are found by walking binding dependencies back from the target
  // (below), so late dates are needed only for the plan as it is.
  let target: number;
  let late: Float64Array | null = null;
  if (targetId !== undefined) {
    const t = plan.indexOf.get(targetId);
    if (t === undefined) throw new UnknownIdError('item', targetId);
    target = t;
    if (!Number.isFinite(ef[t] as number)) return { targetId, path: [], items: [] };
    if (shift === undefined) {
      const bound = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
      bound[t] = ef[t] as number;
      late = backwardPass(plan, 0, delays, { useDeadlines: false, targetFinish: bound }).lateStart;
    }
  } else {
    const planEnd = latestFinish(ef);
    if (planEnd === Number.NEGATIVE_INFINITY) return { targetId: null, path: [], items: [] };
    // Among items finishing at the plan end, the last in schedule order: a goal or milestone that closes
    // a chain, rather than the chain's last task.
    target = ef.lastIndexOf(planEnd);
    if (shift === undefined) late = backwardPass(plan, planEnd, delays, { useDeadlines: false }).lateStart;
  }
  // After changes, an item's own delay sits between what binds it and its start, which late dates do not
  // see: there the items critical to the target are those a binding chain leads from to the target.
  let binding: Uint8Array | null = null;
  const bound: number[] = [];
  if (shift !== undefined) {
    binding = new Uint8Array(n);
    binding[target] = 1;
    bound.push(target);
    const stack = [target];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      const pushed = (es[i] as number) - (shift[i] as number);
      for (
        let e = plan.graph.predOffset[i] as number, end = plan.graph.predOffset[i + 1] as number;
        e < end;
        e++
      ) {
        const p = plan.graph.predItem[e] as number;
        if (binding[p] === 1 || !Number.isFinite(es[p] as number)) continue;
        if (requiredStart(plan, es, ef, i, e) !== pushed) continue;
        binding[p] = 1;
        bound.push(p);
        stack.push(p);
      }
    }
  }
  const onPath = (i: number): boolean =>
    binding !== null
      ? binding[i] === 1
      : Number.isFinite(es[i] as number) && (late as Float64Array)[i] === es[i];

  // Walk back from the target along binding dependencies (those whose requirement equals the start)
  // into predecessors that are themselves critical; record the edge taken into each item.
  const chain: number[] = [];
  const edgeInto: number[] = [];
  for (let i = target; i >= 0; ) {
    chain.push(i);
    let next = -1;
    let via = -1;
    for (
      let e = plan.graph.predOffset[i] as number, end = plan.graph.predOffset[i + 1] as number;
      e < end;
      e++
    ) {
      const p = plan.graph.predItem[e] as number;
      const pushed = (es[i] as number) - (shift === undefined ? 0 : (shift[i] as number));
      if (onPath(p) && requiredStart(plan, es, ef, i, e) === pushed) {
        next = p;
        via = e;
        break;
      }
    }
    edgeInto.push(via);
    i = next;
  }
  chain.reverse();
  edgeInto.reverse();
  const views = dayViews(plan);
  const path = chain.map((i, k) => step(plan, views, es, ef, i, edgeInto[k] ?? -1));

  const { idRank } = plan;
  let items: number[] = bound;
  if (binding === null) {
    items = [];
    for (let i = 0; i < n; i++) if (onPath(i)) items.push(i);
  }
  // idRank is the position in id order (compareIds), so ties compare numbers, not strings.
  items.sort(
    (a, b) => (es[a] as number) - (es[b] as number) || (idRank[a] as number) - (idRank[b] as number),
  );
  return { targetId: (plan.items[target] as CompiledItem).id, path, items: items.map((i) => idOf(plan, i)) };
}

function step(
  plan: CompiledPlan,
  views: DayViews,
  es: Float64Array,
  ef: Float64Array,
  i: number,
  edgeIn: number,
): CriticalPathStep {
  const item = plan.items[i] as CompiledItem;
  return {
    id: item.id,
    name: item.name,
    start: views.start(i, es[i] as number),
    finish: views.finish(i, ef[i] as number),
    undated: item.start === null,
    dependency:
      edgeIn < 0
        ? null
        : {
            type: DEPENDENCY_TYPES[plan.depType[edgeIn] as number] as DependencyType,
            lagDays: plan.depLag[edgeIn] as number,
          },
  };
}

function idOf(plan: CompiledPlan, i: number): string {
  return (plan.items[i] as CompiledItem).id;
}
