import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../shared/vis/timelineItems';
import { baselineGhosts } from './baselineGhosts';

const bar: TimelineItem = {
  id: 'nhn::pll',
  entityId: 'pll',
  group: 'nhn',
  content: 'PLL',
  title: 'PLL',
  start: new Date(2024, 0, 1),
  end: new Date(2025, 0, 1),
  type: 'range',
  className: 'vk-item',
  label: 'PLL',
};
const point: TimelineItem = {
  id: 'nhn::m1',
  entityId: 'm1',
  group: 'nhn',
  content: 'M1',
  title: 'M1',
  start: new Date(2024, 5, 1),
  type: 'point',
  className: 'vk-milestone',
  label: 'M1',
};
const labels = { title: (name: string, from: string, to: string, v: string) => `${name} ${from}–${to} ${v}` };

describe('baselineGhosts', () => {
  it('draws a ghost at the baseline dates in the same lane, labelled with the variance', () => {
    const ghosts = baselineGhosts(
      [bar, point],
      new Map([
        ['pll', { start: '2023-Q1', end: '2023', varianceDays: 45 }],
        ['m1', { start: null, end: '2024-03-15', varianceDays: -10 }],
      ]),
      labels,
    );
    expect(ghosts).toEqual([
      expect.objectContaining({
        id: 'baseline::nhn::pll',
        entityId: 'pll',
        group: 'nhn',
        type: 'range',
        start: new Date(2023, 0, 1),
        end: new Date(2024, 0, 1),
        content: '+45 d',
        className: 'ghost baseline-ghost late',
        title: 'PLL 2023-01-01–2023-12-31 +45 d',
      }),
      expect.objectContaining({
        id: 'baseline::nhn::m1',
        type: 'point',
        start: new Date(2024, 2, 15),
        content: '−10 d',
        className: 'ghost baseline-ghost early',
      }),
    ]);
  });

  it('draws nothing for items not in the baseline, without dates there, or where nothing moved', () => {
    expect(baselineGhosts([bar, point], new Map([['m1', { start: null, end: null }]]), labels)).toEqual([]);
    expect(
      baselineGhosts(
        [bar, point],
        new Map([
          ['pll', { start: '2024', end: '2024', varianceDays: 0 }],
          ['m1', { end: '2024-06-01', varianceDays: 0 }],
        ]),
        labels,
      ),
    ).toEqual([]);
  });

  it('leaves out the label when the variance is unknown', () => {
    const [ghost] = baselineGhosts([bar], new Map([['pll', { start: '2023', end: '2024' }]]), labels);
    expect(ghost?.content).toBe('');
    expect(ghost?.className).toBe('ghost baseline-ghost');
  });
});
