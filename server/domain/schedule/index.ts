// The scheduling and impact engine: pure functions over plain data. See README.md for a worked example.

export type { CauseRef, CauseShare, Combination } from './attribution.js';
export { type ChangeCause, DEFAULT_UNKNOWN_RISK_DELAY_DAYS, type ResolvedChange } from './changes.js';
export { type DependencyCheck, dependencyChecks } from './checks.js';
export {
  type CompiledItem,
  type CompiledPlan,
  type CompiledRisk,
  compilePlan,
} from './compilePlan.js';
export {
  type CriticalPath,
  type CriticalPathOptions,
  type CriticalPathStep,
  criticalPathTo,
} from './criticalPath.js';
export { findCycle, wouldCreateCycle } from './cycles.js';
export {
  CycleError,
  InvalidChangeError,
  type PlanIssue,
  PlanValidationError,
  UnknownIdError,
} from './errors.js';
export {
  type AffectedItem,
  analyseImpact,
  analyseScenarios,
  type DateWindow,
  DEFAULT_MAX_CHAIN_LINKS,
  type DrivingLink,
  describeDrivingChain,
  drivingChainOf,
  type ImpactOptions,
  type ImpactResult,
  impactedIds,
  type MissedDeadline,
  type Push,
  type Scenario,
  type UndatedReach,
} from './impact.js';
export {
  type DayView,
  type Schedule,
  type ScheduledItem,
  type ScheduleOptions,
  schedule,
  scheduledItem,
  scheduledItems,
} from './schedule.js';
export type {
  Change,
  DelayPart,
  DependencyInput,
  DependencyType,
  ItemInput,
  ItemKind,
  PlanInput,
  RiskEffectInput,
  RiskInput,
  SchedulingMode,
} from './types.js';
