// Consequences first: what an impact result means for the portfolio, before the item-by-item table.
// Items that slip, those past the period the plan gave them, missed deadlines and veikart-goal years, the
// latest date per goal and per programme (not one plan end for the whole portfolio), and which target the
// critical path should be drawn to.
import type { ItemContext, PlanGoal, PortfolioPlan } from '../db/repositories/planRepository.js';
import { toDayNumber } from '../domain/dates/index.js';
import type { DayView, ImpactResult, MissedDeadline, Schedule } from '../domain/schedule/index.js';
import { scheduledItems } from '../domain/schedule/index.js';

export interface LatestDate {
  /** The goal or programme. */
  readonly groupId: string;
  readonly beforeItemId: string;
  readonly before: DayView;
  readonly afterItemId: string;
  readonly after: DayView;
  readonly slipDays: number;
}

export interface GoalTarget {
  readonly goalId: string;
  readonly year: number;
  /** Items of the goal the changes move past the end of its veikart year. */
  readonly itemIds: readonly string[];
}

export interface ImpactSummary {
  /** Dated items whose dates move. */
  readonly slipping: number;
  /** Items moved past the end of the period the plan gave them. */
  readonly pastPeriodIds: readonly string[];
  readonly missedDeadlines: readonly { readonly itemId: string; readonly missed: MissedDeadline }[];
  readonly goalTargets: readonly GoalTarget[];
  /** Per goal and per programme with an item that moves: its latest date before and after. */
  readonly latestByGoal: readonly LatestDate[];
  readonly latestByProgramme: readonly LatestDate[];
  /** Undated items among those that move (shown by their window) and those reached without any date. */
  readonly undatedMoved: number;
  readonly reachedUndated: number;
  /** The item the critical path is drawn to: the chosen target, else the latest item of the goal that slips most. */
  readonly targetId: string | null;
}

/** An item with dates of its own: its planned finish and its groups. */
interface BasisItem {
  readonly id: string;
  readonly finish: DayView;
  readonly goalIds: readonly string[];
  readonly programmeId: string | null;
}

/** The dated items of one plan by goal and by programme, each group's members in id order. */
export interface SummaryBasis {
  readonly byGoal: ReadonlyMap<string, readonly BasisItem[]>;
  readonly byProgramme: ReadonlyMap<string, readonly BasisItem[]>;
}

/**
 * What every summary of one plan starts from. Building it (a view of every item of the schedule) is
 * most of a summary's cost on a large plan, and it does not depend on the question: cached with the
 * plan (currentPlan.ts), so a request only walks the groups its moved items belong to.
 */
export function summaryBasis(plan: PortfolioPlan, baseline: Schedule): SummaryBasis {
  const context = plan.context ?? new Map<string, ItemContext>();
  const byGoal = new Map<string, BasisItem[]>();
  const byProgramme = new Map<string, BasisItem[]>();
  const add = (map: Map<string, BasisItem[]>, key: string, item: BasisItem) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [item]);
    else list.push(item);
  };
  for (const s of scheduledItems(baseline)) {
    if (s.undated || s.earlyFinish === null) continue;
    const ctx = context.get(s.id);
    const item: BasisItem = {
      id: s.id,
      finish: s.earlyFinish,
      goalIds: ctx?.goalIds ?? [],
      programmeId: ctx?.programmeId ?? null,
    };
    for (const g of item.goalIds) add(byGoal, g, item);
    if (item.programmeId) add(byProgramme, item.programmeId, item);
  }
  return { byGoal, byProgramme };
}

export function summariseImpact(
  plan: PortfolioPlan,
  basis: SummaryBasis,
  result: ImpactResult,
  targetId: string | null,
): ImpactSummary {
  const context = plan.context ?? new Map<string, ItemContext>();
  const goals = plan.goals ?? new Map<string, PlanGoal>();
  const moved = new Map(result.affected.map((a) => [a.id, a]));
  const dated = result.affected.filter((a) => !a.undated);
  // Latest finish per group, before and after, over items with dates of their own; only groups with an
  // item that moves are reported, so only those are walked.
  const latestOf = (
    members: ReadonlyMap<string, readonly BasisItem[]>,
    groupsOf: (id: string) => string[],
  ) => {
    const touched = new Set(result.affected.flatMap((a) => groupsOf(a.id)));
    const byGroup = new Map<string, Latest>();
    for (const group of [...touched].sort()) {
      for (const s of members.get(group) ?? []) {
        note(byGroup, group, s.id, s.finish, moved.get(s.id)?.newEnd ?? s.finish, moved.has(s.id));
      }
    }
    return finish(byGroup);
  };
  const latestByGoal = latestOf(basis.byGoal, (id) => [...(context.get(id)?.goalIds ?? [])]);
  const latestByProgramme = latestOf(basis.byProgramme, (id) => {
    const p = context.get(id)?.programmeId;
    return p ? [p] : [];
  });
  const goalTargets: GoalTarget[] = [];
  for (const [goalId, goal] of goals) {
    if (goal.veikartYear === null) continue;
    const yearEnd = toDayNumber(`${goal.veikartYear}-12-31`);
    const itemIds = dated
      .filter(
        (a) =>
          (context.get(a.id)?.goalIds ?? []).includes(goalId) &&
          a.newEnd.date.last > yearEnd &&
          a.oldEnd.date.last <= yearEnd,
      )
      .map((a) => a.id);
    if (itemIds.length > 0) goalTargets.push({ goalId, year: goal.veikartYear, itemIds });
  }
  const worstGoal = latestByGoal.reduce<LatestDate | null>(
    (w, l) => (l.slipDays > 0 && (w === null || l.slipDays > w.slipDays) ? l : w),
    null,
  );
  const worstItem = dated.find((a) => a.slipDays > 0);
  return {
    slipping: dated.length,
    pastPeriodIds: result.affected.filter((a) => a.pastPeriodEnd).map((a) => a.id),
    missedDeadlines: result.affected.flatMap((a) =>
      a.missedDeadline === null ? [] : [{ itemId: a.id, missed: a.missedDeadline }],
    ),
    goalTargets,
    latestByGoal,
    latestByProgramme,
    undatedMoved: result.affected.length - dated.length,
    reachedUndated: result.reachedUndated.length,
    targetId: targetId ?? worstGoal?.afterItemId ?? worstItem?.id ?? null,
  };
}

interface Latest {
  beforeItemId: string;
  before: DayView;
  afterItemId: string;
  after: DayView;
  touched: boolean;
}

function note(
  map: Map<string, Latest>,
  group: string,
  id: string,
  before: DayView,
  after: DayView,
  touched: boolean,
): void {
  const l = map.get(group);
  if (l === undefined) {
    map.set(group, { beforeItemId: id, before, afterItemId: id, after, touched });
    return;
  }
  if (before.iso > l.before.iso) {
    l.before = before;
    l.beforeItemId = id;
  }
  if (after.iso > l.after.iso) {
    l.after = after;
    l.afterItemId = id;
  }
  l.touched ||= touched;
}

function finish(map: Map<string, Latest>): LatestDate[] {
  return [...map.entries()]
    .filter(([, l]) => l.touched)
    .map(([groupId, l]) => ({
      groupId,
      beforeItemId: l.beforeItemId,
      before: l.before,
      afterItemId: l.afterItemId,
      after: l.after,
      slipDays: toDayNumber(l.after.iso) - toDayNumber(l.before.iso),
    }))
    .sort((a, b) => b.slipDays - a.slipDays || (a.groupId < b.groupId ? -1 : 1));
}
