import { describe, expect, it } from 'vitest';
import { baselineDatesOf, comparePlans, type PlanSnapshot } from './baseline.js';

// A hand-built plan: A (2024, year precision), B (2024-Q1 … 2024-Q2), milestone M (2024-06-15),
// C removed later, D added later.
const baseline: PlanSnapshot = {
  items: [
    { id: 'a', name: 'A', kind: 'initiative', start: '2024', end: '2024' },
    { id: 'b', name: 'B', kind: 'initiative', start: '2024-Q1', end: '2024-Q2' },
    { id: 'm', name: 'M', kind: 'milestone', start: '2024-06-15', end: '2024-06-15' },
    { id: 'c', name: 'C', kind: 'initiative', start: '2024-01', end: null },
  ],
  dependencies: [
    { from: 'b', to: 'a' },
    { from: 'c', to: 'a' },
  ],
  criticalPath: ['a', 'b'],
};
const later: PlanSnapshot = {
  items: [
    { id: 'a', name: 'A', kind: 'initiative', start: '2024', end: '2025' }, // +365 days
    { id: 'b', name: 'B', kind: 'initiative', start: '2024-Q2', end: '2024-Q3' }, // start +91, end +92
    { id: 'm', name: 'M', kind: 'milestone', start: '2024-06-05', end: '2024-06-05' }, // −10 days
    { id: 'd', name: 'D', kind: 'initiative', start: '2025', end: '2026' },
  ],
  dependencies: [
    { from: 'b', to: 'a' },
    { from: 'd', to: 'b' },
  ],
  criticalPath: ['a', 'b'],
};

describe('comparePlans', () => {
  const result = comparePlans(baseline, later);
  const row = (id: string) => result.items.find((i) => i.id === id);

  it.each([
    ['a', 'changed', 0, 365],
    ['b', 'changed', 91, 92],
    ['m', 'changed', -10, -10],
    ['c', 'removed', null, null],
    ['d', 'added', null, null],
  ])('%s is %s, start %s days, finish %s days', (id, status, start, finish) => {
    expect(row(id)).toMatchObject({ status, startVarianceDays: start, varianceDays: finish });
  });

  it('orders by slip and sums up', () => {
    expect(result.items.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'm']);
    expect(result.addedDependencies).toEqual([{ from: 'd', to: 'b' }]);
    expect(result.removedDependencies).toEqual([{ from: 'c', to: 'a' }]);
    expect(result.summary).toEqual({
      itemsSlipped: 2,
      itemsAhead: 1,
      totalSlipDays: 457,
      maxSlipDays: 365,
      itemsAdded: 1,
      itemsRemoved: 1,
      dependenciesAdded: 1,
      dependenciesRemoved: 1,
      criticalPathChanged: false,
    });
  });

  it('sees a changed critical path and an unchanged plan', () => {
    expect(comparePlans(baseline, { ...baseline, criticalPath: ['a'] }).summary.criticalPathChanged).toBe(
      true,
    );
    const same = comparePlans(baseline, baseline);
    expect(same.items.every((i) => i.status === 'unchanged' && (i.varianceDays ?? 0) === 0)).toBe(true);
    expect(same.summary.totalSlipDays).toBe(0);
  });

  it('gives an item without an end its start as finish', () => {
    const moved = comparePlans(baseline, {
      ...baseline,
      items: [{ id: 'c', name: 'C', kind: 'initiative', start: '2024-03', end: null }],
    });
    expect(moved.items.find((i) => i.id === 'c')).toMatchObject({ startVarianceDays: 60, varianceDays: 60 });
  });
});

describe('baselineDatesOf', () => {
  it('gives the baseline dates with the finish variance against now', () => {
    const dates = baselineDatesOf(baseline, new Map([['a', { start: '2024', end: '2025' }]]));
    expect(dates.get('a')).toEqual({ start: '2024', end: '2024', varianceDays: 365 });
    expect(dates.get('b')).toEqual({ start: '2024-Q1', end: '2024-Q2', varianceDays: null });
  });
});
