// The planner's questions to the engine over the plan as stored: "what slips if …" and "what drives
// this date". The plan is read and compiled per request (stateless servers).
import type { Database } from '../db/database.js';
import { readPlan } from '../db/repositories/planRepository.js';
import { type CriticalPath, compilePlan, criticalPathTo, UnknownIdError } from '../domain/schedule/index.js';
import { notFound } from '../errors.js';
import { engineTurn } from './engineTurns.js';
import { type ImpactRequest, type ImpactShape, runImpact } from './impactRun.js';

export async function askImpact(db: Database, request: ImpactRequest): Promise<ImpactShape> {
  const plan = await readPlan(db);
  return engineTurn(() => runImpact(plan, request));
}

/** The critical path to an item, or to the end of the whole plan when no target is given. */
export async function criticalPathFor(db: Database, targetId: string | null): Promise<CriticalPath> {
  const compiled = compilePlan(await readPlan(db));
  try {
    return criticalPathTo(compiled, targetId ?? undefined);
  } catch (error) {
    if (error instanceof UnknownIdError) throw notFound('tiltak eller milepæl', error.id);
    throw error;
  }
}
