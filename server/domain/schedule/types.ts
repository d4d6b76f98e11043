// The schedule model as plain data: what callers (API, seed, client) hand to compilePlan.
// Dates are PrecisionDate texts ("2021-Q3", "2029", "2023-10-15", also "Q3 2021" and other accepted forms).

import type { Calendar } from '../dates/calendar.js';
import type { DependencyType } from '../model/vocabulary.js';

/**
 * `milestone` and `goal` are points in time (zero duration); every other kind spans its start to its end.
 * A goal's date is a target, not a plan: the goal is reached when what it depends on is done, and its
 * date is its deadline (unless it has an explicit one).
 */
export type ItemKind = 'initiative' | 'milestone' | 'goal' | (string & {});

export interface ItemInput {
  readonly id: string;
  readonly name?: string;
  readonly kind: ItemKind;
  /** Planned start; computed on the first day of its period. */
  readonly start?: string;
  /** Planned end; computed on the last day of its period. */
  readonly end?: string;
  /** The date of a point item (milestone, goal); computed on the last day of its period. */
  readonly date?: string;
  /** Start-no-earlier-than: the item cannot start before the first day of this period. */
  readonly startNoEarlierThan?: string;
  /** Target/deadline: the item should finish by the last day of this period (e.g. a veikart goal). */
  readonly deadline?: string;
  /** Where the deadline comes from, e.g. the id of a goal. Defaults to the item's own id. */
  readonly deadlineSource?: string;
  /**
   * For a milestone: the tiltak (initiative) it belongs to (HAS_MILESTONE). The milestone keeps its
   * distance to that tiltak's end: when the tiltak finishes later, the milestone moves as much (README,
   * "Milestones follow their tiltak"). Ignored for other kinds and when either has no dates.
   */
  readonly parentId?: string;
}

/**
 * Finish-to-start, start-to-start, finish-to-finish, start-to-finish, as in MS Project:
 * the first letter is the predecessor's end that constrains, the second the successor's end that is constrained.
 */
export type { DependencyType };

export interface DependencyInput {
  /** The dependent item (successor). */
  readonly from: string;
  /** The item `from` depends on (predecessor). */
  readonly to: string;
  /** Defaults to FS. */
  readonly type?: DependencyType;
  /** Calendar days added to the constraint; negative lag (lead) is allowed. Defaults to 0. */
  readonly lagDays?: number;
}

export interface RiskEffectInput {
  readonly itemId: string;
  /** Expected delay of the item's finish if the risk materialises; null when nobody knows yet. */
  readonly expectedDelayDays: number | null;
}

export interface RiskInput {
  readonly id: string;
  readonly name?: string;
  readonly affects: readonly RiskEffectInput[];
}

export interface PlanInput {
  readonly items: readonly ItemInput[];
  readonly dependencies?: readonly DependencyInput[];
  readonly risks?: readonly RiskInput[];
  /** Defaults to allDaysCalendar (calendar days). */
  readonly calendar?: Calendar;
}

/**
 * `preserve`: planned dates stay unless a predecessor pushes them; slack absorbs delay (the default).
 * `recompute`: every item with a dated predecessor is rescheduled as soon as its dependencies allow,
 * ignoring its own planned start; items without dated predecessors stay at their planned start.
 */
export type SchedulingMode = 'preserve' | 'recompute';

/** Which part of an item a delay moves: its finish only (the item takes longer), or the whole item. */
export type DelayPart = 'finish' | 'whole';

export type Change =
  | { readonly kind: 'delay'; readonly itemId: string; readonly days: number; readonly part?: DelayPart }
  | {
      readonly kind: 'risk';
      readonly riskId: string;
      /**
       * The planner's assumption for the effects whose length the papers do not give ("what if Schrems II
       * costs 180 days, not 90"); effects with a stated length keep it. The causes stay marked assumed.
       */
      readonly assumedDays?: number;
    };
