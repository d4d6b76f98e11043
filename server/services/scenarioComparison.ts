// Comparing saved what-if scenarios side by side: per item the slip under each scenario, and each
// scenario's plan-end slip. The plan is compiled once and scheduled once per mode in use (a
// baseline is mode-specific), not once per scenario.
import type { Database } from '../db/database.js';
import { findScenarios, type ScenarioRow } from '../db/repositories/scenarioRepository.js';
import type { ImpactMode } from '../domain/model/index.js';
import { analyseScenarios, type ImpactResult } from '../domain/schedule/index.js';
import { invalid, notFound } from '../errors.js';
import { currentPlan } from './currentPlan.js';
import { changesOf } from './impactRun.js';
import { impactRequestOf } from './scenarios.js';

export interface ComparisonRow {
  itemId: string;
  /** Slip in days under each scenario, in the order asked; null where it does not move. */
  slips: (number | null)[];
}

export interface ScenarioComparison {
  scenarios: ScenarioRow[];
  /** Every item some scenario moves, largest slip first. */
  rows: ComparisonRow[];
  planEndSlips: number[];
}

export const MAX_COMPARED = 10;

export async function compareScenarios(db: Database, ids: readonly string[]): Promise<ScenarioComparison> {
  if (ids.length < 2 || ids.length > MAX_COMPARED)
    throw invalid([{ field: 'ids', message: `compare between 2 and ${MAX_COMPARED} scenarios` }]);
  const found = await findScenarios(db, ids);
  const scenarios = found.filter((s): s is ScenarioRow => s !== null);
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0) throw notFound('scenario', missing.join(', '));

  const plan = (await currentPlan(db)).compiled();
  const results = new Map<string, ImpactResult>();
  for (const mode of new Set<ImpactMode>(scenarios.map((s) => s.mode))) {
    const ofMode = scenarios.filter((s) => s.mode === mode);
    const runs = analyseScenarios(
      plan,
      ofMode.map((s) => ({ id: s.id, changes: changesOf(impactRequestOf(s)) })),
      { mode },
    );
    for (const run of runs) results.set(run.id, run.result);
  }
  const ordered = scenarios.map((s) => results.get(s.id));
  return {
    scenarios,
    rows: slipRows(ordered),
    planEndSlips: ordered.map((r) => r?.planEnd.slipDays ?? 0),
  };
}

/** One row per item that any scenario moves, with its slip per scenario, largest slip first. */
export function slipRows(results: readonly (ImpactResult | undefined)[]): ComparisonRow[] {
  const slips = new Map<string, (number | null)[]>();
  results.forEach((result, k) => {
    for (const a of result?.affected ?? []) {
      const row = slips.get(a.id) ?? results.map(() => null);
      row[k] = a.slipDays;
      slips.set(a.id, row);
    }
  });
  const max = (xs: (number | null)[]) => Math.max(...xs.map((x) => x ?? 0));
  return [...slips.entries()]
    .map(([itemId, s]) => ({ itemId, slips: s }))
    .sort((a, b) => max(b.slips) - max(a.slips) || a.itemId.localeCompare(b.itemId));
}
