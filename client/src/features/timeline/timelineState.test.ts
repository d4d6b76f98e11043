import { describe, expect, it } from 'vitest';
import { DEFAULT_FROM, DEFAULT_TO, readTimelineState, roadmapFilter } from './timelineState';

const read = (search: string) => readTimelineState(new URLSearchParams(search));

describe('readTimelineState', () => {
  it('has defaults for an empty URL', () => {
    expect(read('')).toEqual({
      groupBy: 'ACTOR',
      from: DEFAULT_FROM,
      to: DEFAULT_TO,
      text: '',
      kinds: [],
      statuses: [],
      actors: [],
      arrows: false,
      list: false,
      baseline: null,
    });
  });

  it.each([
    ['?groupBy=STATUS', { groupBy: 'STATUS' }],
    ['?groupBy=NONSENSE', { groupBy: 'ACTOR' }],
    ['?from=2024-01-01&to=2025-06-30', { from: '2024-01-01', to: '2025-06-30' }],
    ['?from=2024&to=yesterday', { from: DEFAULT_FROM, to: DEFAULT_TO }],
    ['?q=Helseplattformen', { text: 'Helseplattformen' }],
    ['?kinds=PLAN,PROJECT&statuses=red', { kinds: ['PLAN', 'PROJECT'], statuses: ['red'] }],
    ['?arrows=1&list=1', { arrows: true, list: true }],
    ['?arrows=true', { arrows: false }],
    ['?baseline=bl-1', { baseline: 'bl-1' }],
  ])('reads %s', (search, expected) => {
    expect(read(search)).toMatchObject(expected);
  });
});

describe('roadmapFilter', () => {
  it.each([
    ['', null],
    ['?q=%20%20', null],
    ['?q=%20PLL%20', { text: 'PLL' }],
    ['?kinds=PLAN,BOGUS', { kinds: ['PLAN'] }],
    ['?kinds=BOGUS', null],
    ['?statuses=red,unknown&actors=nhn', { statuses: ['red', 'unknown'], actorIds: ['nhn'] }],
    ['?groupBy=STATUS&arrows=1', null],
  ])('turns %s into %j', (search, expected) => {
    expect(roadmapFilter(read(search))).toEqual(expected);
  });
});
