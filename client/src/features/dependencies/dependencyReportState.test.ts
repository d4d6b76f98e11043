import { describe, expect, it } from 'vitest';
import { readDependencyReportState, reportVariables, scopeOf } from './dependencyReportState';

describe('readDependencyReportState', () => {
  it.each([
    ['', { scope: null, tightDays: 30 }],
    ['?scope=goal:mal-pll&tight=14', { scope: { kind: 'goal', id: 'mal-pll' }, tightDays: 14 }],
    ['?scope=actor:nhn&tight=0', { scope: { kind: 'actor', id: 'nhn' }, tightDays: 0 }],
    ['?scope=programme:pds:steg-1', { scope: { kind: 'programme', id: 'pds:steg-1' }, tightDays: 30 }],
    ['?scope=planet:x&tight=-3', { scope: null, tightDays: 30 }],
    ['?scope=goal:&tight=2.5', { scope: null, tightDays: 30 }],
  ])('reads %s', (search, expected) => {
    expect(readDependencyReportState(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('scopeOf and reportVariables', () => {
  it.each([
    [{ __typename: 'Goal', id: 'g' }, 'goal:g', { goalId: 'g', programmeId: null, actorId: null }],
    [{ __typename: 'Actor', id: 'a' }, 'actor:a', { goalId: null, programmeId: null, actorId: 'a' }],
    [{ __typename: 'Initiative', id: 'p' }, 'programme:p', { goalId: null, programmeId: 'p', actorId: null }],
  ])('scopes to %j as %s', (hit, scope, variables) => {
    expect(scopeOf(hit)).toBe(scope);
    const state = readDependencyReportState(new URLSearchParams({ scope }));
    expect(reportVariables(state)).toEqual({ ...variables, tightDays: 30 });
  });
});
