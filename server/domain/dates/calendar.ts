// The calendar is a strategy object (after OpenProject's Shared::AllDays / Shared::WorkingDays):
// the scheduling engine asks it every date question, so working-day calendars can be added later
// without touching any scheduling code.

import type { DayNumber } from './days.js';

/**
 * The scheduling engine puts days on a linear axis of calendar units with `delta(0, day)` and reads results
 * back with `addDays(0, units)`, so the two must be inverses on schedulable days; durations and lags are in
 * units. Methods must not rely on `this` (the engine may call them detached).
 */
export interface Calendar {
  /** Name for diagnostics and reports, e.g. "all days". */
  readonly name: string;
  /** The day `n` (possibly negative) calendar units after `d`. */
  addDays(d: DayNumber, n: number): DayNumber;
  /** Units from `a` to `b` (`b - a` for calendar days); `addDays(a, delta(a, b)) === b` for working days. */
  delta(a: DayNumber, b: DayNumber): number;
  /** Inclusive duration of a span from `first` to `last` (a one-day task has duration 1). */
  duration(first: DayNumber, last: DayNumber): number;
  /** The first schedulable day on or after `d` (identity for calendar days). */
  soonestWorkingDay(d: DayNumber): DayNumber;
}

/** Every day counts: weekends and holidays included. The portfolio's dates are coarse, so this is the default. */
export const allDaysCalendar: Calendar = {
  name: 'all days',
  addDays: (d, n) => d + n,
  delta: (a, b) => b - a,
  duration: (first, last) => last - first + 1,
  soonestWorkingDay: (d) => d,
};
