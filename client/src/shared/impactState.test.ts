import { describe, expect, it } from 'vitest';
import { delaysParam, readImpactState, weeksToDays } from './impactState';

describe('readImpactState', () => {
  it.each([
    [
      '',
      { delays: [], risks: [], riskDelays: [], target: null, mode: 'PRESERVE', scenario: null, compare: [] },
    ],
    // An assumed length counts only for a risk that happens, in whole days.
    [
      '?risks=schrems-ii,pandemi&assumed=schrems-ii:180,pandemi:-3,other:5,pandemi:1.5&target=pll',
      { riskDelays: [{ id: 'schrems-ii', days: 180 }], target: 'pll' },
    ],
    [
      '?delays=helseplattformen:8,pll:4&risks=schrems-ii&mode=RECOMPUTE',
      {
        delays: [
          { id: 'helseplattformen', weeks: 8 },
          { id: 'pll', weeks: 4 },
        ],
        risks: ['schrems-ii'],
        mode: 'RECOMPUTE',
        scenario: null,
        compare: [],
      },
    ],
    // A delay without weeks means four weeks; ids may contain colons (the last one separates).
    [
      '?delays=kjernejournal,ms:2024:q1:2.5',
      {
        delays: [
          { id: 'kjernejournal', weeks: 4 },
          { id: 'ms:2024:q1', weeks: 2.5 },
        ],
      },
    ],
    ['?delays=pll:many', { delays: [] }],
    ['?mode=bogus', { mode: 'PRESERVE' }],
    ['?scenario=s1&compare=s1,s2', { scenario: 's1', compare: ['s1', 's2'] }],
  ])('reads %s', (search, expected) => {
    expect(readImpactState(new URLSearchParams(search))).toMatchObject(expected);
  });
});

describe('delaysParam and weeksToDays', () => {
  it('writes delays back as id:weeks', () => {
    expect(
      delaysParam([
        { id: 'helseplattformen', weeks: 8 },
        { id: 'pll', weeks: 0.5 },
      ]),
    ).toEqual(['helseplattformen:8', 'pll:0.5']);
  });
  it.each([
    [1, 7],
    [8, 56],
    [0.5, 4],
    [0, 0],
  ])('%d weeks are %d days', (weeks, days) => {
    expect(weeksToDays(weeks)).toBe(days);
  });
});
