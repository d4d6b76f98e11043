// The per-question passes that walk only what a change reaches (forwardPassFrom, lateStartsAt, the cached
// scenario base) against the whole-plan passes they replace, on random plans: the same numbers, item by
// item, in both modes, with delays of every part, risks, and milestones that follow their tiltak.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planArb } from './__tests__/arbitraries.js';
import { resolveChanges, withFloors } from './changes.js';
import { compilePlan } from './compilePlan.js';
import { criticalPathTo } from './criticalPath.js';
import { backwardPass, forwardPass, forwardPassFrom, lateStartsAt, latestFinish } from './passes.js';
import { schedule } from './schedule.js';
import type { Change, DelayPart, ItemInput, PlanInput, SchedulingMode } from './types.js';

const modeArb = fc.constantFrom<SchedulingMode>('preserve', 'recompute');
const partArb = fc.constantFrom<DelayPart>('finish', 'whole');

/** Some milestones belong to an earlier item (HAS_MILESTONE), so the engine pins them to it. */
const withParents = (plan: PlanInput, picks: readonly number[]): PlanInput => ({
  ...plan,
  items: plan.items.map((item, k): ItemInput => {
    const p = picks[k % Math.max(1, picks.length)] ?? 0;
    if (item.kind !== 'milestone' || k === 0 || p % 2 === 0) return item;
    return { ...item, parentId: (plan.items[p % k] as ItemInput).id };
  }),
});

const changesArb = fc.record({
  delays: fc.array(fc.record({ k: fc.nat(), days: fc.integer({ min: 0, max: 8 }), part: partArb }), {
    minLength: 1,
    maxLength: 4,
  }),
  risk: fc.boolean(),
});

const scenarioArb = fc.record({
  plan: fc.tuple(planArb(), fc.array(fc.nat(), { maxLength: 24 })).map(([p, picks]) => withParents(p, picks)),
  changes: changesArb,
  mode: modeArb,
});

function changesOf(
  plan: PlanInput,
  c: { delays: { k: number; days: number; part: DelayPart }[]; risk: boolean },
): Change[] {
  return [
    ...c.delays.map((x) => ({
      kind: 'delay' as const,
      itemId: (plan.items[x.k % plan.items.length] as ItemInput).id,
      days: x.days,
      part: x.part,
    })),
    ...(c.risk ? [{ kind: 'risk' as const, riskId: 'R' }] : []),
  ];
}

/** Element by element, NaN equal to NaN. */
const same = (a: Float64Array, b: Float64Array) => expect(Array.from(a)).toEqual(Array.from(b));

describe('passes over what a change reaches', () => {
  // Not "no drift": an undated item with no dated predecessor is -Infinity in the baseline but can get a
  // day in a forward pass (found by this property, seed 5877906). analyseImpact compares scenarios with
  // that pass, as it did before the cone pass, so `drift` must name exactly those items.
  it('a scenario without changes starts from a forward pass without changes; drift names exactly where that differs from the baseline', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, mode }) => {
        const compiled = compilePlan(plan);
        const s = schedule(compiled, { mode });
        const fresh = forwardPass(compiled, mode, null, s.anchors);
        same(s.scenarioBase.earlyStart, fresh.earlyStart);
        same(s.scenarioBase.earlyFinish, fresh.earlyFinish);
        const differs = Array.from(fresh.earlyStart.keys()).filter(
          (i) => fresh.earlyStart[i] !== s.earlyStart[i] || fresh.earlyFinish[i] !== s.earlyFinish[i],
        );
        expect(Array.from(s.scenarioBase.drift)).toEqual(differs);
      }),
    );
  });

  it('forwardPassFrom gives the whole forward pass, and `changed` is exactly what differs', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, changes, mode }) => {
        const compiled = compilePlan(plan);
        const base = schedule(compiled, { mode });
        const resolved = resolveChanges(compiled, changesOf(plan, changes), 90);
        const delays = withFloors(compiled, resolved.delays, resolved.floorDays, base.earlyStart);
        const full = forwardPass(compiled, mode, delays, base.anchors);
        const seeds = [...resolved.causes.keys()].sort((a, b) => a - b);
        const cone = forwardPassFrom(compiled, mode, delays, base.anchors, base.scenarioBase, seeds);
        same(cone.earlyStart, full.earlyStart);
        same(cone.earlyFinish, full.earlyFinish);
        const differs = [];
        for (let i = 0; i < compiled.items.length; i++) {
          if (
            !Object.is(full.earlyStart[i], base.scenarioBase.earlyStart[i]) ||
            !Object.is(full.earlyFinish[i], base.scenarioBase.earlyFinish[i])
          )
            differs.push(i);
        }
        expect(Array.from(cone.changed)).toEqual(differs);
      }),
    );
  });

  it('lateStartsAt gives the whole backward pass at the items asked for, with and without known dates', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(), { maxLength: 6 }), ({ plan, changes, mode }, asked) => {
        const compiled = compilePlan(plan);
        const base = schedule(compiled, { mode });
        const resolved = resolveChanges(compiled, changesOf(plan, changes), 90);
        const delays = withFloors(compiled, resolved.delays, resolved.floorDays, base.earlyStart);
        const planEnd = latestFinish(forwardPass(compiled, mode, delays, base.anchors).earlyFinish);
        const full = backwardPass(compiled, planEnd, delays).lateStart;
        const seeds = [...resolved.causes.keys()];
        // The changed items themselves, and others anywhere in the plan.
        const items = [...seeds, ...asked.map((k) => k % compiled.items.length)];
        const known = {
          lateStart: base.lateStart,
          planEnd: base.planEnd,
          unchangedAfter: Math.max(-1, ...seeds),
        };
        for (const ls of [
          lateStartsAt(compiled, planEnd, delays, items),
          lateStartsAt(compiled, planEnd, delays, items, known),
        ]) {
          for (const i of items) expect(ls[i]).toBe(full[i]);
        }
      }),
    );
  });

  it('the critical path after changes is the same with the baseline reused', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), fc.boolean(), ({ plan, changes, mode }, k, toTarget) => {
        const compiled = compilePlan(plan);
        const baseline = schedule(compiled, { mode });
        const target = toTarget ? (plan.items[k % plan.items.length] as ItemInput).id : undefined;
        const options = { mode, changes: changesOf(plan, changes) };
        expect(criticalPathTo(compiled, target, { ...options, baseline })).toEqual(
          criticalPathTo(compiled, target, options),
        );
        expect(criticalPathTo(compiled, target, { mode, baseline })).toEqual(
          criticalPathTo(compiled, target, { mode }),
        );
      }),
    );
  });
});
