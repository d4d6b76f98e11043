import { describe, expect, it } from 'vitest';
import { formatPrecisionDate, type PrecisionDate } from '../dates/precisionDate.js';
import { d, span } from './__tests__/fixtures.js';
import { compilePlan } from './compilePlan.js';
import { criticalPathTo } from './criticalPath.js';
import { InvalidChangeError, UnknownIdError } from './errors.js';
import {
  analyseImpact,
  analyseScenarios,
  describeDrivingChain,
  drivingChainOf,
  impactedIds,
} from './impact.js';
import { schedule, scheduledItems } from './schedule.js';
import type { Change, PlanInput, SchedulingMode } from './types.js';

// A (days 0–9) → B (planned 15–19: a 5-day buffer after A) → C (planned 20–24: no buffer).
// D starts with A (SS) and G is a goal due day 25 after C: reached when C is done, its date is its deadline. R1/R2 are risks on A.
const chain: PlanInput = {
  items: [
    span('A', 0, 10),
    span('B', 15, 5),
    span('C', 20, 5),
    span('D', 0, 3),
    { id: 'G', kind: 'goal', date: d(25) },
  ],
  dependencies: [
    { from: 'B', to: 'A' },
    { from: 'C', to: 'B' },
    { from: 'D', to: 'A', type: 'SS' },
    { from: 'G', to: 'C' },
  ],
  risks: [
    { id: 'R1', name: 'Supplier late', affects: [{ itemId: 'A', expectedDelayDays: 8 }] },
    { id: 'R2', affects: [{ itemId: 'A', expectedDelayDays: null }] },
  ],
};
const plan = compilePlan(chain);
const slips = (changes: Change[], mode: SchedulingMode = 'preserve') =>
  Object.fromEntries(analyseImpact(plan, changes, { mode }).affected.map((a) => [a.id, a.slipDays]));

describe('analyseImpact: which items move and by how much', () => {
  it.each<[string, Change[], SchedulingMode, Record<string, number>]>([
    ['no change moves nothing', [], 'preserve', {}],
    ['a zero delay moves nothing', [{ kind: 'delay', itemId: 'A', days: 0 }], 'preserve', {}],
    ['the buffer absorbs a small delay', [{ kind: 'delay', itemId: 'A', days: 3 }], 'preserve', { A: 3 }],
    ['the buffer absorbs exactly its size', [{ kind: 'delay', itemId: 'A', days: 5 }], 'preserve', { A: 5 }],
    ['the rest passes on', [{ kind: 'delay', itemId: 'A', days: 8 }], 'preserve', { A: 8, B: 3, C: 3, G: 3 }],
    [
      'a finish delay does not move SS successors',
      [{ kind: 'delay', itemId: 'A', days: 8 }],
      'preserve',
      { A: 8, B: 3, C: 3, G: 3 },
    ],
    [
      'a whole-item delay moves SS successors too',
      [{ kind: 'delay', itemId: 'A', days: 8, part: 'whole' }],
      'preserve',
      { A: 8, B: 3, C: 3, D: 8, G: 3 },
    ],
    [
      'delays on one item add up',
      [
        { kind: 'delay', itemId: 'A', days: 3 },
        { kind: 'delay', itemId: 'A', days: 5 },
      ],
      'preserve',
      { A: 8, B: 3, C: 3, G: 3 },
    ],
    [
      'a risk delays by its expected delay',
      [{ kind: 'risk', riskId: 'R1' }],
      'preserve',
      { A: 8, B: 3, C: 3, G: 3 },
    ],
    [
      'recompute has no buffer to absorb',
      [{ kind: 'delay', itemId: 'A', days: 3 }],
      'recompute',
      { A: 3, B: 3, C: 3, G: 3 },
    ],
    [
      'a delay late in the chain moves only what follows',
      [{ kind: 'delay', itemId: 'C', days: 2 }],
      'preserve',
      { C: 2, G: 2 },
    ],
  ])('%s', (_, changes, mode, expected) => {
    expect(slips(changes, mode)).toEqual(expected);
  });
});

describe('analyseImpact: the report for one affected item', () => {
  const result = analyseImpact(plan, [{ kind: 'delay', itemId: 'A', days: 8 }]);
  const c = result.affected.find((a) => a.id === 'C');

  it('gives old and new dates as ISO days and in the item’s precision', () => {
    expect(c).toMatchObject({
      oldStart: { iso: d(20) },
      oldEnd: { iso: d(24) },
      newStart: { iso: d(23) },
      newEnd: { iso: d(27) },
      startSlipDays: 3,
      slipDays: 3,
      wasCritical: true,
      nowCritical: true,
      pastPeriodEnd: true,
      missedDeadline: null,
      dependsOnAssumedDelay: false,
    });
    expect(c?.newEnd.date.text).toBe(d(27));
  });

  it('explains the slip with the driving chain', () => {
    expect(c?.drivingChain).toEqual([
      {
        itemId: 'A',
        startSlipDays: 0,
        slipDays: 8,
        pushedBy: null,
        causes: [{ kind: 'delay', days: 8, part: 'finish' }],
      },
      {
        itemId: 'B',
        startSlipDays: 3,
        slipDays: 3,
        pushedBy: {
          predecessorId: 'A',
          type: 'FS',
          lagDays: 0,
          predecessorSlipDays: 8,
          slackAbsorbedDays: 5,
        },
        causes: [],
      },
      {
        itemId: 'C',
        startSlipDays: 3,
        slipDays: 3,
        pushedBy: {
          predecessorId: 'B',
          type: 'FS',
          lagDays: 0,
          predecessorSlipDays: 3,
          slackAbsorbedDays: 0,
        },
        causes: [],
      },
    ]);
    expect(describeDrivingChain(c?.drivingChain ?? [])).toBe(
      'A +8 d (delay 8 d) → FS, lag 0 d, 5 d absorbed → B +3 d → FS, lag 0 d, 0 d absorbed → C +3 d',
    );
  });

  it('flags a goal whose deadline is now missed', () => {
    expect(result.affected.find((a) => a.id === 'G')?.missedDeadline).toEqual({
      deadline: expect.objectContaining({ text: d(25) }),
      deadlineDay: d(25),
      byDays: 2,
      source: 'G',
      newlyMissed: true,
    });
  });

  it('reports the plan end and sorts by slip, then id', () => {
    expect(result.planEnd).toEqual({ before: d(24), after: d(27), slipDays: 3 });
    expect(result.affected.map((a) => a.id)).toEqual(['A', 'B', 'C', 'G']);
  });

  it('can return only the last link and rebuild the chain on demand', () => {
    const short = analyseImpact(plan, [{ kind: 'delay', itemId: 'A', days: 8 }], { drivingChains: 'last' });
    expect(short.affected.find((a) => a.id === 'C')?.drivingChain).toHaveLength(1);
    expect(drivingChainOf(short, 'C')).toEqual(c?.drivingChain);
  });

  it('falls back to last links, and says so, when full chains would exceed maxChainLinks', () => {
    expect(result.drivingChains).toBe('full');
    const capped = analyseImpact(plan, [{ kind: 'delay', itemId: 'A', days: 8 }], { maxChainLinks: 5 });
    expect(capped.drivingChains).toBe('last');
    expect(capped.affected.every((a) => a.drivingChain.length === 1)).toBe(true);
    expect(drivingChainOf(capped, 'C')).toEqual(c?.drivingChain);
  });

  it('accepts a baseline computed once for many queries', () => {
    const baseline = schedule(plan);
    expect(analyseImpact(plan, [{ kind: 'delay', itemId: 'A', days: 8 }], { baseline })).toEqual(result);
    expect(() => analyseImpact(plan, [], { baseline, mode: 'recompute' })).toThrow(/same plan and mode/);
  });
});

describe('analyseImpact: criticality', () => {
  // P (0–9) → Q (planned 15–19, 5 days of buffer); Z (0–29) ends the plan, so Q has 10 more days of slack.
  const p = compilePlan({
    items: [span('P', 0, 10), span('Q', 15, 5), span('Z', 0, 30)],
    dependencies: [{ from: 'Q', to: 'P' }],
  });

  it.each([
    ['slack absorbs part of the slip: still not critical', 12, 7, false, 0],
    ['the slip outgrows the slack: now critical and the plan end moves', 20, 15, true, 5],
  ])('%s', (_, days, slip, critical, planSlip) => {
    const result = analyseImpact(p, [{ kind: 'delay', itemId: 'P', days }]);
    const q = result.affected.find((a) => a.id === 'Q');
    expect(q).toMatchObject({ slipDays: slip, wasCritical: false, nowCritical: critical });
    expect(result.planEnd.slipDays).toBe(planSlip);
    expect(result.affected.some((a) => a.id === 'Z')).toBe(false);
  });
});

describe('analyseImpact: undated items with nothing dated before them', () => {
  // U has no dates and no dated predecessor (like Persontjenesten in the seed): it is assumed just in time
  // for B (planned day 10); C (planned day 20) has ten more days of buffer.
  const p = compilePlan({
    items: [{ id: 'U', kind: 'initiative' }, span('B', 10, 5), span('C', 20, 5)],
    dependencies: [
      { from: 'B', to: 'U' },
      { from: 'C', to: 'U' },
    ],
  });

  it.each<[SchedulingMode, number, Record<string, number>]>([
    ['preserve', 5, { U: 5, B: 5 }],
    ['preserve', 15, { U: 15, B: 15, C: 5 }],
    ['recompute', 15, { U: 15, B: 15, C: 5 }],
    ['preserve', 0, {}],
  ])('%s: delaying U by %i passes the whole delay to its first dependent', (mode, days, expected) => {
    const result = analyseImpact(p, [{ kind: 'delay', itemId: 'U', days }], { mode });
    expect(Object.fromEntries(result.affected.map((a) => [a.id, a.slipDays]))).toEqual(expected);
  });

  it('reports the assumed dates as those of an undated item', () => {
    const u = analyseImpact(p, [{ kind: 'delay', itemId: 'U', days: 5 }]).affected.find((a) => a.id === 'U');
    expect(u).toMatchObject({
      undated: true,
      oldEnd: { iso: d(9) },
      newEnd: { iso: d(14) },
      pastPeriodEnd: false,
    });
  });
});

describe('analyseImpact: items without any dates', () => {
  // P and Q have no dates and nothing dated around them (like Persontjenesten and Helseplattformen in the
  // seed): the delay reaches Q, by an unknown amount.
  const p = compilePlan({
    items: [
      { id: 'P', kind: 'initiative' },
      { id: 'Q', kind: 'initiative' },
      { id: 'R', kind: 'initiative' },
      span('X', 0, 5),
    ],
    dependencies: [
      { from: 'Q', to: 'P' },
      { from: 'R', to: 'Q' },
    ],
  });

  it('lists them with the path the delay takes, not as moved dates', () => {
    const result = analyseImpact(p, [{ kind: 'delay', itemId: 'P', days: 180 }]);
    expect(result.affected).toEqual([]);
    expect(result.reachedUndated).toEqual([
      { id: 'P', name: 'P', path: ['P'] },
      { id: 'Q', name: 'Q', path: ['P', 'Q'] },
      { id: 'R', name: 'R', path: ['P', 'Q', 'R'] },
    ]);
  });

  it('counts them among the impacted ids', () => {
    expect(impactedIds(analyseImpact(p, [{ kind: 'delay', itemId: 'P', days: 1 }]))).toEqual(['P', 'Q', 'R']);
  });

  it('lists nothing for a zero delay or a dated source', () => {
    expect(analyseImpact(p, [{ kind: 'delay', itemId: 'P', days: 0 }]).reachedUndated).toEqual([]);
    expect(analyseImpact(p, [{ kind: 'delay', itemId: 'X', days: 9 }]).reachedUndated).toEqual([]);
  });
});

describe('analyseImpact: risks', () => {
  it('reports a risk with unknown delay as an assumption, with the default of 90 days', () => {
    const result = analyseImpact(plan, [{ kind: 'risk', riskId: 'R2' }]);
    expect(result.assumptions).toEqual([{ riskId: 'R2', itemId: 'A', assumedDelayDays: 90 }]);
    expect(result.affected.find((a) => a.id === 'A')?.slipDays).toBe(90);
    expect(result.affected.every((a) => a.dependsOnAssumedDelay)).toBe(true);
  });

  it('uses unknownRiskDelayDays when given', () => {
    const result = analyseImpact(plan, [{ kind: 'risk', riskId: 'R2' }], { unknownRiskDelayDays: 30 });
    expect(result.affected.find((a) => a.id === 'C')?.slipDays).toBe(25);
  });

  it.each([
    ['the default', undefined, 90],
    ['the planner’s 180 days', 180, 180],
    ['the planner’s 0 days', 0, 0],
  ])('takes %s for the assumed length of one risk, still marked assumed', (_, assumedDays, days) => {
    const result = analyseImpact(plan, [{ kind: 'risk', riskId: 'R2', assumedDays }]);
    expect(result.assumptions).toEqual([{ riskId: 'R2', itemId: 'A', assumedDelayDays: days }]);
    expect(result.affected.find((a) => a.id === 'A')?.causeShares).toEqual(
      days === 0 ? undefined : [expect.objectContaining({ days, assumed: true, driving: true })],
    );
  });

  it('keeps a stated length when the planner assumes one for the risk', () => {
    const stated = analyseImpact(plan, [{ kind: 'risk', riskId: 'R1' }]);
    const assumed = analyseImpact(plan, [{ kind: 'risk', riskId: 'R1', assumedDays: 300 }]);
    expect(assumed.affected).toEqual(stated.affected);
  });

  it('names the risk in the driving chain', () => {
    const result = analyseImpact(plan, [{ kind: 'risk', riskId: 'R1' }]);
    expect(result.affected.find((a) => a.id === 'C')?.drivingChain[0]?.causes).toEqual([
      { kind: 'risk', riskId: 'R1', days: 8, part: 'finish', assumed: false },
    ]);
  });
});

describe('analyseImpact: coarse dates', () => {
  it('re-expresses new dates in the item’s own precision', () => {
    const p = compilePlan({
      items: [
        { id: 'X', kind: 'initiative', start: '2021-Q3', end: '2021-Q3' },
        { id: 'Y', kind: 'initiative', start: '2021-Q4', end: '2022' },
      ],
      dependencies: [{ from: 'Y', to: 'X' }],
    });
    const result = analyseImpact(p, [{ kind: 'delay', itemId: 'X', days: 100 }]);
    const x = result.affected.find((a) => a.id === 'X');
    if (x === undefined) throw new Error('X not affected');
    const nb = (p: PrecisionDate) => formatPrecisionDate(p, 'nb');
    expect(`${nb(x.oldEnd.date)} → ${nb(x.newEnd.date)}`).toBe('3. kv. 2021 → 1. kv. 2022');
    expect(x?.newEnd.iso).toBe('2022-01-08');
    expect(x?.pastPeriodEnd).toBe(true);
    const y = result.affected.find((a) => a.id === 'Y');
    expect([y?.oldStart.date.text, y?.newStart.date.text]).toEqual(['2021-Q4', '2022-Q1']);
    expect([y?.oldEnd.date.text, y?.newEnd.date.text]).toEqual(['2022', '2023']);
  });

  it('a start that stays inside its period is not past its period end', () => {
    const p = compilePlan({
      items: [span('P', 0, 10), { id: 'S', kind: 'initiative', start: '2024-01', end: '2024-12' }],
      dependencies: [{ from: 'S', to: 'P', type: 'SS' }],
    });
    const s = analyseImpact(p, [{ kind: 'delay', itemId: 'P', days: 5, part: 'whole' }]).affected.find(
      (a) => a.id === 'S',
    );
    expect(s?.slipDays).toBe(5);
    expect(s?.pastPeriodEnd).toBe(true);
    expect(s?.newStart.date.text).toBe('2024-01');
  });
});

describe('analyseScenarios', () => {
  it('gives each scenario relative to the same baseline', () => {
    const results = analyseScenarios(plan, [
      { id: 'small', changes: [{ kind: 'delay', itemId: 'A', days: 3 }] },
      { id: 'risk', changes: [{ kind: 'risk', riskId: 'R1' }] },
      { id: 'none', changes: [] },
    ]);
    expect(results.map((r) => r.id)).toEqual(['small', 'risk', 'none']);
    expect(results[0]?.result).toEqual(analyseImpact(plan, [{ kind: 'delay', itemId: 'A', days: 3 }]));
    expect(results[1]?.result).toEqual(analyseImpact(plan, [{ kind: 'risk', riskId: 'R1' }]));
    expect(results[2]?.result.affected).toEqual([]);
  });
});

describe('analyseImpact: invalid changes', () => {
  it.each<[string, Change, new (...args: never[]) => Error]>([
    ['an unknown item', { kind: 'delay', itemId: 'Ghost', days: 1 }, UnknownIdError],
    ['an unknown risk', { kind: 'risk', riskId: 'Ghost' }, UnknownIdError],
    ['a negative delay', { kind: 'delay', itemId: 'A', days: -1 }, InvalidChangeError],
    ['a fractional delay', { kind: 'delay', itemId: 'A', days: 1.5 }, InvalidChangeError],
  ])('rejects %s', (_, change, error) => {
    expect(() => analyseImpact(plan, [change])).toThrow(error);
  });

  it('does not mutate the plan', () => {
    const before = Float64Array.from(plan.plannedStart);
    analyseImpact(plan, [{ kind: 'delay', itemId: 'A', days: 40 }], { mode: 'recompute' });
    expect(plan.plannedStart).toEqual(before);
  });
});

describe('the README worked example', () => {
  const readmePlan = compilePlan({
    items: [
      { id: 'A', name: 'Platform A', kind: 'initiative', start: '2021-Q3', end: '2022-Q2' },
      { id: 'B', name: 'Rollout B', kind: 'initiative', start: '2022-Q4', end: '2023-H1' },
      { id: 'M', name: 'B in production', kind: 'milestone', date: '2023-06' },
      { id: 'G', name: 'Goal', kind: 'goal', date: '2023-07' },
    ],
    dependencies: [
      { from: 'B', to: 'A', type: 'FS', lagDays: 30 },
      { from: 'M', to: 'B', type: 'FF' },
      { from: 'G', to: 'M' },
    ],
    risks: [{ id: 'R1', name: 'Supplier late', affects: [{ itemId: 'A', expectedDelayDays: 120 }] }],
  });

  it('matches the table in README.md', () => {
    const result = analyseImpact(readmePlan, [{ kind: 'risk', riskId: 'R1' }]);
    const nb = (p: PrecisionDate) => formatPrecisionDate(p, 'nb');
    expect(
      result.affected.map((a) => [
        a.id,
        `${a.oldEnd.iso} → ${a.newEnd.iso}`,
        `${nb(a.oldEnd.date)} → ${nb(a.newEnd.date)}`,
        a.slipDays,
        a.nowCritical,
        a.pastPeriodEnd,
        a.missedDeadline === null ? null : [a.missedDeadline.deadlineDay, a.missedDeadline.byDays],
      ]),
    ).toEqual([
      ['A', '2022-06-30 → 2022-10-28', '2. kv. 2022 → 4. kv. 2022', 120, true, true, null],
      ['B', '2023-06-30 → 2023-08-27', '1. halvår 2023 → 2. halvår 2023', 58, true, true, null],
      ['G', '2023-06-30 → 2023-08-27', 'juni 2023 → august 2023', 58, true, true, ['2023-07-31', 27]],
      ['M', '2023-06-30 → 2023-08-27', 'juni 2023 → august 2023', 58, true, true, null],
    ]);
    expect(result.planEnd).toEqual({ before: '2023-06-30', after: '2023-08-27', slipDays: 58 });
    expect(describeDrivingChain(result.affected.find((a) => a.id === 'G')?.drivingChain ?? [])).toBe(
      'A +120 d (risk R1 120 d) → FS, lag 30 d, 62 d absorbed → B +58 d → FF, lag 0 d, 0 d absorbed → M +58 d → FS, lag 0 d, 0 d absorbed → G +58 d',
    );
  });

  it('has the baseline the README describes', () => {
    const s = schedule(readmePlan);
    expect(scheduledItems(s).map((i) => [i.id, i.totalSlackDays, i.freeSlackDays, i.critical])).toEqual([
      ['A', 62, 62, false],
      ['B', 0, 0, true],
      ['G', 0, 0, true],
      ['M', 0, 0, true],
    ]);
    expect(criticalPathTo(readmePlan).path.map((p) => p.id)).toEqual(['B', 'M', 'G']);
  });
});
