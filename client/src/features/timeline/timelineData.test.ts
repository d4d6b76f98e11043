import { describe, expect, it } from 'vitest';
import type { RoadmapData, RoadmapLane } from './roadmapQuery';
import { dayToDate, OTHERS_LANE, toTimelineData } from './timelineData';

const labels = { others: (n: number) => `Andre (${n} baner)`, none: 'Uten tilknytning' };
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
function roadmap(lanes: RoadmapLane[]): RoadmapData {
  return { from: '2019-01-01', to: '2030-12-31', lanes, dependencies: [] };
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
    const data = toTimelineData(roadmap(lanes), labels, 3);
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
    const data = toTimelineData(roadmap([lane('a', [initiative('x', 'X')])]), labels, 40, (id) =>
      id === 'x' ? 'slipped' : '',
    );
    expect(data.items[0]?.className).toBe('vk-item status-GREEN slipped');
  });
});
