// The planner's questions to the engine over the plan as stored: "what slips if …" and "what drives
// this date". The compiled plan is reused while the plan version has not moved (currentPlan.ts).
import type { Database } from '../db/database.js';
import { type CriticalPath, criticalPathTo, UnknownIdError } from '../domain/schedule/index.js';
import { notFound } from '../errors.js';
import { currentPlan } from './currentPlan.js';
import { engineTurn } from './engineTurns.js';
import { type ImpactRequest, type ImpactShape, runImpact } from './impactRun.js';

export async function askImpact(db: Database, request: ImpactRequest): Promise<ImpactShape> {
  const plan = await currentPlan(db);
  return engineTurn(() => runImpact(plan, request));
}

/** The critical path to an item, or to the end of the whole plan when no target is given. */
export async function criticalPathFor(db: Database, targetId: string | null): Promise<CriticalPath> {
  const compiled = (await currentPlan(db)).compiled();
  try {
    return criticalPathTo(compiled, targetId ?? undefined);
  } catch (error) {
    if (error instanceof UnknownIdError) throw notFound('tiltak eller milepæl', error.id);
    throw error;
  }
}
