// A saved what-if: delays and risks to try against the plan, in one impact mode. Never changes the plan.
import type { ImpactMode } from './vocabulary.js';

export interface ScenarioDelay {
  readonly id: string;
  readonly days: number;
}

/** What a planner gives when saving a scenario. */
export interface ScenarioDraft {
  readonly name: string;
  readonly description: string | null;
  readonly delays: readonly ScenarioDelay[];
  readonly riskIds: readonly string[];
  /** The planner's assumed lengths for risks the papers give none for (impact's riskDelays). */
  readonly riskDelays: readonly ScenarioDelay[];
  readonly mode: ImpactMode;
}

export interface Scenario extends ScenarioDraft {
  readonly id: string;
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string | null;
}
