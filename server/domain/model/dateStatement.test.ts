import { describe, expect, it } from 'vitest';
import {
  currentStatement,
  type DateStatement,
  dateMovesOf,
  fieldHistory,
  paperPlanAt,
  slipBetween,
  slipText,
} from './dateStatement.js';

let order = 0;
function said(
  kind: DateStatement['kind'],
  value: string | null,
  when: string,
  over: Partial<DateStatement> = {},
): DateStatement {
  order += 1;
  const edit = kind === 'edit';
  return {
    id: `s${order}`,
    itemId: 'x',
    field: 'end',
    value,
    text: null,
    kind,
    meetingId: edit ? null : `m-${when}`,
    meetingDate: edit ? null : when,
    doc: edit ? null : 'paper.txt',
    sourceIds: [],
    by: edit ? 'planner' : null,
    at: edit ? `${when}T10:00:00Z` : null,
    note: null,
    inferred: false,
    order,
    ...over,
  };
}

describe('the current value of a date (currentStatement)', () => {
  it.each<[string, DateStatement[], string | null, boolean]>([
    [
      'the latest paper wins',
      [said('planned', '2021-Q3', '2021-02-18'), said('planned', '2022-Q1', '2021-09-07')],
      '2022-Q1',
      false,
    ],
    [
      'whatever order they come in',
      [said('planned', '2022-Q1', '2021-09-07'), said('planned', '2021-Q3', '2021-02-18')],
      '2022-Q1',
      false,
    ],
    [
      'an actual beats a later plan',
      [said('actual', '2021-10', '2021-11-19'), said('planned', '2023', '2022-12-02')],
      '2021-10',
      false,
    ],
    [
      'a planner’s edit beats the papers up to its time',
      [said('planned', '2022', '2021-09-07'), said('edit', '2023-H1', '2022-01-10')],
      '2023-H1',
      false,
    ],
    [
      'a later paper beats an earlier edit',
      [said('edit', '2023-H1', '2022-01-10'), said('planned', '2023-Q4', '2022-12-02')],
      '2023-Q4',
      false,
    ],
    [
      'a postponement keeps the last date and says so',
      [said('planned', '2021-Q3', '2021-02-18'), said('postponed', null, '2021-03-18')],
      '2021-Q3',
      true,
    ],
    [
      'a new date after a postponement ends it',
      [said('postponed', null, '2021-03-18'), said('planned', '2022-Q2', '2022-12-02')],
      '2022-Q2',
      false,
    ],
    ['only a postponement: no date', [said('postponed', null, '2021-03-18')], null, true],
    [
      'an undated meeting counts as the earliest',
      [said('planned', '2021', '2021-02-18'), said('planned', '2020', '', { meetingDate: null })],
      '2021',
      false,
    ],
  ])('%s', (_name, statements, value, postponed) => {
    const current = currentStatement(statements);
    expect(current.statement?.value ?? null).toBe(value);
    expect(current.postponedSince !== null).toBe(postponed);
  });
});

describe('slip between two statements', () => {
  it.each<[string | null, string | null, string | null]>([
    ['2021-Q3', '2022-Q1', '+2 kv.'],
    ['2022-H2', '2023-H2', '+2 halvår'],
    ['2023', '2024', '+1 år'],
    ['2021-10', '2021-08', '−2 mnd.'],
    ['2021-10-15', '2021-12-01', '+47 d'],
    ['2021-Q3', '2021-09-30', '±0'],
    ['2021-Q3', '2022', '+457 d'],
    [null, '2022', null],
  ])('%s → %s is %s', (from, to, text) => {
    expect(slipText(slipBetween(from, to))).toBe(text);
  });
});

describe('a field’s history and its moves', () => {
  it('counts each change of value and the slip since the first', () => {
    const h = fieldHistory('end', [
      said('planned', '2021-Q3', '2021-02-18'),
      said('planned', '2021-Q3', '2021-03-18'),
      said('postponed', null, '2021-09-07'),
      said('planned', '2022-Q1', '2021-11-19'),
      said('planned', '2022-Q4', '2022-12-02'),
    ]);
    expect(h.moves).toBe(2);
    expect(h.entries.map((e) => slipText(e.slip))).toEqual([null, '±0', null, '+2 kv.', '+3 kv.']);
    expect(slipText(h.slipSinceFirst)).toBe('+5 kv.');
    expect(h.entries.findIndex((e) => e.current)).toBe(4);
  });

  it('gives the NUIT year view its evidence: moves since the first year, slip since the previous meeting', () => {
    const m = dateMovesOf([
      said('planned', '2021', '2021-02-18'),
      said('planned', '2022', '2021-11-19'),
      said('planned', '2023', '2022-12-02'),
      said('planned', '2024', '2023-09-14'),
    ]);
    expect(m).toMatchObject({ field: 'end', moves: 3, sinceYear: 2021 });
    expect(slipText(m?.sincePrevious ?? slipBetween(null, null))).toBe('+1 år');
    expect(slipText(m?.sinceFirst ?? slipBetween(null, null))).toBe('+3 år');
  });
});

describe('the plan at a meeting (paperPlanAt)', () => {
  it('takes only statements of meetings on or before it, and leaves out planners’ edits', () => {
    const statements = [
      said('planned', '2021-Q3', '2021-02-18', { itemId: 'a' }),
      said('planned', '2022-Q1', '2021-09-07', { itemId: 'a' }),
      said('planned', '2022', '2021-09-07', { itemId: 'b', field: 'date' }),
      said('edit', '2030', '2021-03-01', { itemId: 'a' }),
    ];
    const items = [
      { id: 'a', name: 'A', kind: 'initiative' as const },
      { id: 'b', name: 'B', kind: 'milestone' as const },
    ];
    const early = paperPlanAt('2021-03-18', items, statements, [{ from: 'b', to: 'a' }]);
    expect(early.items).toEqual([{ id: 'a', name: 'A', kind: 'initiative', start: null, end: '2021-Q3' }]);
    expect(early.dependencies).toEqual([]);
    const later = paperPlanAt('2021-09-07', items, statements, [{ from: 'b', to: 'a' }]);
    expect(later.items.map((i) => [i.id, i.start, i.end])).toEqual([
      ['a', null, '2022-Q1'],
      ['b', '2022', '2022'],
    ]);
    expect(later.dependencies).toHaveLength(1);
  });
});
