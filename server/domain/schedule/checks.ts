// dependencyChecks(): is the plan as written consistent with its own dependencies? For every dependency
// between two dated items, the slack its planned dates leave (negative: the current dates already break it).
// One walk over the dependencies, O(dependencies); the engine's milestone links are not the plan's and are
// left out.

import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { DEPENDENCY_TYPES } from './graph.js';
import { type DayView, dayViews } from './schedule.js';
import type { DependencyType } from './types.js';

export interface DependencyCheck {
  /** The dependent item (successor). */
  readonly fromId: string;
  /** The item it depends on (predecessor). */
  readonly toId: string;
  readonly type: DependencyType;
  readonly lagDays: number;
  /**
   * Days between what the dependency requires of the dependent's constrained end and what its planned dates
   * give; negative when the planned dates violate the dependency (by that many days).
   */
  readonly slackDays: number;
  /** The predecessor's planned end the dependency looks at (its finish for FS/FF, its start for SS/SF). */
  readonly predecessorPoint: DayView;
  /** The dependent's planned end the dependency constrains (its start for FS/SS, its finish for FF/SF). */
  readonly dependentPoint: DayView;
}

/**
 * Every dependency whose two ends have planned dates (goals, whose date is a target, and undated items are
 * left out), in the order of the compiled plan (dependent in schedule order, then predecessor).
 */
export function dependencyChecks(plan: CompiledPlan): DependencyCheck[] {
  const { plannedStart, duration, depType, depLag, depPinned } = plan;
  const { predOffset, predItem } = plan.graph;
  const views = dayViews(plan);
  const out: DependencyCheck[] = [];
  for (let i = 0; i < plan.items.length; i++) {
    const si = plannedStart[i] as number;
    if (!Number.isFinite(si)) continue;
    for (let e = predOffset[i] as number, end = predOffset[i + 1] as number; e < end; e++) {
      if (depPinned[e] === 1) continue;
      const p = predItem[e] as number;
      const sp = plannedStart[p] as number;
      if (!Number.isFinite(sp)) continue;
      const type = depType[e] as number;
      const lag = depLag[e] as number;
      const fromFinish = type === 0 || type === 2;
      const toFinish = type === 2 || type === 3;
      const predPoint = fromFinish ? sp + (duration[p] as number) : sp;
      const depPoint = toFinish ? si + (duration[i] as number) : si;
      out.push({
        fromId: (plan.items[i] as CompiledItem).id,
        toId: (plan.items[p] as CompiledItem).id,
        type: DEPENDENCY_TYPES[type] as DependencyType,
        lagDays: lag,
        slackDays: depPoint - (predPoint + lag),
        predecessorPoint: fromFinish ? views.finish(p, predPoint) : views.start(p, predPoint),
        dependentPoint: toFinish ? views.finish(i, depPoint) : views.start(i, depPoint),
      });
    }
  }
  return out;
}
