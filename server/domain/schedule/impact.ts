// analyseImpact(): which dates move, by how much, and why, when items are delayed or risks happen.
// The scenario is scheduled beside the baseline (nothing is mutated) and only items whose dates
// moved are reported, each with the chain of dependencies that carried the delay to it.

import { toIsoDay } from '../dates/days.js';
import type { PrecisionDate } from '../dates/precisionDate.js';
import { attributeCauses, type CauseRef, type CauseShare, type Combination } from './attribution.js';
import {
  type ChangeCause,
  DEFAULT_UNKNOWN_RISK_DELAY_DAYS,
  type ResolvedChange,
  resolveChanges,
  withFloors,
} from './changes.js';
import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { DEPENDENCY_TYPES } from './graph.js';
import {
  constrainingEndMoved,
  forwardPassFrom,
  type ItemDelays,
  lateStartsAt,
  latestFinish,
  requiredStart,
  type ScenarioDates,
} from './passes.js';
import {
  type DayView,
  type DayViews,
  dayViews,
  finishDayOf,
  type Schedule,
  schedule,
  startDayOf,
} from './schedule.js';
import type { Change, DependencyType, SchedulingMode } from './types.js';

const NO_CAUSES: readonly ChangeCause[] = [];

export type { CauseRef, CauseShare, Combination };

export const DEFAULT_MAX_CHAIN_LINKS = 1_000_000;

export interface ImpactOptions {
  /** 'preserve' (default): planned dates move only when pushed. 'recompute': reschedule as soon as possible. */
  readonly mode?: SchedulingMode;
  /** Delay assumed for a risk effect whose expected delay is null. Default 90 days; flagged in the result. */
  readonly unknownRiskDelayDays?: number;
  /**
   * 'full' (default): every affected item carries its whole driving chain back to the source change.
   * 'last': only its own link (pushedBy says where to continue; drivingChainOf rebuilds a chain).
   */
  readonly drivingChains?: 'full' | 'last';
  /**
   * Full chains cost O(affected items × chain depth). Past this many links in total (default 1,000,000,
   * tens of MB) the result falls back to 'last' and says so in ImpactResult.drivingChains, so a huge
   * scenario cannot exhaust memory.
   */
  readonly maxChainLinks?: number;
  /** A baseline from schedule(plan, { mode }) to reuse across many queries on the same plan. */
  readonly baseline?: Schedule;
}

/** How a predecessor's slip reached this item through one dependency. */
export interface Push {
  readonly predecessorId: string;
  readonly type: DependencyType;
  readonly lagDays: number;
  /** How far the predecessor's constraining end moved (its finish for FS/FF, its start for SS/SF). */
  readonly predecessorSlipDays: number;
  /** The part of that slip this item's buffer (gap to the predecessor) absorbed. */
  readonly slackAbsorbedDays: number;
  /** Set when the link is the engine's, not the plan's: a milestone following its tiltak (README). */
  readonly milestoneOfTiltak?: true;
}

/** One step of a driving chain: an item, how much it slipped, and why. */
export interface DrivingLink {
  readonly itemId: string;
  readonly startSlipDays: number;
  readonly slipDays: number;
  /** The dependency that pushed this item; null when it moved only through its own changes. */
  readonly pushedBy: Push | null;
  /** Changes applied directly to this item (delays, risks). */
  readonly causes: readonly ChangeCause[];
}

export interface MissedDeadline {
  readonly deadline: PrecisionDate;
  /** The last day that meets the deadline. */
  readonly deadlineDay: string;
  readonly byDays: number;
  /** Where the deadline comes from (e.g. a goal id). */
  readonly source: string;
  /** False when the baseline already missed it (the scenario makes it worse). */
  readonly newlyMissed: boolean;
}

export interface AffectedItem {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly undated: boolean;
  readonly oldStart: DayView;
  readonly oldEnd: DayView;
  readonly newStart: DayView;
  readonly newEnd: DayView;
  readonly startSlipDays: number;
  /** How far the end (a point item's date) moved. */
  readonly slipDays: number;
  readonly wasCritical: boolean;
  readonly nowCritical: boolean;
  /** The new start or end falls after the end of the period the plan gave for it. */
  readonly pastPeriodEnd: boolean;
  readonly missedDeadline: MissedDeadline | null;
  /** Part of this slip comes from a risk whose delay length is unknown (an assumed delay). */
  readonly dependsOnAssumedDelay: boolean;
  readonly pushedBy: Push | null;
  readonly causes: readonly ChangeCause[];
  /** From the source change to this item (last element); see ImpactOptions.drivingChains. */
  readonly drivingChain: readonly DrivingLink[];
  /**
   * Where the driving chain starts: the item a change was applied to and those changes (the risks, the
   * delay), so a chain reads "Schrems II (90 d, assumed) → Persontjenesten → Helseplattformen". It is the
   * chain's first link (shared, not copied), also when only the last link is kept (drivingChains: 'last').
   */
  readonly chainOrigin: DrivingLink;
  /** The slip split by cause; the driving shares' days add up to slipDays (attribution.ts). */
  readonly causeShares: readonly CauseShare[];
  readonly combination: Combination;
  /**
   * For an item without dates of its own (undated): what its place is constrained by, before and after the
   * changes, instead of dates it does not have. Null for dated items.
   */
  readonly window: { readonly before: DateWindow; readonly after: DateWindow } | null;
}

/**
 * The window an undated item is constrained to: not before a predecessor's date ("tidligst etter 4. kv.
 * 2021"), or, when nothing dated precedes it, needed by a successor's date (assumed just in time).
 */
export interface DateWindow {
  readonly notBefore: { readonly itemId: string; readonly date: DayView } | null;
  readonly neededBy: { readonly itemId: string; readonly date: DayView } | null;
}

export interface ImpactResult {
  readonly mode: SchedulingMode;
  readonly changes: readonly ResolvedChange[];
  /** Risk effects with unknown delay and the delay assumed for them. */
  readonly assumptions: readonly {
    readonly riskId: string;
    readonly itemId: string;
    readonly assumedDelayDays: number;
  }[];
  readonly planEnd: {
    readonly before: string | null;
    readonly after: string | null;
    readonly slipDays: number;
  };
  /** 'last' when asked for, or when full chains would have exceeded maxChainLinks. */
  readonly drivingChains: 'full' | 'last';
  /** Items whose dates moved, by slip (largest first) then id. */
  readonly affected: readonly AffectedItem[];
  /**
   * Items a delay reaches that have no dates at all (undated, with nothing dated before or after them), so
   * how far they move is unknown; with the dependency path from the delayed item, in id order.
   */
  readonly reachedUndated: readonly UndatedReach[];
}

export interface UndatedReach {
  readonly id: string;
  readonly name: string;
  /** From the delayed item to this one, each depending on the one before. */
  readonly path: readonly string[];
}

/**
 * Applies the changes to a copy of the schedule and reports what moved relative to the baseline.
 * O(items + dependencies) plus the size of the driving chains returned.
 * Throws UnknownIdError / InvalidChangeError for bad changes.
 */
export function analyseImpact(
  plan: CompiledPlan,
  changes: readonly Change[],
  options: ImpactOptions = {},
): ImpactResult {
  const mode = options.mode ?? 'preserve';
  const unknownDays = options.unknownRiskDelayDays ?? DEFAULT_UNKNOWN_RISK_DELAY_DAYS;
  const baseline = options.baseline ?? schedule(plan, { mode });
  if (baseline.plan !== plan || baseline.mode !== mode) {
    throw new Error('analyseImpact: the baseline must come from schedule() of the same plan and mode');
  }
  const resolved = resolveChanges(plan, changes, unknownDays);
  const delays = withFloors(plan, resolved.delays, resolved.floorDays, baseline.earlyStart);
  const seeds = [...resolved.causes.keys()].sort((a, b) => a - b);
  const scenario = forwardPassFrom(plan, mode, delays, baseline.anchors, baseline.scenarioBase, seeds);
  const { earlyStart: es2, earlyFinish: ef2 } = scenario;
  const planEnd2 = scenarioPlanEnd(baseline, scenario);

  const n = plan.items.length;
  const es = baseline.earlyStart;
  const ef = baseline.earlyFinish;
  let full = (options.drivingChains ?? 'full') === 'full';
  let linkBudget = options.maxChainLinks ?? DEFAULT_MAX_CHAIN_LINKS;
  // Per moved item, in the order found; slotOf maps an item to its slot. (Arrays indexed by item would be
  // holey and, at 100k items, fall back to dictionary storage.)
  const slotOf = new Int32Array(n).fill(-1);
  const moved: number[] = [];
  const links: DrivingLink[] = [];
  const driverEdge: number[] = [];
  const chains: (readonly DrivingLink[])[] = [];
  const assumed = new Uint8Array(n);

  // Explain every move. Items are numbered in schedule order (predecessors first), so the driving
  // predecessor's link and chain are always built before the item's own. Only items the scenario's pass
  // placed differently can have moved (and any drift of its starting point, normally none).
  for (const i of mergeAscending(scenario.changed, baseline.scenarioBase.drift)) {
    if (es2[i] === es[i] && ef2[i] === ef[i]) continue;
    // No date in the baseline (undated, with nothing dated around it): no slip in days to report;
    // reachUndated lists it when a change reaches it.
    if (ef[i] === Number.NEGATIVE_INFINITY) continue;
    slotOf[i] = moved.length;
    moved.push(i);
    const own = resolved.causes.get(i) ?? NO_CAUSES;
    const driver = drivingDependency(plan, delays, es, ef, es2, ef2, i);
    driverEdge.push(driver);
    const link: DrivingLink = {
      itemId: (plan.items[i] as CompiledItem).id,
      startSlipDays: (es2[i] as number) - (es[i] as number),
      slipDays: (ef2[i] as number) - (ef[i] as number),
      pushedBy: driver < 0 ? null : push(plan, es, ef, es2, ef2, i, driver),
      causes: own,
    };
    links.push(link);
    const pred = driver < 0 ? -1 : (plan.graph.predItem[driver] as number);
    if (full) {
      const chain = pred < 0 ? [link] : [...(chains[slotOf[pred] as number] ?? []), link];
      linkBudget -= chain.length;
      if (linkBudget < 0) {
        full = false;
        chains.length = 0;
      } else chains.push(chain);
    }
    assumed[i] =
      own.some((c) => c.kind === 'risk' && c.assumed) || (pred >= 0 && assumed[pred] === 1) ? 1 : 0;
  }

  // Largest slip first, then id: one numeric key per item, so the sort compares numbers, not strings.
  const keys = new Float64Array(moved.length);
  for (let k = 0; k < moved.length; k++) {
    const i = moved[k] as number;
    keys[k] = ((ef[i] as number) - (ef2[i] as number)) * n + (plan.idRank[i] as number);
  }
  keys.sort();
  // Late dates only where they are reported: is a moved item critical now?
  const ls2 = lateStartsAt(plan, planEnd2, delays, moved, {
    lateStart: baseline.lateStart,
    planEnd: baseline.planEnd,
    unchangedAfter: seeds[seeds.length - 1] ?? -1,
  });

  const attribution = attributeCauses({
    plan,
    delays,
    causes: resolved.causes,
    moved,
    slotOf,
    driverEdge,
    es,
    ef,
    es2,
    ef2,
  });
  const views = dayViews(plan);
  const affected: AffectedItem[] = [];
  for (let k = 0; k < keys.length; k++) {
    const i = plan.idOrder[(((keys[k] as number) % n) + n) % n] as number;
    const item = plan.items[i] as CompiledItem;
    const link = links[slotOf[i] as number] as DrivingLink;
    const deadline = plan.deadline[i] as number;
    const missedBy = (ef2[i] as number) - deadline;
    const newStartDay = startDayOf(plan, i, es2[i] as number);
    const newEndDay = finishDayOf(plan, ef2[i] as number);
    const slot = slotOf[i] as number;
    const head = links[attribution.originSlot(slot)] as DrivingLink;
    affected.push({
      id: item.id,
      name: item.name,
      kind: item.kind,
      undated: item.start === null,
      oldStart: views.start(i, es[i] as number),
      oldEnd: views.finish(i, ef[i] as number),
      newStart: views.start(i, es2[i] as number),
      newEnd: views.finish(i, ef2[i] as number),
      startSlipDays: link.startSlipDays,
      slipDays: link.slipDays,
      wasCritical: baseline.critical[i] === 1,
      nowCritical: (ls2[i] as number) <= (es2[i] as number),
      pastPeriodEnd:
        item.start !== null &&
        item.end !== null &&
        (newStartDay > item.start.last || newEndDay > item.end.last),
      missedDeadline:
        item.deadline !== null && missedBy > 0
          ? {
              deadline: item.deadline,
              deadlineDay: toIsoDay(item.deadline.last),
              byDays: missedBy,
              source: item.deadlineSource ?? item.id,
              newlyMissed: (ef[i] as number) <= deadline,
            }
          : null,
      dependsOnAssumedDelay: assumed[i] === 1,
      pushedBy: link.pushedBy,
      causes: link.causes,
      drivingChain: full ? (chains[slot] ?? [link]) : [link],
      chainOrigin: head,
      causeShares: attribution.shares(slot),
      combination: attribution.combination(slot),
      window:
        item.start === null
          ? {
              before: dateWindow(plan, views, i, es, ef),
              after: dateWindow(plan, views, i, es2, ef2),
            }
          : null,
    });
  }

  const assumptions = resolved.changes.flatMap((c) =>
    c.cause.kind === 'risk' && c.cause.assumed
      ? [{ riskId: c.cause.riskId, itemId: c.itemId, assumedDelayDays: c.cause.days }]
      : [],
  );
  const endDay = (t: number): string | null => (Number.isFinite(t) ? toIsoDay(finishDayOf(plan, t)) : null);
  return {
    mode,
    changes: resolved.changes,
    assumptions,
    planEnd: {
      before: endDay(baseline.planEnd),
      after: endDay(planEnd2),
      slipDays: Number.isFinite(baseline.planEnd) ? planEnd2 - baseline.planEnd : 0,
    },
    drivingChains: full ? 'full' : 'last',
    affected,
    reachedUndated: reachUndated(plan, delays, seeds, es, es2),
  };
}

/**
 * latestFinish(ef2) without a walk over the plan: the base's end, or later where a changed item now
 * finishes later. Changes only delay, so no item finishes earlier; if one did and it was the one that
 * ended the plan, the whole array is read.
 */
function scenarioPlanEnd(baseline: Schedule, scenario: ScenarioDates): number {
  const base = baseline.scenarioBase;
  let end = base.planEnd;
  for (const i of scenario.changed) {
    const f = scenario.earlyFinish[i] as number;
    const before = base.earlyFinish[i] as number;
    if (before === base.planEnd && !(f >= before)) return latestFinish(scenario.earlyFinish);
    if (f > end) end = f;
  }
  return end;
}

/** Two ascending index lists as one, without repeats. */
function mergeAscending(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) {
    const u = x < a.length ? (a[x] as number) : Number.POSITIVE_INFINITY;
    const v = y < b.length ? (b[y] as number) : Number.POSITIVE_INFINITY;
    if (u <= v) x++;
    if (v <= u) y++;
    out.push(Math.min(u, v));
  }
  return Int32Array.from(out);
}

export interface Scenario {
  readonly id: string;
  readonly changes: readonly Change[];
}

/**
 * Several what-if scenarios against one baseline, computed once: each result is relative to the plan as it
 * is, never to another scenario, and nothing is mutated.
 */
export function analyseScenarios(
  plan: CompiledPlan,
  scenarios: readonly Scenario[],
  options: Omit<ImpactOptions, 'baseline'> = {},
): { readonly id: string; readonly result: ImpactResult }[] {
  const baseline = schedule(plan, { mode: options.mode ?? 'preserve' });
  return scenarios.map((s) => ({
    id: s.id,
    result: analyseImpact(plan, s.changes, { ...options, baseline }),
  }));
}

/**
 * The dependency that pushed item i in the scenario, or -1 if it moved only through its own change.
 * An item was pushed when its start before its own shift lies after its baseline start; then some
 * dependency requires exactly that start, and its predecessor must have moved. Among ties, the one whose
 * predecessor slipped most explains the most; then the first in schedule order.
 */
function drivingDependency(
  plan: CompiledPlan,
  delays: ItemDelays,
  es: Float64Array,
  ef: Float64Array,
  es2: Float64Array,
  ef2: Float64Array,
  i: number,
): number {
  const pushedStart = (es2[i] as number) - (delays.shift[i] as number);
  if (!(pushedStart > (es[i] as number))) return -1;
  let best = -1;
  let bestSlip = Number.NEGATIVE_INFINITY;
  for (
    let e = plan.graph.predOffset[i] as number, end = plan.graph.predOffset[i + 1] as number;
    e < end;
    e++
  ) {
    if (requiredStart(plan, es2, ef2, i, e) !== pushedStart) continue;
    const slip = constrainingEndMoved(plan, es, ef, es2, ef2, e);
    if (slip > bestSlip) {
      best = e;
      bestSlip = slip;
    }
  }
  return best;
}

function push(
  plan: CompiledPlan,
  es: Float64Array,
  ef: Float64Array,
  es2: Float64Array,
  ef2: Float64Array,
  i: number,
  e: number,
): Push {
  const predSlip = constrainingEndMoved(plan, es, ef, es2, ef2, e);
  const pushedStart = requiredStart(plan, es2, ef2, i, e);
  const pushDays = pushedStart - (es[i] as number);
  return {
    predecessorId: (plan.items[plan.graph.predItem[e] as number] as CompiledItem).id,
    type: DEPENDENCY_TYPES[plan.depType[e] as number] as DependencyType,
    lagDays: plan.depLag[e] as number,
    predecessorSlipDays: predSlip,
    slackAbsorbedDays: predSlip - pushDays,
    ...(plan.depPinned[e] === 1 ? { milestoneOfTiltak: true as const } : {}),
  };
}

/**
 * The window of an undated item on given dates: the binding dated predecessor's constraining date (in that
 * item's precision), else, for an item placed just in time, the successor that needs it first.
 */
function dateWindow(
  plan: CompiledPlan,
  views: DayViews,
  i: number,
  es: Float64Array,
  ef: Float64Array,
): DateWindow {
  const notBefore = notBeforeOf(plan, views, i, es, ef);
  return { notBefore, neededBy: notBefore === null ? neededByOf(plan, views, i, es) : null };
}

type WindowEnd = DateWindow['notBefore'];

function notBeforeOf(
  plan: CompiledPlan,
  views: DayViews,
  i: number,
  es: Float64Array,
  ef: Float64Array,
): WindowEnd {
  const { predOffset, predItem } = plan.graph;
  let best: WindowEnd = null;
  let bestStart = Number.NEGATIVE_INFINITY;
  for (let e = predOffset[i] as number, end = predOffset[i + 1] as number; e < end; e++) {
    const p = predItem[e] as number;
    if (!Number.isFinite(es[p] as number)) continue;
    const v = requiredStart(plan, es, ef, i, e);
    if (!(v > bestStart)) continue;
    // An undated predecessor only passes its own window on: report that, never its derived days.
    let candidate: WindowEnd;
    if ((plan.items[p] as CompiledItem).start === null) candidate = notBeforeOf(plan, views, p, es, ef);
    else {
      const type = plan.depType[e] as number;
      const date =
        type === 1 || type === 3 ? views.start(p, es[p] as number) : views.finish(p, ef[p] as number);
      candidate = { itemId: (plan.items[p] as CompiledItem).id, date };
    }
    if (candidate === null) continue;
    best = candidate;
    bestStart = v;
  }
  return best;
}

function neededByOf(plan: CompiledPlan, views: DayViews, i: number, es: Float64Array): WindowEnd {
  const { succOffset, succItem } = plan.graph;
  let first = -1;
  for (let q = succOffset[i] as number, end = succOffset[i + 1] as number; q < end; q++) {
    const s = succItem[q] as number;
    if (!Number.isFinite(es[s] as number)) continue;
    if (first < 0 || (es[s] as number) < (es[first] as number)) first = s;
  }
  if (first < 0) return null;
  if ((plan.items[first] as CompiledItem).start === null) return neededByOf(plan, views, first, es);
  return { itemId: (plan.items[first] as CompiledItem).id, date: views.start(first, es[first] as number) };
}

/**
 * Items a change reaches that have no date in the baseline (nothing dated around them), with the path:
 * walked from the delayed items through everything the change moved, or that has no baseline date.
 */
function reachUndated(
  plan: CompiledPlan,
  delays: ItemDelays,
  seeds: readonly number[],
  es: Float64Array,
  es2: Float64Array,
): UndatedReach[] {
  const n = plan.items.length;
  const undatedInBaseline = (i: number) => es[i] === Number.NEGATIVE_INFINITY;
  const parent = new Int32Array(n).fill(-2);
  const queue: number[] = [];
  // The items the changes touch (ascending, so paths come out as a walk over the whole plan found them).
  for (const i of seeds) {
    if (
      (delays.shift[i] as number) > 0 ||
      (delays.stretch[i] as number) > 0 ||
      (delays.notBefore !== undefined && delays.notBefore[i] !== plan.notBefore[i])
    ) {
      parent[i] = -1;
      queue.push(i);
    }
  }
  if (queue.length === 0) return [];
  const { succOffset, succItem } = plan.graph;
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head] as number;
    for (let q = succOffset[p] as number, end = succOffset[p + 1] as number; q < end; q++) {
      const s = succItem[q] as number;
      if (parent[s] !== -2) continue;
      if (!undatedInBaseline(s) && es2[s] === es[s]) continue;
      parent[s] = p;
      queue.push(s);
    }
  }
  const reached = queue.filter(undatedInBaseline).map((i) => {
    const path: string[] = [];
    for (let k = i; k >= 0; k = parent[k] as number) path.push((plan.items[k] as CompiledItem).id);
    const item = plan.items[i] as CompiledItem;
    return { id: item.id, name: item.name, path: path.reverse() };
  });
  return reached.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every item a scenario reaches: those whose dates moved, then those without dates it reaches. */
export function impactedIds(result: ImpactResult): string[] {
  const ids = result.affected.map((a) => a.id);
  for (const r of result.reachedUndated) if (!ids.includes(r.id)) ids.push(r.id);
  return ids;
}

/** Rebuilds an item's full driving chain from a result made with drivingChains: 'last'. */
export function drivingChainOf(result: ImpactResult, itemId: string): DrivingLink[] {
  const byId = new Map(result.affected.map((a) => [a.id, a]));
  const chain: DrivingLink[] = [];
  for (
    let a = byId.get(itemId);
    a !== undefined;
    a = a.pushedBy === null ? undefined : byId.get(a.pushedBy.predecessorId)
  ) {
    chain.push(a.drivingChain[a.drivingChain.length - 1] as DrivingLink);
  }
  return chain.reverse();
}

/** One line a planner can read: "A +30 d (delay 30 d) → FS, lag 0 d, 10 d absorbed → B +20 d". */
export function describeDrivingChain(chain: readonly DrivingLink[]): string {
  return chain
    .map((link) => {
      const causes = link.causes.map((c) =>
        c.kind === 'delay'
          ? `delay ${c.days} d`
          : `risk ${c.riskId} ${c.days} d${c.assumed ? ' assumed' : ''}`,
      );
      const head = `${link.itemId} +${link.slipDays} d${causes.length > 0 ? ` (${causes.join(', ')})` : ''}`;
      const p = link.pushedBy;
      return p === null ? head : `${p.type}, lag ${p.lagDays} d, ${p.slackAbsorbedDays} d absorbed → ${head}`;
    })
    .join(' → ');
}
