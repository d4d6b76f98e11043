import { describe, expect, it } from 'vitest';
import { dayToDate } from '../../shared/vis/timelineItems';
import type { RoadmapData, RoadmapLane } from './roadmapQuery';
import { buckets, OTHERS_LANE, toTimelineData } from './timelineData';

const labels = {
  others: (n: number) => `Andre (${n} baner)`,
  none: 'Uten tilknytning',
  bundle: (i: number, m: number) => `${i} tiltak · ${m} milepæler`,
  rollup: (i: number, m: number) => `${i} tiltak, ${m} milepæler`,
};
const day = (d: string, label = d) => ({ firstDay: d, lastDay: d, label });
const year = (y: number) => ({ firstDay: `${y}-01-01`, lastDay: `${y}-12-31`, label: String(y) });

type Initiative = RoadmapLane['initiatives'][number];
type Milestone = RoadmapLane['milestones'][number];

function initiative(id: string, name: string, patch: Partial<Initiative> = {}): Initiative {
  return { id, name, kind: 'TILTAK', status: 'GREEN', start: year(2024), end: year(2025), ...patch };
}
function milestone(id: string, name: string, patch: Partial<Milestone> = {}): Milestone {
  return { id, name, status: 'PLANNED', date: day('2025-06-30', 'juni 2025'), ...patch };
}
function lane(key: string, initiatives: Initiative[], milestones: Milestone[] = []): RoadmapLane {
  return { key, label: key.toUpperCase(), initiatives, milestones };
}
function roadmap(lanes: RoadmapLane[], from = '2019-01-01', to = '2030-12-31'): RoadmapData {
  return { from, to, lanes, dependencies: [] };
}

describe('dayToDate', () => {
  it.each([
    ['2024-01-01', 2024, 0, 1],
    ['2025-12-31', 2025, 11, 31],
    ['2024-02-29', 2024, 1, 29],
  ])('reads %s as local midnight', (text, y, m, d) => {
    const date = dayToDate(text);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([y, m, d, 0]);
  });
});

describe('toTimelineData', () => {
  it('makes one group per non-empty lane and one bar per initiative, ending the day after its last day', () => {
    const data = toTimelineData(
      roadmap([
        lane('nhn', [initiative('kjernejournal', 'Kjernejournal', { status: 'YELLOW' })]),
        lane('empty', []),
        lane('-', [initiative('pll', 'Pasientens legemiddelliste', { status: null })]),
      ]),
      labels,
    );
    expect(data.groups).toEqual([
      { id: 'nhn', content: 'NHN', title: 'NHN', order: 0 },
      { id: '-', content: 'Uten tilknytning', title: '-', order: 1 },
    ]);
    expect(data.items.map((i) => [i.id, i.group, i.type, i.className])).toEqual([
      ['nhn::kjernejournal', 'nhn', 'range', 'vk-item status-YELLOW'],
      ['-::pll', '-', 'range', 'vk-item status-UNKNOWN'],
    ]);
    expect(data.items[0]?.start).toEqual(new Date(2024, 0, 1));
    expect(data.items[0]?.end).toEqual(new Date(2026, 0, 1));
    expect(data.items[0]?.title).toBe('Kjernejournal\n2024 – 2025');
    expect([data.initiativeCount, data.milestoneCount, data.rolledUp]).toEqual([2, 0, 0]);
  });

  it.each([
    ['only a start', { start: year(2026), end: null }, new Date(2026, 0, 1), new Date(2027, 0, 1)],
    ['only an end', { start: null, end: year(2027) }, new Date(2027, 0, 1), new Date(2028, 0, 1)],
  ])('draws an initiative with %s over that one date', (_, patch, start, end) => {
    const data = toTimelineData(roadmap([lane('a', [initiative('x', 'X', patch)])]), labels);
    expect(data.items.map((i) => [i.start, i.end])).toEqual([[start, end]]);
  });

  it('leaves out undated initiatives and milestones but keeps their lane when something else is dated', () => {
    const data = toTimelineData(
      roadmap([
        lane(
          'hso',
          [initiative('helseplattformen', 'Helseplattformen', { start: null, end: null })],
          [milestone('ms-undated', 'Udatert', { date: null }), milestone('ms-1', 'Pilot i drift')],
        ),
      ]),
      labels,
    );
    expect(data.items.map((i) => i.id)).toEqual(['hso::ms-1']);
    expect(data.items[0]).toMatchObject({
      type: 'point',
      className: 'vk-milestone ms-PLANNED',
      title: 'Pilot i drift\njuni 2025',
      start: new Date(2025, 5, 30),
    });
    expect([data.initiativeCount, data.milestoneCount]).toEqual([0, 1]);
  });

  it('shows an initiative once per lane but counts it once', () => {
    const shared = initiative('pds', 'Program digital samhandling');
    const data = toTimelineData(roadmap([lane('nhn', [shared, shared]), lane('ks', [shared])]), labels);
    expect(data.items.map((i) => i.id)).toEqual(['nhn::pds', 'ks::pds']);
    expect(data.initiativeCount).toBe(1);
  });

  it('escapes HTML in names and lane labels', () => {
    const data = toTimelineData(
      roadmap([
        { key: 'x', label: 'R&D <b>', initiatives: [initiative('a', '<img src=x>')], milestones: [] },
      ]),
      labels,
    );
    expect(data.groups[0]?.content).toBe('R&#38;D &#60;b&#62;');
    expect(data.items[0]?.content).toBe('&#60;img src=x&#62;');
  });

  it('rolls the smallest lanes up into one "others" lane past maxLanes', () => {
    const lanes = [
      lane('big', [initiative('b1', 'B1'), initiative('b2', 'B2'), initiative('b3', 'B3')]),
      lane('small1', [initiative('s1', 'S1')]),
      lane('mid', [initiative('m1', 'M1'), initiative('m2', 'M2')]),
      lane('small2', [initiative('s2', 'S2')]),
    ];
    const data = toTimelineData(roadmap(lanes), labels, { maxLanes: 3 });
    expect(data.groups.map((g) => [g.id, g.content, g.order])).toEqual([
      ['big', 'BIG', 0],
      ['mid', 'MID', 1],
      [OTHERS_LANE, 'Andre (2 baner)', 2],
    ]);
    expect(data.rolledUp).toBe(2);
    expect(data.items.filter((i) => i.group === OTHERS_LANE).map((i) => i.entityId)).toEqual(['s1', 's2']);
    expect(data.items).toHaveLength(7);
  });

  it('adds the class an impact view asks for', () => {
    const data = toTimelineData(roadmap([lane('a', [initiative('x', 'X')])]), labels, {
      itemClass: (id) => (id === 'x' ? 'slipped' : ''),
    });
    expect(data.items[0]?.className).toBe('vk-item status-GREEN slipped');
  });
});

describe('buckets', () => {
  it.each([
    [
      'years for a long period, clipped to it',
      '2019-03-15',
      '2023-06-30',
      [
        ['2019-03-15', '2019-12-31'],
        ['2020-01-01', '2020-12-31'],
        ['2021-01-01', '2021-12-31'],
        ['2022-01-01', '2022-12-31'],
        ['2023-01-01', '2023-06-30'],
      ],
    ],
    [
      'quarters for three years or less',
      '2024-02-01',
      '2024-12-31',
      [
        ['2024-02-01', '2024-03-31'],
        ['2024-04-01', '2024-06-30'],
        ['2024-07-01', '2024-09-30'],
        ['2024-10-01', '2024-12-31'],
      ],
    ],
  ])('gives %s', (_, from, to, expected) => {
    expect(buckets(from, to).map((b) => [b.from, b.to])).toEqual(expected);
  });
});

describe('toTimelineData past maxItems', () => {
  const big = lane(
    'hso',
    [
      initiative('a', 'A', { start: year(2024), end: year(2025) }),
      initiative('b', 'B', { start: year(2025), end: year(2025) }),
      initiative('c', 'C', { start: year(2026), end: null }),
    ],
    [milestone('ma', 'MA', { date: day('2025-03-01') })],
  );
  const small = lane('ks', [initiative('k', 'K')]);

  it('draws the biggest lanes as counts per year and keeps small lanes whole', () => {
    const data = toTimelineData(roadmap([big, small], '2024-01-01', '2030-12-31'), labels, { maxItems: 3 });
    expect(data.bundledLanes).toBe(1);
    expect(data.items.map((i) => [i.id, i.className, i.content])).toEqual([
      ['bundle::hso::2024-01-01', 'vk-bundle', '1 tiltak · 0 milepæler'],
      ['bundle::hso::2025-01-01', 'vk-bundle', '2 tiltak · 1 milepæler'],
      ['bundle::hso::2026-01-01', 'vk-bundle', '1 tiltak · 0 milepæler'],
      ['ks::k', 'vk-item status-GREEN', 'K'],
    ]);
    expect(data.bundles.get('bundle::hso::2025-01-01')).toEqual({
      lane: 'hso',
      from: '2025-01-01',
      to: '2025-12-31',
      initiatives: 2,
      milestones: 1,
    });
    const bar = data.items[1];
    expect([bar?.start, bar?.end, bar?.entityId]).toEqual([
      new Date(2025, 0, 1),
      new Date(2026, 0, 1),
      'bundle::hso::2025-01-01',
    ]);
    // The counts in the summary are still of everything shown.
    expect([data.initiativeCount, data.milestoneCount]).toEqual([4, 1]);
  });

  it('draws everything as items at the limit', () => {
    const data = toTimelineData(roadmap([big, small]), labels, { maxItems: 5 });
    expect([data.bundledLanes, data.bundles.size, data.items.length]).toEqual([0, 0, 5]);
  });

  it('bundles every lane when even the smallest does not fit', () => {
    const data = toTimelineData(roadmap([big, small], '2024-01-01', '2025-12-31'), labels, { maxItems: 0 });
    expect(data.bundledLanes).toBe(2);
    expect(data.items.every((i) => i.className === 'vk-bundle')).toBe(true);
    // A two-year period is counted per quarter.
    expect(data.items.filter((i) => i.group === 'ks').map((i) => i.id)).toEqual([
      'bundle::ks::2024-01-01',
      'bundle::ks::2024-04-01',
      'bundle::ks::2024-07-01',
      'bundle::ks::2024-10-01',
      'bundle::ks::2025-01-01',
      'bundle::ks::2025-04-01',
      'bundle::ks::2025-07-01',
      'bundle::ks::2025-10-01',
    ]);
  });

  describe('collapsed lanes', () => {
    const lanes = () => [
      lane(
        'nhn',
        [
          initiative('a', 'A', { start: year(2021), end: year(2022) }),
          initiative('b', 'B', { start: day('2023-03-01'), end: day('2026-09-30') }),
        ],
        [milestone('m', 'M', { date: day('2027-01-15') })],
      ),
      lane('ks', [initiative('c', 'C')]),
    ];

    it('draws a collapsed lane as one bar from its first to its last day, with its counts', () => {
      const data = toTimelineData(roadmap(lanes()), labels, { collapsed: new Set(['nhn']) });
      expect(data.items.map((i) => [i.id, i.group, i.className, i.label])).toEqual([
        ['rollup::nhn', 'nhn', 'vk-rollup', '2 tiltak, 1 milepæler'],
        ['ks::c', 'ks', 'vk-item status-GREEN', 'C'],
      ]);
      expect(data.items[0]?.start).toEqual(new Date(2021, 0, 1));
      expect(data.items[0]?.end).toEqual(new Date(2027, 0, 16));
      expect(data.rollups).toEqual(new Map([['rollup::nhn', 'nhn']]));
      expect(data.groups.map((g) => [g.id, g.collapsed])).toEqual([
        ['nhn', true],
        ['ks', undefined],
      ]);
      // The summary still counts what the roll-up stands for.
      expect([data.initiativeCount, data.milestoneCount]).toEqual([3, 1]);
    });

    it('collapses every lane with `all`, and none by default', () => {
      expect(toTimelineData(roadmap(lanes()), labels, { collapsed: 'all' }).items.map((i) => i.id)).toEqual([
        'rollup::nhn',
        'rollup::ks',
      ]);
      expect(toTimelineData(roadmap(lanes()), labels).rollups.size).toBe(0);
    });

    it('rolls up a lane that would otherwise be count bars', () => {
      const data = toTimelineData(roadmap(lanes()), labels, { collapsed: new Set(['nhn']), maxItems: 0 });
      expect(data.items.filter((i) => i.group === 'nhn').map((i) => i.id)).toEqual(['rollup::nhn']);
    });
  });
});
