// The plan the engine runs on, read and compiled once per plan version and shared by the requests that
// follow. A request checks the version with one index lookup (PlanVersion, bumped by every write in its
// own transaction) and reuses the compiled plan and its baseline schedules while it has not moved; a
// write anywhere (another server instance, an import, a restore) moves it, so the server stays
// stateless behind a load balancer: nothing here is invalidated by in-process events.
import { type PlanStamp, readPlanStamp, samePlanStamp } from '../db/changeLog.js';
import type { Database } from '../db/database.js';
import { type PortfolioPlan, readPlan } from '../db/repositories/planRepository.js';
import {
  type CompiledPlan,
  compilePlan,
  type Schedule,
  type SchedulingMode,
  schedule,
} from '../domain/schedule/index.js';
import { perDatabase } from './perDatabase.js';

export interface CurrentPlan {
  readonly plan: PortfolioPlan;
  /** Compiled on first use (a plan the engine refuses throws here, not on reading). */
  compiled(): CompiledPlan;
  /** The plan's own schedule (no changes) in a mode, computed on first use. */
  baseline(mode: SchedulingMode): Schedule;
  /** A value derived from this plan alone (e.g. the slips its risks project), computed once per key. */
  derived<T>(key: string, compute: (plan: CurrentPlan) => T): T;
}

interface Entry {
  stamp: PlanStamp;
  value: Promise<CurrentPlan>;
}

const entriesOf = perDatabase<Entry>();

/** Lazily compiled views of one plan read; each computed once, then shared (they are never mutated). */
export function preparePlan(plan: PortfolioPlan): CurrentPlan {
  let compiled: CompiledPlan | undefined;
  const baselines = new Map<SchedulingMode, Schedule>();
  const values = new Map<string, unknown>();
  const compiledPlan = () => {
    compiled ??= compilePlan(plan);
    return compiled;
  };
  const current: CurrentPlan = {
    plan,
    compiled: compiledPlan,
    baseline(mode) {
      let s = baselines.get(mode);
      if (!s) {
        s = schedule(compiledPlan(), { mode });
        baselines.set(mode, s);
      }
      return s;
    },
    derived<T>(key: string, compute: (p: CurrentPlan) => T): T {
      if (!values.has(key)) values.set(key, compute(current));
      return values.get(key) as T;
    },
  };
  return current;
}

/**
 * The plan as stored now. One statement when the version has not moved since the last read through
 * this driver; otherwise the plan's statements, and the result kept under the version that read saw.
 * Concurrent requests that find the same stale version share one read.
 */
export async function currentPlan(db: Database): Promise<CurrentPlan> {
  const entries = entriesOf(db);
  const stamp = await db.read(readPlanStamp);
  const cached = entries.get(db.name);
  if (stamp !== null && cached && samePlanStamp(cached.stamp, stamp)) return cached.value;
  const value = readPlan(db).then((plan) => {
    const prepared = preparePlan(plan);
    const latest = entries.get(db.name);
    // Kept under the version the plan's own transaction saw, unless a newer one got there first.
    if (
      plan.stamp &&
      (!latest ||
        latest.value === value ||
        latest.stamp.epoch !== plan.stamp.epoch ||
        latest.stamp.version <= plan.stamp.version)
    )
      entries.set(db.name, { stamp: plan.stamp, value: Promise.resolve(prepared) });
    return prepared;
  });
  if (stamp !== null) entries.set(db.name, { stamp, value });
  value.catch(() => {
    if (entries.get(db.name)?.value === value) entries.delete(db.name);
  });
  return value;
}
