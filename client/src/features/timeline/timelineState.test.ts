import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FROM,
  DEFAULT_TO,
  readTimelineState,
  roadmapFilter,
  toggleLane,
  windowParam,
} from './timelineState';

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
      collapsed: new Set(),
      window: null,
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

describe('collapsed lanes and the visible window in the URL', () => {
  it.each([
    ['?collapsed=nhn,ks', new Set(['nhn', 'ks'])],
    ['?collapsed=*', 'all'],
    ['?collapsed=nhn,*', 'all'],
    ['', new Set()],
  ])('reads %s', (search, collapsed) => {
    expect(read(search).collapsed).toEqual(collapsed);
  });

  it.each([
    [new Set<string>(), 'nhn', ['nhn']],
    [new Set(['nhn']), 'nhn', []],
    [new Set(['nhn']), 'ks', ['*']],
    ['all' as const, 'ks', ['nhn']],
  ])('toggles a lane: %o, %s → %o', (collapsed, lane, expected) => {
    expect(toggleLane(collapsed, lane, ['nhn', 'ks'])).toEqual(expected);
  });

  it.each([
    ['?window=2024-01-01,2025-06-30', { start: '2024-01-01', end: '2025-06-30' }],
    ['?window=2025-06-30,2024-01-01', null],
    ['?window=2024-01-01', null],
    ['?window=2024,2025', null],
  ])('reads %s', (search, window) => {
    expect(read(search).window).toEqual(window);
  });

  it('leaves the window out of the URL when it is the whole period', () => {
    const period = { from: '2019-01-01', to: '2030-12-31' };
    expect(windowParam({ start: '2019-01-01', end: '2030-12-31' }, period)).toBeNull();
    expect(windowParam({ start: '2024-01-01', end: '2025-01-01' }, period)).toBe('2024-01-01,2025-01-01');
  });
});
