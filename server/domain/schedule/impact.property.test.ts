// Property-based tests (fast-check) over random plans: the laws a planner relies on when reading an
// impact report, checked in both scheduling modes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb } from './__tests__/arbitraries.js';
import { compilePlan } from './compilePlan.js';
import { criticalPathTo } from './criticalPath.js';
import { analyseImpact } from './impact.js';
import { schedule, scheduledItems } from './schedule.js';
import type { DelayPart, ItemInput, PlanInput, SchedulingMode } from './types.js';

const modeArb = fc.constantFrom<SchedulingMode>('preserve', 'recompute');
const partArb = fc.constantFrom<DelayPart>('finish', 'whole');
const pick = (plan: PlanInput, k: number): string => (plan.items[k % plan.items.length] as ItemInput).id;

function slipsOf(plan: PlanInput, itemId: string, days: number, mode: SchedulingMode, part: DelayPart) {
  const result = analyseImpact(compilePlan(plan), [{ kind: 'delay', itemId, days, part }], { mode });
  return new Map(result.affected.map((a) => [a.id, a]));
}

describe('impact laws', () => {
  it('a zero delay moves nothing', () => {
    fc.assert(
      fc.property(planArb(), fc.nat(), modeArb, partArb, (plan, k, mode, part) => {
        expect(slipsOf(plan, pick(plan, k), 0, mode, part).size).toBe(0);
      }),
    );
  });

  it('no date ever moves earlier under a delay', () => {
    fc.assert(
      fc.property(
        planArb(),
        fc.array(fc.record({ k: fc.nat(), days: fc.integer({ min: 0, max: 60 }), part: partArb }), {
          maxLength: 4,
        }),
        fc.boolean(),
        modeArb,
        (plan, delays, withRisk, mode) => {
          const changes = [
            ...delays.map((x) => ({
              kind: 'delay' as const,
              itemId: pick(plan, x.k),
              days: x.days,
              part: x.part,
            })),
            ...(withRisk ? [{ kind: 'risk' as const, riskId: 'R' }] : []),
          ];
          for (const a of analyseImpact(compilePlan(plan), changes, { mode }).affected) {
            expect(a.startSlipDays).toBeGreaterThanOrEqual(0);
            expect(a.slipDays).toBeGreaterThanOrEqual(0);
            expect(a.newStart.iso >= a.oldStart.iso && a.newEnd.iso >= a.oldEnd.iso).toBe(true);
          }
        },
      ),
    );
  });

  it('slip is monotonic in the delay', () => {
    fc.assert(
      fc.property(
        planArb(),
        fc.nat(),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        modeArb,
        partArb,
        (plan, k, x, y, mode, part) => {
          const [small, large] = x <= y ? [x, y] : [y, x];
          const a = slipsOf(plan, pick(plan, k), small, mode, part);
          const b = slipsOf(plan, pick(plan, k), large, mode, part);
          for (const [id, item] of a) {
            expect(item.slipDays).toBeLessThanOrEqual(b.get(id)?.slipDays ?? 0);
            expect(item.startSlipDays).toBeLessThanOrEqual(b.get(id)?.startSlipDays ?? 0);
          }
        },
      ),
    );
  });

  it('slip never exceeds the delay of a single source', () => {
    fc.assert(
      fc.property(
        planArb(),
        fc.nat(),
        fc.integer({ min: 0, max: 60 }),
        modeArb,
        partArb,
        (plan, k, days, mode, part) => {
          for (const a of slipsOf(plan, pick(plan, k), days, mode, part).values()) {
            expect(a.slipDays).toBeLessThanOrEqual(days);
            expect(a.startSlipDays).toBeLessThanOrEqual(days);
          }
        },
      ),
    );
  });

  it('a delay smaller than an item’s total slack does not move the plan end', () => {
    fc.assert(
      fc.property(planArb(false), fc.nat(), fc.nat(), modeArb, partArb, (plan, k, r, mode, part) => {
        const compiled = compilePlan(plan);
        const item = scheduledItems(schedule(compiled, { mode })).find((i) => i.id === pick(plan, k));
        const slack = item?.totalSlackDays ?? null;
        fc.pre(slack !== null && slack > 0);
        const days = r % (slack as number);
        const result = analyseImpact(compiled, [{ kind: 'delay', itemId: pick(plan, k), days, part }], {
          mode,
        });
        expect(result.planEnd.slipDays).toBe(0);
      }),
    );
  });

  it('every driving chain runs from a source change to the item, link by link', () => {
    fc.assert(
      fc.property(
        planArb(),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        modeArb,
        partArb,
        (plan, k, days, mode, part) => {
          for (const a of slipsOf(plan, pick(plan, k), days, mode, part).values()) {
            const chain = a.drivingChain;
            expect(chain.at(-1)?.itemId).toBe(a.id);
            expect(chain[0]?.pushedBy).toBeNull();
            expect(chain[0]?.causes.length).toBeGreaterThan(0);
            for (let s = 1; s < chain.length; s++) {
              expect(chain[s]?.pushedBy?.predecessorId).toBe(chain[s - 1]?.itemId);
              expect(chain[s]?.pushedBy?.slackAbsorbedDays).toBeGreaterThanOrEqual(0);
            }
          }
        },
      ),
    );
  });
});

describe('determinism and CPM invariants', () => {
  const shuffle = <T>(xs: readonly T[], keys: readonly number[]): T[] =>
    xs
      .map((x, i) => [x, keys[i % Math.max(1, keys.length)] ?? 0, i] as const)
      .sort((a, b) => a[1] - b[1] || b[2] - a[2])
      .map(([x]) => x);

  it('results are independent of input order', () => {
    fc.assert(
      fc.property(
        planArb(),
        fc.array(fc.integer(), { minLength: 1, maxLength: 50 }),
        fc.nat(),
        fc.integer({ min: 0, max: 30 }),
        modeArb,
        (plan, keys, k, days, mode) => {
          const shuffled: PlanInput = {
            items: shuffle(plan.items, keys),
            dependencies: shuffle(plan.dependencies ?? [], [...keys].reverse()),
            risks: plan.risks ?? [],
          };
          const changes = [
            { kind: 'delay' as const, itemId: pick(plan, k), days },
            { kind: 'risk' as const, riskId: 'R' },
          ];
          const a = compilePlan(plan);
          const b = compilePlan(shuffled);
          expect(scheduledItems(schedule(b, { mode }))).toEqual(scheduledItems(schedule(a, { mode })));
          expect(analyseImpact(b, [...changes].reverse(), { mode })).toEqual(
            analyseImpact(a, changes, { mode }),
          );
        },
      ),
    );
  });

  it('a critical path follows real dependencies, ends at its target and has zero slack to it', () => {
    fc.assert(
      fc.property(planArb(false), fc.nat(), fc.boolean(), modeArb, (plan, k, toTarget, mode) => {
        const compiled = compilePlan(plan);
        const target = toTarget ? pick(plan, k) : undefined;
        const cp = criticalPathTo(compiled, target, { mode });
        if (cp.path.length === 0) return;
        expect(cp.path.at(-1)?.id).toBe(cp.targetId);
        if (target !== undefined) expect(cp.targetId).toBe(target);
        for (const step of cp.path) expect(cp.items).toContain(step.id);
        for (let s = 1; s < cp.path.length; s++) {
          const from = cp.path[s]?.id;
          const to = cp.path[s - 1]?.id;
          const dep = cp.path[s]?.dependency;
          expect(
            (plan.dependencies ?? []).some(
              (x) => x.from === from && x.to === to && x.type === dep?.type && x.lagDays === dep?.lagDays,
            ),
          ).toBe(true);
        }
        if (target === undefined) {
          const critical = scheduledItems(schedule(compiled, { mode })).filter((i) => i.critical);
          for (const step of cp.path) expect(critical.map((i) => i.id)).toContain(step.id);
        }
      }),
    );
  });

  it('without deadlines: early ≤ late, 0 ≤ free slack ≤ total slack', () => {
    fc.assert(
      fc.property(planArb(false), modeArb, (plan, mode) => {
        for (const item of scheduledItems(schedule(compilePlan(plan), { mode }))) {
          if (item.totalSlackDays === null) continue;
          expect(item.totalSlackDays).toBeGreaterThanOrEqual(0);
          expect(item.freeSlackDays).toBeGreaterThanOrEqual(0);
          expect(item.freeSlackDays).toBeLessThanOrEqual(item.totalSlackDays);
        }
      }),
    );
  });
});
