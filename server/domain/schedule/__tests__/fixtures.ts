// Plan-building helpers shared by the schedule tests: day n of a test calendar and items placed on it.

import { toDayNumber, toIsoDay } from '../../dates/days.js';
import type { ItemInput } from '../types.js';

/** Day 0 of the test calendar: Monday 2024-01-01. */
export const D0 = toDayNumber('2024-01-01');

/** The ISO day n days after D0. */
export const d = (n: number): string => toIsoDay(D0 + n);

/** An initiative occupying days first … first + days − 1. */
export const span = (id: string, first: number, days: number, extra: Partial<ItemInput> = {}): ItemInput => ({
  id,
  kind: 'initiative',
  start: d(first),
  end: d(first + days - 1),
  ...extra,
});

/** A milestone on day n. */
export const milestone = (id: string, day: number, extra: Partial<ItemInput> = {}): ItemInput => ({
  id,
  kind: 'milestone',
  date: d(day),
  ...extra,
});
