// Running the impact engine over the plan read from the graph, for the API and the exports alike:
// the request is checked, unknown ids and bad changes become NOT_FOUND / VALIDATION errors.

import { isWritableDay } from '../domain/dates/index.js';
import {
  analyseImpact,
  type Change,
  type CriticalPath,
  criticalPathTo,
  type ImpactResult,
  InvalidChangeError,
  UnknownIdError,
} from '../domain/schedule/index.js';
import { dateOutOfRange, invalid, notFound } from '../errors.js';
import type { CurrentPlan } from './currentPlan.js';
import { type ImpactSummary, summariseImpact, summaryBasis } from './impactSummary.js';

export interface ImpactShape extends ImpactResult {
  derived: ReadonlySet<string>;
  /** After the changes, to the target the planner cares about (summary.targetId). */
  criticalPath: CriticalPath;
  summary: ImpactSummary;
}

export interface ImpactRequest {
  delays: { id: string; days: number }[];
  riskIds: string[];
  /**
   * The planner's assumed length per risk for the effects the papers give no length for (default 90 days);
   * the risk then happens, whether or not riskIds names it. The causes stay marked assumed.
   */
  riskDelays?: { id: string; days: number }[];
  mode: 'preserve' | 'recompute';
  /** The item the planner cares about; the critical path is drawn to it. */
  targetId?: string | null;
}

export const MAX_CHANGES = 50;

export function changesOf(request: ImpactRequest): Change[] {
  const riskDelays = request.riskDelays ?? [];
  const assumedDays = new Map(riskDelays.map((r) => [r.id, r.days]));
  // A risk named in both lists happens once, with the planner's assumed length.
  const riskIds = [...new Set([...request.riskIds, ...assumedDays.keys()])];
  if (request.delays.length + riskIds.length === 0) {
    throw invalid([{ field: 'delays', message: 'give at least one delay or risk' }]);
  }
  if (request.delays.length + riskIds.length > MAX_CHANGES) {
    throw invalid([{ field: 'delays', message: `at most ${MAX_CHANGES} changes` }]);
  }
  request.delays.forEach((d, i) => {
    if (d.days < 0) throw invalid([{ field: `delays.${i}.days`, message: 'must not be negative' }]);
  });
  riskDelays.forEach((r, i) => {
    if (r.days < 0) throw invalid([{ field: `riskDelays.${i}.days`, message: 'must not be negative' }]);
  });
  return [
    ...request.delays.map((d) => ({ kind: 'delay' as const, itemId: d.id, days: d.days })),
    ...riskIds.map((id) => {
      const days = assumedDays.get(id);
      return days === undefined
        ? { kind: 'risk' as const, riskId: id }
        : { kind: 'risk' as const, riskId: id, assumedDays: days };
    }),
  ];
}

/**
 * Huge delays or lags can push a schedule past year 9999 (or a lead before year 1), where no date can be
 * written: the first such item is reported (VALIDATION) instead of dates that cannot be shown.
 */
function checkWritableDates(result: ImpactResult): void {
  for (const a of result.affected) {
    for (const d of [a.newStart, a.newEnd]) {
      if (!isWritableDay(d.date.first) || !isWritableDay(d.date.last)) throw dateOutOfRange(d.iso, a.name);
    }
  }
}

/**
 * Runs the engine on a prepared plan (compiled and its baseline schedule reused across requests);
 * unknown ids and bad changes become NOT_FOUND / VALIDATION errors.
 */
export function runImpact(current: CurrentPlan, request: ImpactRequest): ImpactShape {
  const { plan } = current;
  const compiled = current.compiled();
  try {
    const changes = changesOf(request);
    const baseline = current.baseline(request.mode);
    const result = analyseImpact(compiled, changes, { mode: request.mode, baseline });
    checkWritableDates(result);
    const basis = current.derived(`summaryBasis:${request.mode}`, (c) => summaryBasis(c.plan, baseline));
    const summary = summariseImpact(plan, basis, result, request.targetId ?? null);
    if (request.targetId != null && !compiled.indexOf.has(request.targetId))
      throw new UnknownIdError('item', request.targetId);
    // Computed when asked for (the GraphQL field, a report): most questions do not draw it, and on a long
    // chain it is the largest part of the answer.
    let criticalPath: CriticalPath | undefined;
    return {
      ...result,
      derived: plan.derivedDates,
      summary,
      get criticalPath() {
        criticalPath ??= criticalPathTo(compiled, summary.targetId ?? undefined, {
          mode: request.mode,
          changes,
          baseline,
        });
        return criticalPath;
      },
    };
  } catch (error) {
    if (error instanceof UnknownIdError) throw notFound('tiltak, milepæl eller risiko', error.id);
    if (error instanceof InvalidChangeError) throw invalid([{ field: 'delays', message: error.message }]);
    throw error;
  }
}
