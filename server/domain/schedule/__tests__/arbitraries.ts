// Random plans for the schedule's property tests (fast-check): small DAGs of dated, point and undated
// items with every dependency type, lags and leads, start-no-earlier-than, deadlines and one risk.

import fc from 'fast-check';
import type { DependencyInput, DependencyType, ItemInput, PlanInput } from '../types.js';
import { d } from './fixtures.js';

const itemArb = (withDeadlines: boolean): fc.Arbitrary<Omit<ItemInput, 'id'>> =>
  fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          first: fc.integer({ min: 0, max: 60 }),
          days: fc.integer({ min: 1, max: 20 }),
        }),
      },
      { weight: 2, arbitrary: fc.record({ day: fc.integer({ min: 0, max: 80 }) }) },
      { weight: 1, arbitrary: fc.constant({}) },
    )
    .chain((shape) =>
      fc
        .record({
          snet: fc.option(fc.integer({ min: 0, max: 70 }), { freq: 5 }),
          deadline: withDeadlines
            ? fc.option(fc.integer({ min: 0, max: 100 }), { freq: 3 })
            : fc.constant(null),
        })
        .map(({ snet, deadline }) => ({
          ...('first' in shape
            ? { kind: 'initiative', start: d(shape.first), end: d(shape.first + shape.days - 1) }
            : 'day' in shape
              ? { kind: 'milestone', date: d(shape.day) }
              : { kind: 'initiative' }),
          ...(snet === null ? {} : { startNoEarlierThan: d(snet) }),
          ...(deadline === null ? {} : { deadline: d(deadline) }),
        })),
    );

/** A random DAG: an edge always makes the higher-numbered item depend on the lower one. */
export const planArb = (withDeadlines = true): fc.Arbitrary<PlanInput> =>
  fc.integer({ min: 1, max: 24 }).chain((n) =>
    fc
      .record({
        items: fc.array(itemArb(withDeadlines), { minLength: n, maxLength: n }),
        edges: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            type: fc.constantFrom<DependencyType>('FS', 'SS', 'FF', 'SF'),
            lagDays: fc.integer({ min: -5, max: 10 }),
          }),
          { maxLength: 3 * n },
        ),
      })
      .map(({ items, edges }) => ({
        items: items.map((item, k) => ({ ...item, id: `I${k}` })),
        dependencies: edges
          .filter((e) => e.a !== e.b)
          .map(
            (e): DependencyInput => ({
              from: `I${Math.max(e.a, e.b)}`,
              to: `I${Math.min(e.a, e.b)}`,
              type: e.type,
              lagDays: e.lagDays,
            }),
          ),
        risks: [
          {
            id: 'R',
            affects: items
              .slice(0, 2)
              .map((_, k) => ({ itemId: `I${k}`, expectedDelayDays: k === 0 ? 7 : null })),
          },
        ],
      })),
  );
