// Baselines: the plan frozen under a name (who, when, why), and the comparison of two frozen plans
// (or one and the plan as it is now): per item its dates in each and the variance in days, what was
// added and removed, and a summary. Pure.
import { tryParsePrecisionDate } from '../dates/index.js';

/** An item as a baseline keeps it: canonical precision dates (2023-Q1), a milestone's date as both. */
export interface BaselineItem {
  readonly id: string;
  readonly name: string;
  readonly kind: 'initiative' | 'milestone';
  readonly start: string | null;
  readonly end: string | null;
}

export interface BaselineDependency {
  readonly from: string;
  readonly to: string;
}

/** The plan at one moment: what a baseline stores, and what the current plan is compared as. */
export interface PlanSnapshot {
  readonly items: readonly BaselineItem[];
  readonly dependencies: readonly BaselineDependency[];
  /** The items on the critical path to the plan's end. */
  readonly criticalPath: readonly string[];
}

/** A planner's saved baseline, or the plan as the papers known at a council meeting stated it. */
export type BaselineKind = 'planner' | 'paper';

export interface Baseline {
  readonly id: string;
  readonly kind: BaselineKind;
  /** A paper baseline's meeting; null for a planner's. */
  readonly meetingId: string | null;
  readonly name: string;
  readonly by: string;
  readonly at: string;
  readonly reason: string | null;
  /** The plan version it froze. */
  readonly planVersion: number;
  readonly plan: PlanSnapshot;
}

export interface ItemDates {
  readonly start: string | null;
  readonly end: string | null;
}

export type ItemComparisonStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ItemComparison {
  readonly id: string;
  readonly name: string;
  readonly kind: BaselineItem['kind'];
  readonly status: ItemComparisonStatus;
  /** Dates in the first (older) plan; null when the item is not in it. */
  readonly a: ItemDates | null;
  /** Dates in the second plan; null when the item is not in it. */
  readonly b: ItemDates | null;
  /** Days the start moved (first days), positive = later. */
  readonly startVarianceDays: number | null;
  /** Days the finish moved (last days; a plan without an end finishes at its start), positive = slipped. */
  readonly varianceDays: number | null;
}

export interface ComparisonSummary {
  readonly itemsSlipped: number;
  readonly itemsAhead: number;
  /** Sum of the positive finish variances. */
  readonly totalSlipDays: number;
  readonly maxSlipDays: number;
  readonly itemsAdded: number;
  readonly itemsRemoved: number;
  readonly dependenciesAdded: number;
  readonly dependenciesRemoved: number;
  readonly criticalPathChanged: boolean;
}

export interface PlanComparison {
  /** Every item in either plan, biggest slip first, then by id. */
  readonly items: readonly ItemComparison[];
  readonly addedDependencies: readonly BaselineDependency[];
  readonly removedDependencies: readonly BaselineDependency[];
  readonly summary: ComparisonSummary;
}

const firstDay = (text: string | null) => (text ? (tryParsePrecisionDate(text)?.first ?? null) : null);
const lastDay = (text: string | null) => (text ? (tryParsePrecisionDate(text)?.last ?? null) : null);
const finishOf = (d: ItemDates) => lastDay(d.end ?? d.start);

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

const depKey = (d: BaselineDependency) => `${d.from}\u0000${d.to}`;

/** Compares plan `a` (the baseline) with plan `b` (a later baseline or the plan now). */
export function comparePlans(a: PlanSnapshot, b: PlanSnapshot): PlanComparison {
  const inA = new Map(a.items.map((i) => [i.id, i]));
  const inB = new Map(b.items.map((i) => [i.id, i]));
  const items: ItemComparison[] = [];
  for (const id of new Set([...inA.keys(), ...inB.keys()])) {
    const x = inA.get(id);
    const y = inB.get(id);
    const item = (y ?? x) as BaselineItem;
    const da = x ? { start: x.start, end: x.end } : null;
    const db = y ? { start: y.start, end: y.end } : null;
    const status: ItemComparisonStatus = !x
      ? 'added'
      : !y
        ? 'removed'
        : x.start !== y.start || x.end !== y.end || x.name !== y.name
          ? 'changed'
          : 'unchanged';
    items.push({
      id,
      name: item.name,
      kind: item.kind,
      status,
      a: da,
      b: db,
      startVarianceDays: da && db ? difference(firstDay(da.start), firstDay(db.start)) : null,
      varianceDays: da && db ? difference(finishOf(da), finishOf(db)) : null,
    });
  }
  items.sort(
    (p, q) => (q.varianceDays ?? 0) - (p.varianceDays ?? 0) || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0),
  );
  const depsA = new Set(a.dependencies.map(depKey));
  const depsB = new Set(b.dependencies.map(depKey));
  const addedDependencies = b.dependencies.filter((d) => !depsA.has(depKey(d)));
  const removedDependencies = a.dependencies.filter((d) => !depsB.has(depKey(d)));
  const slips = items.map((i) => i.varianceDays ?? 0);
  return {
    items,
    addedDependencies,
    removedDependencies,
    summary: {
      itemsSlipped: slips.filter((s) => s > 0).length,
      itemsAhead: slips.filter((s) => s < 0).length,
      totalSlipDays: slips.filter((s) => s > 0).reduce((sum, s) => sum + s, 0),
      maxSlipDays: Math.max(0, ...slips),
      itemsAdded: items.filter((i) => i.status === 'added').length,
      itemsRemoved: items.filter((i) => i.status === 'removed').length,
      dependenciesAdded: addedDependencies.length,
      dependenciesRemoved: removedDependencies.length,
      criticalPathChanged: a.criticalPath.join('\u0000') !== b.criticalPath.join('\u0000'),
    },
  };
}

/** An item's baseline dates beside the current ones (the roadmap's `baseline` field). */
export interface BaselineDates extends ItemDates {
  readonly varianceDays: number | null;
}

/** The baseline's dates of each item, with the finish variance against the current dates given. */
export function baselineDatesOf(
  baseline: PlanSnapshot,
  current: ReadonlyMap<string, ItemDates>,
): Map<string, BaselineDates> {
  const out = new Map<string, BaselineDates>();
  for (const item of baseline.items) {
    const now = current.get(item.id);
    out.set(item.id, {
      start: item.start,
      end: item.end,
      varianceDays: now ? difference(finishOf(item), finishOf(now)) : null,
    });
  }
  return out;
}
