import { describe, expect, it } from 'vitest';
import type { AffectedItem } from './impactQuery';
import { impactNetwork, impactTimeline } from './impactViews';

const at = (day: string, label: string) => ({ day, date: { label } });

function affected(
  id: string,
  name: string,
  patch: Partial<AffectedItem> & { typename?: 'Initiative' | 'Milestone' } = {},
): AffectedItem {
  const { typename = 'Initiative', ...rest } = patch;
  return {
    item:
      typename === 'Initiative'
        ? { __typename: 'Initiative', id, name, status: 'GREEN' }
        : { __typename: 'Milestone', id, name },
    slipDays: 56,
    startSlipDays: 56,
    nowCritical: false,
    wasCritical: false,
    undated: false,
    oldStart: at('2024-01-01', 'jan. 2024'),
    oldEnd: at('2024-12-31', 'des. 2024'),
    newStart: at('2024-02-26', 'feb. 2024'),
    newEnd: at('2025-02-24', 'feb. 2025'),
    causes: [],
    missedDeadline: null,
    drivingChain: [],
    ...rest,
  } as AffectedItem;
}

describe('impactTimeline', () => {
  it('draws a ghost bar at the old dates under the new bar, one row per affected item', () => {
    const view = impactTimeline([affected('pll', 'PLL', { nowCritical: true })]);
    expect(view.groups).toEqual([
      { id: 'pll', content: 'PLL <b class="slip">+56 d</b>', title: 'PLL', order: 0 },
    ]);
    expect(view.items.map((i) => [i.id, i.type, i.className, i.start, i.end])).toEqual([
      ['old::pll', 'range', 'ghost', new Date(2024, 0, 1), new Date(2025, 0, 1)],
      [
        'new::pll',
        'range',
        'vk-item slipped status-GREEN critical',
        new Date(2024, 1, 26),
        new Date(2025, 1, 25),
      ],
    ]);
    expect(view.items[1]?.title).toBe('PLL: feb. 2024 – feb. 2025 (+56 d)');
    expect([view.min, view.max, view.hidden]).toEqual([new Date(2024, 0, 1), new Date(2025, 1, 24), 0]);
  });

  it('draws a milestone as points at its old and new date', () => {
    const view = impactTimeline([affected('ms', 'Pilot', { typename: 'Milestone' })]);
    expect(view.items.map((i) => [i.type, i.start, i.end, i.className])).toEqual([
      ['point', new Date(2024, 11, 31), undefined, 'ghost'],
      ['point', new Date(2025, 1, 24), undefined, 'vk-item slipped status-UNKNOWN'],
    ]);
  });

  it('shows at most maxRows items and says how many are hidden', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => affected(id, id.toUpperCase()));
    const view = impactTimeline(list, 3);
    expect(view.groups.map((g) => g.id)).toEqual(['a', 'b', 'c']);
    expect(view.hidden).toBe(1);
  });
});

describe('impactNetwork', () => {
  it('draws the driving chain in red and risk causes dashed in orange', () => {
    const pll = affected('pll', 'PLL', {
      slipDays: 30,
      drivingChain: [
        { slipDays: 60, item: { __typename: 'Initiative', id: 'hp', name: 'Helseplattformen' } },
        { slipDays: 30, item: { __typename: 'Initiative', id: 'pll', name: 'PLL' } },
      ],
      causes: [{ kind: 'RISK', days: 60, assumed: true, risk: { id: 'schrems-ii', name: 'Schrems II' } }],
    } as Partial<AffectedItem>);
    const view = impactNetwork([pll], new Set(['hp']));
    expect(view.nodes.map((n) => [n.id, n.shape, n.color.border])).toEqual([
      ['pll', 'box', '#c62828'],
      ['hp', 'box', '#6a1b9a'],
      ['schrems-ii', 'triangle', '#e65100'],
    ]);
    expect(view.edges.map((e) => [e.id, e.color.color, e.dashes, e.title])).toEqual([
      ['hp->pll', '#c62828', false, '+30 d'],
      ['schrems-ii->pll', '#e65100', true, '+60 d (antatt)'],
    ]);
  });
});
