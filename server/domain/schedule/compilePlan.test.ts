import { describe, expect, it } from 'vitest';
import { compilePlan } from './compilePlan.js';
import { findCycle, wouldCreateCycle } from './cycles.js';
import { CycleError, type PlanIssue, PlanValidationError, UnknownIdError } from './errors.js';
import type { DependencyInput, PlanInput } from './types.js';

const item = (id: string, start = '2024-01', end = '2024-03') => ({ id, kind: 'initiative', start, end });
const dep = (from: string, to: string): DependencyInput => ({ from, to });

function issuesOf(input: PlanInput): PlanIssue[] {
  try {
    compilePlan(input);
  } catch (e) {
    if (e instanceof PlanValidationError) return [...e.issues];
    throw e;
  }
  return [];
}

describe('compilePlan validation', () => {
  it.each<[string, PlanInput, PlanIssue['code'], string[], string]>([
    [
      'duplicate ids',
      { items: [item('A'), item('A'), item('B')] },
      'duplicate-id',
      ['A'],
      '"A" is used more than once',
    ],
    ['an empty id', { items: [item('')] }, 'empty-id', [''], 'empty id'],
    [
      'a dependency on an unknown item',
      { items: [item('A')], dependencies: [dep('A', 'Ghost')] },
      'unknown-item',
      ['A', 'Ghost'],
      'unknown item "Ghost"',
    ],
    [
      'an end before the start',
      { items: [item('A', '2024-06', '2024-Q1')] },
      'end-before-start',
      ['A'],
      'ends (2024-Q1) before it starts (2024-06)',
    ],
    [
      'an invalid date',
      { items: [item('A', '2023-02-30', '2023-03')] },
      'invalid-date',
      ['A'],
      '"2023-02-30"',
    ],
    [
      'a fractional lag',
      { items: [item('A'), item('B')], dependencies: [{ from: 'A', to: 'B', lagDays: 1.5 }] },
      'invalid-dependency',
      ['A', 'B'],
      'whole number',
    ],
    [
      'an unknown dependency type',
      { items: [item('A'), item('B')], dependencies: [{ from: 'A', to: 'B', type: 'XX' as 'FS' }] },
      'invalid-dependency',
      ['A', 'B'],
      'unknown type "XX"',
    ],
    [
      'a risk on an unknown item',
      { items: [item('A')], risks: [{ id: 'R', affects: [{ itemId: 'Ghost', expectedDelayDays: 3 }] }] },
      'unknown-item',
      ['R', 'Ghost'],
      'risk "R" affects unknown item "Ghost"',
    ],
    [
      'a negative risk delay',
      { items: [item('A')], risks: [{ id: 'R', affects: [{ itemId: 'A', expectedDelayDays: -3 }] }] },
      'invalid-risk',
      ['R', 'A'],
      'whole number ≥ 0 or null',
    ],
  ])('rejects %s', (_, input, code, ids, message) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code, ids });
    expect(issues[0]?.message).toContain(message);
  });

  it('reports every issue at once', () => {
    const issues = issuesOf({
      items: [item('A'), item('A'), item('B', '2025', '2024')],
      dependencies: [dep('A', 'X'), dep('Y', 'B')],
    });
    expect(issues.map((i) => i.code)).toEqual([
      'duplicate-id',
      'end-before-start',
      'unknown-item',
      'unknown-item',
    ]);
    expect(() => compilePlan({ items: [item('A'), item('A')] })).toThrow(/Invalid plan \(1 issue\)/);
  });

  it('orders items by id whatever the input order', () => {
    const plan = compilePlan({ items: [item('b'), item('C'), item('a')] });
    expect(plan.items.map((i) => i.id)).toEqual(['C', 'a', 'b']);
  });
});

describe('cycles', () => {
  it.each<[string, DependencyInput[], string[]]>([
    ['a self-dependency', [dep('A', 'A')], ['A', 'A']],
    ['two items', [dep('A', 'B'), dep('B', 'A')], ['A', 'B', 'A']],
    [
      'three items, named from the lowest id',
      [dep('C', 'A'), dep('A', 'B'), dep('B', 'C')],
      ['A', 'B', 'C', 'A'],
    ],
    [
      'a cycle downstream of other items',
      [dep('B', 'A'), dep('C', 'B'), dep('D', 'C'), dep('C', 'D'), dep('E', 'D')],
      ['C', 'D', 'C'],
    ],
  ])('compilePlan refuses %s and names the cycle', (_, dependencies, cycle) => {
    const input: PlanInput = { items: ['A', 'B', 'C', 'D', 'E'].map((id) => item(id)), dependencies };
    expect(findCycle(input)).toEqual(cycle);
    try {
      compilePlan(input);
      expect.unreachable('compilePlan accepted a cycle');
    } catch (e) {
      expect(e).toBeInstanceOf(CycleError);
      expect((e as CycleError).cycle).toEqual(cycle);
      expect((e as CycleError).message).toContain(cycle.join(' → '));
    }
  });

  it('findCycle returns null for a DAG and ignores unknown endpoints', () => {
    expect(
      findCycle({ items: [item('A'), item('B')], dependencies: [dep('B', 'A'), dep('A', 'Ghost')] }),
    ).toBeNull();
  });

  // B depends on A, C depends on B.
  const plan = compilePlan({
    items: [item('A'), item('B'), item('C'), item('D')],
    dependencies: [dep('B', 'A'), dep('C', 'B')],
  });

  it.each<[string, string, string[] | null]>([
    ['A', 'C', ['A', 'C', 'B', 'A']],
    ['A', 'B', ['A', 'B', 'A']],
    ['A', 'A', ['A', 'A']],
    ['C', 'A', null],
    ['D', 'C', null],
    ['A', 'D', null],
  ])('wouldCreateCycle(%s depends on %s) = %j', (from, to, cycle) => {
    expect(wouldCreateCycle(plan, from, to)).toEqual(cycle);
  });

  it('wouldCreateCycle rejects unknown ids', () => {
    expect(() => wouldCreateCycle(plan, 'A', 'Ghost')).toThrow(UnknownIdError);
  });
});
