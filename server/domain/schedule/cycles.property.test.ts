// Property-based tests for cycle detection: what the API relies on to refuse an edge.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compilePlan.js';
import { findCycle, wouldCreateCycle } from './cycles.js';
import { CycleError } from './errors.js';
import type { DependencyInput, PlanInput } from './types.js';

/** Random directed graphs, cycles allowed. */
const graphArb: fc.Arbitrary<PlanInput> = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }).map((edges) => ({
    items: Array.from({ length: n }, (_, k) => ({ id: `N${k}`, kind: 'initiative' })),
    dependencies: edges.map(([a, b]): DependencyInput => ({ from: `N${a}`, to: `N${b}` })),
  })),
);

/** True when every step of the closed path is a dependency (from depends on to) of the input. */
function isCycleOf(cycle: readonly string[], deps: readonly DependencyInput[]): boolean {
  if (cycle.length < 2 || cycle[0] !== cycle.at(-1)) return false;
  return cycle.slice(1).every((to, k) => deps.some((d) => d.from === cycle[k] && d.to === to));
}

function compiles(input: PlanInput): boolean {
  try {
    compilePlan(input);
    return true;
  } catch (e) {
    if (e instanceof CycleError) return false;
    throw e;
  }
}

describe('cycle detection', () => {
  it('findCycle names a real cycle exactly when compilePlan refuses the plan', () => {
    fc.assert(
      fc.property(graphArb, (input) => {
        const cycle = findCycle(input);
        expect(cycle === null).toBe(compiles(input));
        if (cycle !== null) expect(isCycleOf(cycle, input.dependencies ?? [])).toBe(true);
      }),
    );
  });

  it('wouldCreateCycle predicts whether adding an edge breaks the plan, and names the cycle', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.nat(), (input, x, y) => {
        fc.pre(compiles(input));
        const n = input.items.length;
        const from = `N${x % n}`;
        const to = `N${y % n}`;
        const cycle = wouldCreateCycle(compilePlan(input), from, to);
        const withEdge = [...(input.dependencies ?? []), { from, to }];
        expect(cycle === null).toBe(compiles({ ...input, dependencies: withEdge }));
        if (cycle !== null) {
          expect(cycle.slice(0, 2)).toEqual([from, to]);
          expect(isCycleOf(cycle, withEdge)).toBe(true);
        }
      }),
    );
  });
});
