import { describe, expect, it } from 'vitest';
import { d, milestone, span } from './__tests__/fixtures.js';
import { compilePlan } from './compilePlan.js';
import { criticalPathTo } from './criticalPath.js';
import { schedule, scheduledItem, scheduledItems } from './schedule.js';
import type { DependencyType, ItemInput, PlanInput, SchedulingMode } from './types.js';

const dates = (input: PlanInput, mode: SchedulingMode = 'recompute') => {
  const s = schedule(compilePlan(input), { mode });
  return Object.fromEntries(scheduledItems(s).map((i) => [i.id, [i.earlyStart?.iso, i.earlyFinish?.iso]]));
};

describe('textbook network (recompute = as soon as possible)', () => {
  // A(3) → B(4) → D(5); A → C(2) → D; C → E(3). Hand-computed:
  //   ES/EF  A 0/3  B 3/7  C 3/5  D 7/12  E 5/8;  LS/LF  A 0/3  B 3/7  C 5/7  D 7/12  E 9/12
  //   total slack A0 B0 C2 D0 E4; free slack A0 B0 C0 D0 E4; critical path A → B → D.
  const plan: PlanInput = {
    items: [span('A', 0, 3), span('B', 40, 4), span('C', 40, 2), span('D', 40, 5), span('E', 40, 3)],
    dependencies: [
      { from: 'B', to: 'A' },
      { from: 'C', to: 'A' },
      { from: 'D', to: 'B' },
      { from: 'D', to: 'C' },
      { from: 'E', to: 'C' },
    ],
  };
  const s = schedule(compilePlan(plan), { mode: 'recompute' });

  it.each([
    ['A', 0, 2, 0, 2, 0, 0, true],
    ['B', 3, 6, 3, 6, 0, 0, true],
    ['C', 3, 4, 5, 6, 2, 0, false],
    ['D', 7, 11, 7, 11, 0, 0, true],
    ['E', 5, 7, 9, 11, 4, 4, false],
  ])(
    '%s: early %i–%i, late %i–%i, total slack %i, free slack %i, critical %s',
    (id, es, ef, ls, lf, ts, fs, crit) => {
      const item = scheduledItem(s, id);
      expect([item.earlyStart?.iso, item.earlyFinish?.iso]).toEqual([d(es), d(ef)]);
      expect([item.lateStart?.iso, item.lateFinish?.iso]).toEqual([d(ls), d(lf)]);
      expect(item.totalSlackDays).toBe(ts);
      expect(item.freeSlackDays).toBe(fs);
      expect(item.critical).toBe(crit);
    },
  );

  it('finds the critical path to the plan end', () => {
    const cp = criticalPathTo(compilePlan(plan), undefined, { mode: 'recompute' });
    expect(cp.targetId).toBe('D');
    expect(cp.path.map((p) => p.id)).toEqual(['A', 'B', 'D']);
    expect(cp.path.map((p) => p.dependency?.type ?? null)).toEqual([null, 'FS', 'FS']);
    expect(cp.items).toEqual(['A', 'B', 'D']);
  });

  it('finds the critical path to a chosen target', () => {
    const cp = criticalPathTo(compilePlan(plan), 'E', { mode: 'recompute' });
    expect(cp.path.map((p) => p.id)).toEqual(['A', 'C', 'E']);
    expect(cp.path.at(-1)?.finish.iso).toBe(d(7));
    expect(cp.items).toEqual(['A', 'C', 'E']);
  });
});

describe('dependency types and lags', () => {
  // P occupies days 5–14 (10 days); S is planned at days 0–4 (5 days) and rescheduled ASAP.
  it.each<[DependencyType, number, number, number]>([
    ['FS', 0, 15, 19],
    ['FS', 2, 17, 21],
    ['FS', -3, 12, 16],
    ['SS', 0, 5, 9],
    ['SS', 3, 8, 12],
    ['SS', -2, 3, 7],
    ['FF', 0, 10, 14],
    ['FF', 2, 12, 16],
    ['FF', -4, 6, 10],
    ['SF', 0, 0, 4],
    ['SF', 4, 4, 8],
  ])('%s lag %i puts S at days %i–%i', (type, lagDays, first, last) => {
    const result = dates({
      items: [span('P', 5, 10), span('S', 0, 5)],
      dependencies: [{ from: 'S', to: 'P', type, lagDays }],
    });
    expect(result.S).toEqual([d(first), d(last)]);
    expect(result.P).toEqual([d(5), d(14)]);
  });

  it.each<[string, ItemInput[], DependencyType, string, string]>([
    [
      'a milestone after a task falls on its last day',
      [span('P', 5, 10), milestone('S', 0)],
      'FS',
      d(14),
      d(14),
    ],
    ['a task after a milestone starts the next day', [milestone('P', 3), span('S', 0, 5)], 'FS', d(4), d(8)],
    ['FF to a milestone ends with it', [span('P', 5, 10), milestone('S', 0)], 'FF', d(14), d(14)],
    // A point sits at the end of its day, so SS from a milestone also starts the next day (documented).
    ['SS from a milestone starts the next day', [milestone('P', 3), span('S', 0, 5)], 'SS', d(4), d(8)],
  ])('%s', (_, items, type, first, last) => {
    const result = dates({ items, dependencies: [{ from: 'S', to: 'P', type }] });
    expect(result.S).toEqual([first, last]);
  });

  it('takes the latest requirement of several predecessors', () => {
    const result = dates({
      items: [span('P1', 0, 10), span('P2', 0, 3), span('S', 0, 2)],
      dependencies: [
        { from: 'S', to: 'P1', type: 'SS', lagDays: 4 },
        { from: 'S', to: 'P2', type: 'FS', lagDays: 5 },
      ],
    });
    expect(result.S).toEqual([d(8), d(9)]);
  });
});

describe('preserve semantics: planned dates stay unless pushed', () => {
  it.each([
    ['a later plan keeps its dates (buffer)', 20, 20, 24, 0],
    ['a plan that overlaps its predecessor is pushed', 10, 15, 19, 5],
    ['a plan right after its predecessor stays', 15, 15, 19, 0],
  ])('%s', (_, plannedFirst, first, last, pushed) => {
    const s = schedule(
      compilePlan({
        items: [span('P', 5, 10), span('S', plannedFirst, 5)],
        dependencies: [{ from: 'S', to: 'P' }],
      }),
    );
    const item = scheduledItem(s, 'S');
    expect([item.earlyStart?.iso, item.earlyFinish?.iso]).toEqual([d(first), d(last)]);
    expect(item.pushedByPlanDays).toBe(pushed);
  });

  it('gives the predecessor the buffer as slack', () => {
    const s = schedule(
      compilePlan({ items: [span('P', 5, 10), span('S', 20, 5)], dependencies: [{ from: 'S', to: 'P' }] }),
    );
    expect(scheduledItem(s, 'P').totalSlackDays).toBe(5);
    expect(scheduledItem(s, 'P').freeSlackDays).toBe(5);
    expect(scheduledItem(s, 'S').critical).toBe(true);
    expect(criticalPathTo(s.plan).path.map((p) => p.id)).toEqual(['S']);
  });
});

describe('constraints', () => {
  it.each<[SchedulingMode]>([['preserve'], ['recompute']])(
    'start-no-earlier-than holds in %s mode',
    (mode) => {
      const result = dates({ items: [span('A', 0, 5, { startNoEarlierThan: d(6) })] }, mode);
      expect(result.A).toEqual([d(6), d(10)]);
    },
  );

  it('start-no-earlier-than in a coarse precision means the first day of its period', () => {
    const result = dates({
      items: [
        { id: 'A', kind: 'initiative', start: '2024-01', end: '2024-01', startNoEarlierThan: '2024-Q2' },
      ],
    });
    expect(result.A).toEqual(['2024-04-01', '2024-05-01']);
  });

  it('reports negative slack along the chain when a deadline cannot be met', () => {
    const s = schedule(
      compilePlan({
        items: [
          span('A', 0, 10),
          span('B', 10, 5, { deadline: d(12), deadlineSource: 'goal-1' }),
          span('X', 0, 30),
        ],
        dependencies: [{ from: 'B', to: 'A' }],
      }),
    );
    const b = scheduledItem(s, 'B');
    expect(b.missesDeadlineByDays).toBe(2);
    expect(b.deadlineSource).toBe('goal-1');
    expect(b.totalSlackDays).toBe(-2);
    expect(scheduledItem(s, 'A').totalSlackDays).toBe(-2);
    expect(scheduledItem(s, 'A').critical).toBe(true);
    expect(scheduledItem(s, 'X').totalSlackDays).toBe(0);
  });

  it.each([
    ['a deadline before the plan end bounds slack', 20, 11],
    ['a deadline after the plan end adds no slack', 40, 20],
  ])('%s', (_, deadlineDay, slack) => {
    const s = schedule(
      compilePlan({ items: [span('A', 0, 10, { deadline: d(deadlineDay) }), span('X', 0, 30)] }),
    );
    expect(scheduledItem(s, 'A').totalSlackDays).toBe(slack);
    expect(scheduledItem(s, 'A').missesDeadlineByDays).toBeNull();
  });

  it('a goal’s date is its deadline', () => {
    const s = schedule(
      compilePlan({
        items: [span('A', 0, 10), { id: 'G', kind: 'goal', date: d(5) }],
        dependencies: [{ from: 'G', to: 'A' }],
      }),
    );
    const g = scheduledItem(s, 'G');
    expect(g.earlyFinish?.iso).toBe(d(9));
    expect(g.missesDeadlineByDays).toBe(4);
    expect(g.deadlineSource).toBe('G');
    expect(g.pushedByPlanDays).toBe(0);
  });
});

describe('goals', () => {
  it('a goal is reached when its predecessors are done, not on its target date', () => {
    const s = schedule(
      compilePlan({
        items: [span('A', 0, 10), { id: 'G', kind: 'goal', date: '2024' }],
        dependencies: [{ from: 'G', to: 'A' }],
      }),
    );
    const g = scheduledItem(s, 'G');
    expect(g.earlyFinish?.iso).toBe(d(9));
    expect(g.earlyFinish?.date.text).toBe('2024');
    expect(g.missesDeadlineByDays).toBeNull();
    expect(g.deadline?.text).toBe('2024');
    expect(criticalPathTo(s.plan).path.map((p) => p.id)).toEqual(['A', 'G']);
  });
});

describe('coarse dates', () => {
  it('computes a start on the first day and an end on the last day of its period', () => {
    const s = schedule(
      compilePlan({
        items: [
          { id: 'A', kind: 'initiative', start: '2021-Q3', end: '2023' },
          { id: 'M', kind: 'milestone', date: 'i løpet av 2029' },
        ],
      }),
    );
    const a = scheduledItem(s, 'A');
    expect([a.earlyStart?.iso, a.earlyFinish?.iso]).toEqual(['2021-07-01', '2023-12-31']);
    expect([a.earlyStart?.date.text, a.earlyFinish?.date.text]).toEqual(['2021-Q3', '2023']);
    expect(scheduledItem(s, 'M').earlyFinish?.iso).toBe('2029-12-31');
  });

  it.each([
    ['only a start spans the start period', { start: '2023-Q3' }, '2023-07-01', '2023-09-30'],
    ['only an end spans the end period', { end: '2024-03' }, '2024-03-01', '2024-03-31'],
    ['a date on an initiative makes it a point', { date: '2024-05-17' }, '2024-05-17', '2024-05-17'],
  ])('%s', (_, fields, first, last) => {
    const result = dates({ items: [{ id: 'A', kind: 'initiative', ...fields }] }, 'preserve');
    expect(result.A).toEqual([first, last]);
  });
});

describe('undated items', () => {
  const plan: PlanInput = {
    items: [
      span('A', 0, 10),
      { id: 'U', kind: 'initiative' },
      span('B', 5, 5),
      { id: 'Lone', kind: 'initiative' },
    ],
    dependencies: [
      { from: 'U', to: 'A' },
      { from: 'B', to: 'U', lagDays: 1 },
    ],
  };

  it('pass constraints through between dated items', () => {
    const result = dates(plan, 'preserve');
    expect(result.B).toEqual([d(11), d(15)]);
    expect(result.U).toEqual([d(9), d(9)]);
  });

  it('with nothing dated before them are assumed just in time for what depends on them', () => {
    const s = schedule(
      compilePlan({
        items: [{ id: 'U', kind: 'initiative' }, span('B', 10, 5)],
        dependencies: [{ from: 'B', to: 'U' }],
      }),
    );
    expect(scheduledItem(s, 'U')).toMatchObject({
      undated: true,
      earlyFinish: { iso: d(9) },
      freeSlackDays: 0,
    });
    expect(scheduledItem(s, 'B').earlyStart?.iso).toBe(d(10));
  });

  it('have no dates, no slack and are never critical when nothing constrains them', () => {
    const lone = scheduledItem(schedule(compilePlan(plan)), 'Lone');
    expect(lone).toMatchObject({ undated: true, earlyStart: null, totalSlackDays: null, critical: false });
  });

  it('a plan with no dates at all schedules without crashing', () => {
    const s = schedule(
      compilePlan({
        items: [
          { id: 'X', kind: 'initiative' },
          { id: 'Y', kind: 'milestone' },
        ],
      }),
    );
    expect(scheduledItems(s).every((i) => i.earlyStart === null && !i.critical)).toBe(true);
    expect(criticalPathTo(s.plan)).toEqual({ targetId: null, path: [], items: [] });
  });
});
