// Causes, not just chains: every slip split by cause, milestones following their tiltak, and undated
// items kept undated (reported by the window they are constrained to).
import { describe, expect, it } from 'vitest';
import { formatPrecisionDate } from '../dates/precisionDate.js';
import { d, milestone, span } from './__tests__/fixtures.js';
import { compilePlan } from './compilePlan.js';
import { type AffectedItem, analyseImpact } from './impact.js';
import { schedule } from './schedule.js';
import type { Change, PlanInput } from './types.js';

const affectedBy = (input: PlanInput, changes: Change[]) => {
  const result = analyseImpact(compilePlan(input), changes);
  return { result, byId: new Map(result.affected.map((a) => [a.id, a])) };
};

/** "delay:A=8" / "risk:R=16~" (assumed) per share, driving shares only, plus "(0)" for the others. */
const sharesOf = (a: AffectedItem | undefined) =>
  (a?.causeShares ?? []).map((s) => {
    const name = s.cause.kind === 'delay' ? `delay:${s.cause.itemId}` : `risk:${s.cause.riskId}`;
    return s.driving ? `${name}=${s.days}${s.assumed ? '~' : ''}` : `${name}(0)`;
  });

describe('cause attribution', () => {
  // A (0–9) → B (10–19) → C (planned 26–30: a 6-day buffer after B) ; risk R on B.
  const onePath: PlanInput = {
    items: [span('A', 0, 10), span('B', 10, 10), span('C', 26, 5)],
    dependencies: [
      { from: 'B', to: 'A' },
      { from: 'C', to: 'B' },
    ],
    risks: [
      { id: 'R', affects: [{ itemId: 'B', expectedDelayDays: 20 }] },
      { id: 'U', affects: [{ itemId: 'A', expectedDelayDays: null }] },
    ],
  };
  // A → C and B → C on two paths; A's path has a 10-day buffer before D.
  const twoPaths: PlanInput = {
    items: [span('A', 0, 10), span('B', 0, 10), span('C', 10, 5), span('D', 20, 5)],
    dependencies: [
      { from: 'C', to: 'A' },
      { from: 'C', to: 'B' },
      { from: 'D', to: 'A' },
    ],
  };

  it.each<[string, PlanInput, Change[], string, number, string[], string]>([
    [
      'two causes on one path add up, the buffer takes from both in proportion',
      onePath,
      [
        { kind: 'delay', itemId: 'A', days: 10 },
        { kind: 'risk', riskId: 'R' },
      ],
      'C',
      24,
      ['delay:A=8', 'risk:R=16'],
      'sum',
    ],
    [
      'on the item it hits, each cause counts in full',
      onePath,
      [
        { kind: 'delay', itemId: 'A', days: 10 },
        { kind: 'risk', riskId: 'R' },
      ],
      'B',
      30,
      ['delay:A=10', 'risk:R=20'],
      'sum',
    ],
    [
      'two causes on two paths: the larger wins, the other accounts for nothing',
      twoPaths,
      [
        { kind: 'delay', itemId: 'A', days: 10 },
        { kind: 'delay', itemId: 'B', days: 25 },
      ],
      'C',
      25,
      ['delay:B=25', 'delay:A(0)'],
      'max',
    ],
    [
      'one cause absorbed by slack on its path: only the other drives',
      twoPaths,
      [
        { kind: 'delay', itemId: 'A', days: 4 },
        { kind: 'delay', itemId: 'B', days: 8 },
      ],
      'C',
      8,
      ['delay:B=8', 'delay:A(0)'],
      'max',
    ],
    [
      'an assumed risk delay is marked as an assumption',
      onePath,
      [{ kind: 'risk', riskId: 'U' }],
      'C',
      84,
      ['risk:U=84~'],
      'single',
    ],
  ])('%s', (_name, input, changes, id, slip, shares, combination) => {
    const a = affectedBy(input, changes).byId.get(id);
    expect(a?.slipDays).toBe(slip);
    expect(sharesOf(a)).toEqual(shares);
    expect(a?.combination).toBe(combination);
    const driving = a?.causeShares.filter((s) => s.driving) ?? [];
    expect(driving.reduce((n, s) => n + s.days, 0)).toBe(slip);
  });

  it('says how much of each cause the buffers absorbed on the way', () => {
    const c = affectedBy(onePath, [
      { kind: 'delay', itemId: 'A', days: 10 },
      { kind: 'risk', riskId: 'R' },
    ]).byId.get('C');
    expect(c?.causeShares.map((s) => s.absorbedDays)).toEqual([2, 4]);
  });

  it('with one cause, its slip is all of it, less what the buffers absorbed', () => {
    const c = affectedBy(onePath, [{ kind: 'delay', itemId: 'A', days: 10 }]).byId.get('C');
    expect(c?.causeShares).toEqual([
      { cause: { kind: 'delay', itemId: 'A' }, days: 4, absorbedDays: 6, assumed: false, driving: true },
    ]);
    expect(c?.combination).toBe('single');
  });

  it('a cause fully absorbed moves nothing and is not reported', () => {
    const { byId } = affectedBy(twoPaths, [{ kind: 'delay', itemId: 'A', days: 4 }]);
    expect(byId.has('D')).toBe(false);
    expect([...byId.keys()]).toEqual(['A', 'C']);
  });

  it('starts the driving chain at the cause: the item the change hit, with the change', () => {
    const c = affectedBy(onePath, [{ kind: 'risk', riskId: 'U' }]).byId.get('C');
    expect(c?.chainOrigin).toMatchObject({
      itemId: 'A',
      causes: [{ kind: 'risk', riskId: 'U', days: 90, part: 'finish', assumed: true }],
    });
  });

  it('sums to the slip on every affected item of a random-ish plan', () => {
    const items = Array.from({ length: 30 }, (_, k) => span(`T${String(k).padStart(2, '0')}`, k * 7, 10));
    const dependencies = items
      .slice(1)
      .flatMap((it, k) => [
        { from: it.id, to: items[k]?.id as string },
        ...(k > 2 ? [{ from: it.id, to: items[k - 3]?.id as string, type: 'SS' as const, lagDays: 3 }] : []),
      ]);
    const { result } = affectedBy({ items, dependencies, risks: [] }, [
      { kind: 'delay', itemId: 'T00', days: 20 },
      { kind: 'delay', itemId: 'T05', days: 9, part: 'whole' },
      { kind: 'delay', itemId: 'T12', days: 15 },
    ]);
    expect(result.affected.length).toBeGreaterThan(10);
    for (const a of result.affected) {
      const sum = a.causeShares.filter((s) => s.driving).reduce((n, s) => n + s.days, 0);
      expect(sum, a.id).toBe(a.slipDays);
    }
  });
});

describe('milestones follow their tiltak', () => {
  // T runs days 0–99; M1 at its end, M2 halfway; X is another item M3 depends on.
  const plan: PlanInput = {
    items: [
      span('T', 0, 100),
      milestone('M1', 99, { parentId: 'T' }),
      milestone('M2', 49, { parentId: 'T' }),
      span('X', 0, 10),
      milestone('M3', 79, { parentId: 'T' }),
      milestone('Free', 99),
    ],
    dependencies: [{ from: 'M3', to: 'X' }],
    risks: [
      {
        id: 'R',
        affects: [
          { itemId: 'T', expectedDelayDays: 30 },
          { itemId: 'M1', expectedDelayDays: 30 },
        ],
      },
    ],
  };

  it.each<[string, Change[], Record<string, number>]>([
    [
      'a later finish moves every milestone as much',
      [{ kind: 'delay', itemId: 'T', days: 30 }],
      { T: 30, M1: 30, M2: 30, M3: 30 },
    ],
    [
      'so does a whole move',
      [{ kind: 'delay', itemId: 'T', days: 12, part: 'whole' }],
      { T: 12, M1: 12, M2: 12, M3: 12 },
    ],
    [
      'its own dependency wins when it says later',
      [
        { kind: 'delay', itemId: 'T', days: 5 },
        { kind: 'delay', itemId: 'X', days: 100 },
      ],
      { X: 100, M3: 30, T: 5, M1: 5, M2: 5 },
    ],
    [
      'a risk on both the tiltak and its milestone counts once',
      [{ kind: 'risk', riskId: 'R' }],
      { T: 30, M1: 30, M2: 30, M3: 30 },
    ],
    [
      'a delay of the milestone alone moves the milestone only',
      [{ kind: 'delay', itemId: 'M2', days: 7 }],
      { M2: 7 },
    ],
  ])('%s', (_name, changes, slips) => {
    const { result } = affectedBy(plan, changes);
    expect(Object.fromEntries(result.affected.map((a) => [a.id, a.slipDays]))).toEqual(slips);
  });

  it('explains the milestone by its tiltak, and counts the double-hit risk once', () => {
    const m1 = affectedBy(plan, [{ kind: 'risk', riskId: 'R' }]).byId.get('M1');
    expect(m1?.pushedBy).toMatchObject({ predecessorId: 'T', type: 'FF', milestoneOfTiltak: true });
    expect(m1?.combination).toBe('single');
    expect(sharesOf(m1)).toEqual(['risk:R=30']);
  });

  it('a milestone delayed beyond its tiltak: its own delay drives, the tiltak path does not', () => {
    const m1 = affectedBy(plan, [
      { kind: 'delay', itemId: 'T', days: 10 },
      { kind: 'delay', itemId: 'M1', days: 25 },
    ]).byId.get('M1');
    expect(m1?.slipDays).toBe(25);
    expect(m1?.pushedBy).toBeNull();
    expect(sharesOf(m1)).toEqual(['delay:M1=25', 'delay:T(0)']);
    expect(m1?.combination).toBe('max');
  });

  it('keeps the plan unchanged: the baseline puts each milestone on its own date', () => {
    const s = schedule(compilePlan(plan));
    const c = compilePlan(plan);
    for (const id of ['M1', 'M2', 'M3']) {
      const i = c.indexOf.get(id) as number;
      expect(s.earlyFinish[i]).toBe(c.plannedStart[i]);
    }
  });

  it('does not pin a milestone its tiltak depends on (the plan says otherwise), nor close a cycle', () => {
    const own: PlanInput = {
      items: [span('T', 0, 100), milestone('M', 30, { parentId: 'T' }), span('Y', 0, 10)],
      dependencies: [
        { from: 'T', to: 'M', type: 'SS' },
        { from: 'Y', to: 'M' },
      ],
    };
    const { result } = affectedBy(own, [{ kind: 'delay', itemId: 'T', days: 30 }]);
    expect(result.affected.map((a) => a.id)).toEqual(['T']);
    const indirect: PlanInput = {
      items: [span('T', 0, 100), milestone('M', 30, { parentId: 'T' }), span('Y', 40, 10)],
      dependencies: [
        { from: 'Y', to: 'M' },
        { from: 'T', to: 'Y', type: 'SS', lagDays: -40 },
      ],
    };
    expect(() => compilePlan(indirect)).not.toThrow();
  });

  it('leaves milestones without a tiltak as they were', () => {
    const { byId } = affectedBy(plan, [{ kind: 'delay', itemId: 'T', days: 30 }]);
    expect(byId.has('Free')).toBe(false);
  });
});

describe('undated items stay undated', () => {
  const plan: PlanInput = {
    items: [
      { id: 'A', kind: 'initiative', start: '2021-07', end: '2021-Q3' },
      { id: 'U', kind: 'initiative' },
      { id: 'V', kind: 'initiative' },
      { id: 'Alone', kind: 'initiative' },
      { id: 'B', kind: 'initiative', start: '2023-Q1', end: '2023-Q4' },
    ],
    dependencies: [
      { from: 'U', to: 'A' },
      { from: 'V', to: 'U' },
      { from: 'Alone', to: 'V' },
      { from: 'B', to: 'V' },
    ],
  };

  it('gives the window an undated item is constrained to, in its source precision, not days', () => {
    const { byId } = affectedBy(plan, [{ kind: 'delay', itemId: 'A', days: 120 }]);
    const v = byId.get('V');
    expect(v?.undated).toBe(true);
    expect(v?.window?.before.notBefore?.itemId).toBe('A');
    expect(formatPrecisionDate(v?.window?.before.notBefore?.date.date ?? never(), 'nb')).toBe('3. kv. 2021');
    expect(formatPrecisionDate(v?.window?.after.notBefore?.date.date ?? never(), 'nb')).toBe('1. kv. 2022');
    expect(byId.get('A')?.window).toBeNull();
  });

  it('says "needed by" for an item nothing dated precedes (assumed just in time)', () => {
    const floating: PlanInput = {
      items: [
        { id: 'F', kind: 'initiative' },
        { id: 'B', kind: 'initiative', start: '2023-Q1', end: '2023-Q4' },
      ],
      dependencies: [{ from: 'B', to: 'F' }],
    };
    const f = affectedBy(floating, [{ kind: 'delay', itemId: 'F', days: 30 }]).byId.get('F');
    expect(f?.window?.before).toMatchObject({ notBefore: null, neededBy: { itemId: 'B' } });
    expect(f?.window?.before.neededBy?.date.date.text).toBe('2023-Q1');
  });

  it('lists an item with nothing dated around it as reached, not affected', () => {
    const lone: PlanInput = {
      items: [
        { id: 'P', kind: 'initiative' },
        { id: 'Q', kind: 'initiative' },
      ],
      dependencies: [{ from: 'Q', to: 'P' }],
    };
    const { result } = affectedBy(lone, [{ kind: 'delay', itemId: 'P', days: 30 }]);
    expect(result.affected).toEqual([]);
    expect(result.reachedUndated.map((r) => r.id)).toEqual(['P', 'Q']);
  });
});

function never(): never {
  throw new Error('missing');
}

// d() keeps the fixtures' day helper in use for readers of this file: day 99 is the last day of T.
void d;
