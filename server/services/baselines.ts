// Baselines: save the plan as it is now under a name, list and delete them, compare one with the plan
// now or with another, and give the roadmap the baseline dates of what it shows.
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import {
  createBaseline,
  findBaseline,
  listBaselines,
  deleteBaseline as removeBaseline,
} from '../db/repositories/baselineRepository.js';
import {
  type Baseline,
  type BaselineDates,
  baselineDatesOf,
  comparePlans,
  type ItemDates,
  type PlanComparison,
  type PlanSnapshot,
} from '../domain/model/index.js';
import { criticalPathTo } from '../domain/schedule/index.js';
import { invalid, notFound } from '../errors.js';
import { currentPlan } from './currentPlan.js';
import { findPaperBaseline, isPaperBaselineId, paperBaselines } from './dateHistory.js';
import type { Editor } from './edits/editCommon.js';
import { FieldChecks } from './fieldChecks.js';

/** The plan now, as a baseline would keep it: initiatives and milestones with their dates, dependencies, critical path. */
export async function currentPlanSnapshot(db: Database): Promise<PlanSnapshot> {
  const current = await currentPlan(db);
  const { plan } = current;
  let criticalPath: string[] = [];
  try {
    criticalPath = [...criticalPathTo(current.compiled()).items];
  } catch {
    criticalPath = []; // a plan the engine refuses (a cycle) has no critical path to compare
  }
  return {
    items: plan.items
      .filter((i) => i.kind === 'initiative' || i.kind === 'milestone')
      .map((i) => ({
        id: i.id,
        name: i.name ?? i.id,
        kind: i.kind === 'milestone' ? ('milestone' as const) : ('initiative' as const),
        start: i.start ?? i.date ?? null,
        end: i.end ?? i.date ?? null,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    dependencies: (plan.dependencies ?? []).map((d) => ({ from: d.from, to: d.to })),
    criticalPath,
  };
}

export interface BaselineDraft {
  readonly name: string;
  readonly reason?: string | null;
}

export async function saveBaseline(db: Database, draft: BaselineDraft, editor: Editor): Promise<Baseline> {
  const checks = new FieldChecks();
  checks.text('name', draft.name, { required: true, max: 200 });
  checks.text('reason', draft.reason, { max: 2000 });
  checks.throwIfAny();
  return createBaseline(db, {
    id: randomUUID(),
    name: draft.name.trim(),
    by: editor.by,
    reason: draft.reason ?? editor.reason ?? null,
    plan: await currentPlanSnapshot(db),
  });
}

/** The planners' baselines (newest first), then the paper baselines (newest meeting first). */
export async function allBaselines(db: Database): Promise<Baseline[]> {
  const [planners, papers] = await Promise.all([listBaselines(db), paperBaselines(db)]);
  return [...planners, ...papers];
}

export async function openBaseline(db: Database, id: string): Promise<Baseline> {
  const found = isPaperBaselineId(id) ? await findPaperBaseline(db, id) : await findBaseline(db, id);
  if (!found) throw notFound('baseline', id);
  return found;
}

export async function deleteBaseline(db: Database, id: string): Promise<void> {
  if (isPaperBaselineId(id))
    throw invalid([{ field: 'id', message: 'a paper baseline is the papers’ own and cannot be deleted' }]);
  if (!(await removeBaseline(db, id))) throw notFound('baseline', id);
}

export interface BaselineComparison extends PlanComparison {
  readonly a: Baseline;
  /** Null: compared with the plan as it is now. */
  readonly b: Baseline | null;
}

/** Baseline `aId` against baseline `bId`, or against the plan now when `bId` is null. */
export async function compareBaselines(
  db: Database,
  aId: string,
  bId: string | null,
): Promise<BaselineComparison> {
  const a = await openBaseline(db, aId);
  const b = bId ? await openBaseline(db, bId) : null;
  return { a, b, ...comparePlans(a.plan, b ? b.plan : await currentPlanSnapshot(db)) };
}

/** The baseline's dates of the given items, with the finish variance against their dates now. */
export async function baselineDatesFor(
  db: Database,
  baselineId: string,
  current: ReadonlyMap<string, ItemDates>,
): Promise<Map<string, BaselineDates>> {
  return baselineDatesOf((await openBaseline(db, baselineId)).plan, current);
}
