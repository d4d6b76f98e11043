import { describe, expect, it } from 'vitest';
import { assessDependency, assessTiltak, type DependencyFacts } from './assessTiltak.js';

const base: DependencyFacts = { targetName: 'X', targetKind: 'initiative', risks: [] };

describe('assessDependency', () => {
  it.each<[string, Partial<DependencyFacts>, string, RegExp]>([
    ['a met condition', { targetKind: 'condition', conditionState: 'met' }, 'met', /oppfylt/],
    ['an unconfirmed condition', { targetKind: 'condition' }, 'unknown', /sier ikke/],
    [
      'a condition not met, with its note',
      { targetKind: 'condition', conditionState: 'not-met', conditionNote: 'ikke prioritert' },
      'not-met',
      /ikke oppfylt: ikke prioritert/,
    ],
    ['a delayed milestone', { targetKind: 'milestone', status: 'delayed' }, 'delayed', /forsinket/],
    ['a cancelled milestone', { targetKind: 'milestone', status: 'cancelled' }, 'not-met', /avlyst/],
    [
      'a risk with a known delay',
      { risks: [{ name: 'Schrems II', expectedDelayDays: 90 }] },
      'delayed',
      /forsinket av Schrems II/,
    ],
    [
      'a risk of unknown length',
      { risks: [{ name: 'Schrems II', expectedDelayDays: null }] },
      'at-risk',
      /rammes av Schrems II/,
    ],
    ['red status', { status: 'red' }, 'at-risk', /rød/],
    ['yellow status', { status: 'yellow' }, 'at-risk', /gul/],
    ['delivered before the year', { endsOn: '2022-12-31' }, 'met', /levert/],
    ['nothing known against it', { endsOn: '2025-12-31' }, 'on-track', /Ingen kjente/],
  ])('%s', (_name, facts, state, reason) => {
    const result = assessDependency({ ...base, ...facts }, '2024-01-01');
    expect(result.state).toBe(state);
    expect(result.reason.nb).toMatch(reason);
    expect(result.reason.en.length).toBeGreaterThan(5);
    // The English reason carries no Norwegian note.
    expect(result.reason.en).not.toContain('ikke prioritert');
  });
});

describe('assessTiltak', () => {
  const dep = (state: Parameters<typeof assessTiltak>[0]['dependencies'][number]['state']) => ({
    state,
    reason: { nb: state, en: state },
  });
  it.each<[string, Parameters<typeof assessTiltak>[0], string]>([
    [
      'nothing against it',
      { dependencies: [dep('met'), dep('on-track')], risks: [], projectedSlipDays: 0 },
      'as-planned',
    ],
    [
      'an unconfirmed financing condition',
      { dependencies: [dep('unknown')], risks: [], projectedSlipDays: 0 },
      'at-risk',
    ],
    ['a dependency at risk', { dependencies: [dep('at-risk')], risks: [], projectedSlipDays: 0 }, 'at-risk'],
    ['a projected slip', { dependencies: [], risks: [], projectedSlipDays: 30 }, 'at-risk'],
    [
      'a delayed dependency',
      { dependencies: [dep('met'), dep('delayed')], risks: [], projectedSlipDays: 0 },
      'not-as-planned',
    ],
    [
      'a condition not met',
      { dependencies: [dep('not-met')], risks: [], projectedSlipDays: 0 },
      'not-as-planned',
    ],
    [
      'a risk with a stated delay on itself',
      { dependencies: [], risks: [{ name: 'R', expectedDelayDays: 60 }], projectedSlipDays: 0 },
      'not-as-planned',
    ],
    ['yellow status', { status: 'yellow', dependencies: [], risks: [], projectedSlipDays: 0 }, 'at-risk'],
  ])('%s → %s', (_name, facts, verdict) => {
    const result = assessTiltak(facts);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe('the verdict from the current plan', () => {
  const dates = {
    nb: 'Datoene passer ikke lenger året',
    en: 'Its dates no longer fit the year',
    kind: 'dates' as const,
  };

  it('is not as planned when its own dates no longer fit the year, whatever its conditions', () => {
    const met = assessDependency({ ...base, targetKind: 'condition', conditionState: 'met' }, '2024-01-01');
    const result = assessTiltak({
      dateProblems: [dates],
      dependencies: [met],
      risks: [],
      projectedSlipDays: 0,
    });
    expect(result.verdict).toBe('not-as-planned');
    expect(result.reasons[0]).toEqual(dates);
  });

  it('links each reason to what it rests on', () => {
    const dep = assessDependency(
      {
        ...base,
        targetId: 'x',
        sourceIds: ['s1'],
        risks: [{ id: 'r', name: 'R', expectedDelayDays: 30, sourceIds: ['s2'] }],
      },
      '2024-01-01',
    );
    expect(dep.reason).toMatchObject({ kind: 'dependency', itemIds: ['x', 'r'], sourceIds: ['s1', 's2'] });
    const risk = assessTiltak({
      dependencies: [],
      risks: [{ id: 'r', name: 'R', expectedDelayDays: null, sourceIds: ['s3'] }],
      projectedSlipDays: 0,
    }).reasons[0];
    expect(risk).toMatchObject({ kind: 'risk', itemIds: ['r'], sourceIds: ['s3'] });
  });
});
