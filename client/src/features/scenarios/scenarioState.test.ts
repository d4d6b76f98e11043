import { describe, expect, it } from 'vitest';
import { readImpactState } from '../../shared/impactState';
import { daysToWeeks, openScenarioParams, scenarioInput, toggleCompare } from './scenarioState';

describe('scenarios', () => {
  it('saves the what-if in the URL with delays in days', () => {
    const state = readImpactState(
      new URLSearchParams(
        '?delays=helseplattformen:8,pll:1.5&risks=schrems-ii&assumed=schrems-ii:180&mode=RECOMPUTE',
      ),
    );
    expect(scenarioInput('Verste fall', state)).toEqual({
      name: 'Verste fall',
      mode: 'RECOMPUTE',
      riskIds: ['schrems-ii'],
      riskDelays: [{ id: 'schrems-ii', days: 180 }],
      delays: [
        { id: 'helseplattformen', days: 56 },
        { id: 'pll', days: 11 },
      ],
    });
  });

  it('reopens a saved scenario with delays in weeks, to one decimal', () => {
    expect(daysToWeeks(11)).toBe(1.6);
    expect(
      openScenarioParams({
        id: 's1',
        mode: 'PRESERVE',
        riskIds: ['schrems-ii'],
        riskDelays: [{ itemId: 'schrems-ii', days: 180 }],
        delays: [{ itemId: 'pll', days: 28 }],
      }),
    ).toEqual({
      scenario: 's1',
      mode: 'PRESERVE',
      risks: ['schrems-ii'],
      assumed: ['schrems-ii:180'],
      delays: ['pll:4'],
    });
  });

  it('ticks and unticks scenarios to compare', () => {
    expect(toggleCompare(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleCompare(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
