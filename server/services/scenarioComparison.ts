// Comparing saved what-if scenarios side by side: per item its dates and slip under each scenario, and
// per scenario what it costs (items past their period, deadlines and veikart-goal years missed). The plan is compiled once and scheduled once per mode in use (a
// baseline is mode-specific), not once per scenario.
import type { Database } from '../db/database.js';
import { findScenarios, type ScenarioRow } from '../db/repositories/scenarioRepository.js';
import { analyseImpact, type DayView, type ImpactResult } from '../domain/schedule/index.js';
import { invalid, notFound } from '../errors.js';
import { currentPlan } from './currentPlan.js';
import { changesOf } from './impactRun.js';
import { type ImpactSummary, summariseImpact, summaryBasis } from './impactSummary.js';
import { impactRequestOf } from './scenarios.js';

export interface ComparisonRow {
  itemId: string;
  /** Slip in days under each scenario, in the order asked; null where it does not move. */
  slips: (number | null)[];
  /** No dates of its own: the slip is relative and no date is shown. */
  undated: boolean;
  /** Its end in the plan now, and under each scenario (null where it does not move or is undated). */
  oldEnd: DayView | null;
  newEnds: (DayView | null)[];
}

export interface ScenarioComparison {
  scenarios: ScenarioRow[];
  /** Every item some scenario moves, largest slip first. */
  rows: ComparisonRow[];
  planEndSlips: number[];
  /** Per scenario, in the order asked: the consequences (deadlines, goal years, past-period items). */
  summaries: ImpactSummary[];
}

export const MAX_COMPARED = 10;

export async function compareScenarios(db: Database, ids: readonly string[]): Promise<ScenarioComparison> {
  if (ids.length < 2 || ids.length > MAX_COMPARED)
    throw invalid([{ field: 'ids', message: `compare between 2 and ${MAX_COMPARED} scenarios` }]);
  const found = await findScenarios(db, ids);
  const scenarios = found.filter((s): s is ScenarioRow => s !== null);
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0) throw notFound('scenario', missing.join(', '));

  const current = await currentPlan(db);
  const plan = current.compiled();
  const runs = scenarios.map((s) => {
    const baseline = current.baseline(s.mode);
    const result = analyseImpact(plan, changesOf(impactRequestOf(s)), { mode: s.mode, baseline });
    const basis = current.derived(`summaryBasis:${s.mode}`, (c) => summaryBasis(c.plan, baseline));
    return { result, summary: summariseImpact(current.plan, basis, result, null) };
  });
  const ordered = runs.map((r) => r.result);
  return {
    scenarios,
    rows: slipRows(ordered),
    planEndSlips: ordered.map((r) => r.planEnd.slipDays),
    summaries: runs.map((r) => r.summary),
  };
}

/** One row per item that any scenario moves, with its slip per scenario, largest slip first. */
export function slipRows(results: readonly (ImpactResult | undefined)[]): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>();
  results.forEach((result, k) => {
    for (const a of result?.affected ?? []) {
      const row = rows.get(a.id) ?? {
        itemId: a.id,
        slips: results.map(() => null),
        undated: a.undated,
        oldEnd: a.undated ? null : a.oldEnd,
        newEnds: results.map(() => null),
      };
      row.slips[k] = a.slipDays;
      row.newEnds[k] = a.undated ? null : a.newEnd;
      rows.set(a.id, row);
    }
  });
  const max = (xs: (number | null)[]) => Math.max(...xs.map((x) => x ?? 0));
  return [...rows.values()].sort((a, b) => max(b.slips) - max(a.slips) || a.itemId.localeCompare(b.itemId));
}
