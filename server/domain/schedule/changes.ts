// Turns a scenario's list of changes (delays, activated risks) into per-item day arrays for the passes,
// remembering which change caused what so the impact report can say why.

import type { CompiledItem, CompiledPlan } from './compilePlan.js';
import { InvalidChangeError, UnknownIdError } from './errors.js';
import type { ItemDelays } from './passes.js';
import type { Change, DelayPart } from './types.js';

/** Risks whose expected delay is unknown are assumed to delay by this many days (one quarter) unless told otherwise. */
export const DEFAULT_UNKNOWN_RISK_DELAY_DAYS = 90;

export type ChangeCause =
  | { readonly kind: 'delay'; readonly days: number; readonly part: DelayPart; readonly floor?: true }
  | {
      readonly kind: 'risk';
      readonly riskId: string;
      readonly days: number;
      readonly part: DelayPart;
      /** True when the risk gave no expected delay and `days` is the assumed unknownRiskDelayDays. */
      readonly assumed: boolean;
      /**
       * Set on a milestone that follows its tiltak: the milestone is `days` later than its current date, at
       * least; not `days` on top of what its tiltak's slip already moves it (the later of the two wins).
       */
      readonly floor?: true;
    };

export interface ResolvedChange {
  readonly itemId: string;
  readonly cause: ChangeCause;
}

export interface ResolvedChanges {
  readonly delays: ItemDelays;
  /**
   * Days per item for milestones that follow their tiltak (plan.parentOf): the milestone starts no earlier
   * than its baseline date plus these days (analyseImpact turns them into delays.notBefore). Null if none.
   */
  readonly floorDays: Float64Array | null;
  /** Own causes per item index (only items with changes). */
  readonly causes: ReadonlyMap<number, readonly ChangeCause[]>;
  readonly changes: readonly ResolvedChange[];
}

/**
 * Resolves changes. Several changes on one item add up (two risks that both happen delay twice).
 * A point item (milestone, goal) has no duration to stretch, so any delay moves it whole.
 * Throws UnknownIdError for unknown items/risks and InvalidChangeError for negative or fractional days.
 */
export function resolveChanges(
  plan: CompiledPlan,
  changes: readonly Change[],
  unknownRiskDelayDays: number,
): ResolvedChanges {
  const n = plan.items.length;
  const shift = new Float64Array(n);
  const stretch = new Float64Array(n);
  let floorDays: Float64Array | null = null;
  const causes = new Map<number, ChangeCause[]>();
  const resolved: ResolvedChange[] = [];
  const apply = (i: number, cause: ChangeCause): void => {
    const item = plan.items[i] as CompiledItem;
    if (!Number.isInteger(cause.days) || cause.days < 0) {
      throw new InvalidChangeError(item.id, `delay must be a whole number of days ≥ 0, got ${cause.days}`);
    }
    const whole = cause.part === 'whole' || (plan.duration[i] as number) === 0;
    const floor = (plan.parentOf[i] as number) >= 0;
    if (floor) {
      floorDays ??= new Float64Array(n);
      floorDays[i] = (floorDays[i] as number) + cause.days;
    } else if (whole) shift[i] = (shift[i] as number) + cause.days;
    else stretch[i] = (stretch[i] as number) + cause.days;
    let effective: ChangeCause = whole && cause.part !== 'whole' ? { ...cause, part: 'whole' } : cause;
    if (floor) effective = { ...effective, floor: true };
    const list = causes.get(i);
    if (list === undefined) causes.set(i, [effective]);
    else list.push(effective);
    resolved.push({ itemId: item.id, cause: effective });
  };
  for (const change of changes) {
    if (change.kind === 'delay') {
      const i = plan.indexOf.get(change.itemId);
      if (i === undefined) throw new UnknownIdError('item', change.itemId);
      apply(i, { kind: 'delay', days: change.days, part: change.part ?? 'finish' });
    } else {
      const risk = plan.risks.get(change.riskId);
      if (risk === undefined) throw new UnknownIdError('risk', change.riskId);
      const assumedDays = change.assumedDays ?? unknownRiskDelayDays;
      for (const effect of risk.effects) {
        const assumed = effect.expectedDelayDays === null;
        apply(effect.item, {
          kind: 'risk',
          riskId: risk.id,
          days: effect.expectedDelayDays ?? assumedDays,
          part: 'finish',
          assumed,
        });
      }
    }
  }
  resolved.sort((a, b) => compareText(a.itemId, b.itemId) || compareCauses(a.cause, b.cause));
  for (const list of causes.values()) list.sort(compareCauses);
  return { delays: { shift, stretch }, floorDays, causes, changes: resolved };
}

/** Orders causes so reports read the same whatever order the changes were given in. */
function compareCauses(a: ChangeCause, b: ChangeCause): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.kind === 'risk' ? a.riskId : '', b.kind === 'risk' ? b.riskId : '') ||
    compareText(a.part, b.part) ||
    a.days - b.days
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A milestone that follows its tiltak takes its own delays as "N days later than its current date, at
 * least" (changes.ts): here they become start-no-earlier-than points from the baseline.
 */
export function withFloors(
  plan: CompiledPlan,
  delays: ItemDelays,
  floorDays: Float64Array | null,
  es: Float64Array,
): ItemDelays {
  if (floorDays === null) return delays;
  const notBefore = plan.notBefore.slice();
  for (let i = 0; i < floorDays.length; i++) {
    const days = floorDays[i] as number;
    if (days > 0 && Number.isFinite(es[i] as number)) {
      notBefore[i] = Math.max(notBefore[i] as number, (es[i] as number) + days);
    }
  }
  return { ...delays, notBefore };
}
