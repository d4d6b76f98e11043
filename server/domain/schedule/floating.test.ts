// Undated items with nothing dated before them are placed just in time for their dated successors;
// an undated successor must not hide a dated one.
import { describe, expect, it } from 'vitest';
import { compilePlan } from './compilePlan.js';
import { analyseImpact } from './impact.js';
import type { ItemInput } from './types.js';

const undated = (id: string): ItemInput => ({ id, kind: 'initiative' });
const dated = (id: string, start: string, end: string): ItemInput => ({ id, kind: 'initiative', start, end });

function slips(items: ItemInput[], deps: [string, string][], delayed: string, days: number) {
  const plan = compilePlan({ items, dependencies: deps.map(([from, to]) => ({ from, to })) });
  const result = analyseImpact(plan, [{ kind: 'delay', itemId: delayed, days }]);
  return {
    affected: Object.fromEntries(result.affected.map((a) => [a.id, a.slipDays])),
    undated: result.reachedUndated.map((u) => u.id).sort(),
  };
}

describe('floating undated items', () => {
  it.each<[string, ItemInput[], [string, string][], Record<string, number>, string[]]>([
    [
      'a chain of two undated items before a dated one',
      [undated('h'), undated('t'), dated('s', '2024', '2024')],
      [
        ['t', 'h'],
        ['s', 't'],
      ],
      { h: 28, t: 28, s: 28 },
      [],
    ],
    [
      'an undated sibling successor does not hide the dated one',
      [undated('h'), undated('t'), dated('s', '2024', '2024'), undated('u')],
      [
        ['t', 'h'],
        ['s', 't'],
        ['u', 't'],
      ],
      { h: 28, t: 28, s: 28 },
      ['u'],
    ],
    [
      'the earliest dated successor decides',
      [undated('h'), dated('early', '2020', '2021'), dated('late', '2024', '2024')],
      [
        ['early', 'h'],
        ['late', 'h'],
      ],
      { h: 28, early: 28 },
      [],
    ],
    ['nothing dated anywhere', [undated('h'), undated('t')], [['t', 'h']], {}, ['h', 't']],
  ])('%s', (_name, items, deps, affected, undatedIds) => {
    const result = slips(items, deps, 'h', 28);
    expect(result.affected).toEqual(affected);
    expect(result.undated).toEqual(undatedIds);
  });
});
