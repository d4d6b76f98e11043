// An impact question answered for a report: the engine's result with the names of every plan item
// and risk, so the chains and causes can be printed without another read.
import type { Database } from '../db/database.js';
import { currentPlan } from './currentPlan.js';
import { type ImpactRequest, type ImpactShape, runImpact } from './impactRun.js';

export interface ImpactExportData {
  request: ImpactRequest;
  result: ImpactShape;
  /** Names of every plan item and risk, for the chains and causes. */
  names: Map<string, string>;
}

export async function gatherImpact(db: Database, request: ImpactRequest): Promise<ImpactExportData> {
  const current = await currentPlan(db);
  const { plan } = current;
  const result = runImpact(current, request);
  const names = new Map<string, string>([
    ...plan.items.map((i) => [i.id, i.name] as [string, string]),
    ...(plan.risks ?? []).map((r) => [r.id, r.name] as [string, string]),
  ]);
  return { request, result, names };
}
