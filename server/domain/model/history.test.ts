import { describe, expect, it } from 'vitest';
import {
  type Captured,
  diffProps,
  diffSnapshots,
  kindsOf,
  restoredProps,
  sameProps,
  undoConflicts,
} from './history.js';

const node = (id: string, props: Record<string, unknown>, labels = ['Entity', 'Initiative']): Captured => ({
  kind: 'node',
  id,
  labels,
  props: props as Captured['props'],
  integerKeys: ['version'],
});
const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}): Captured => ({
  kind: 'relationship',
  type,
  from: { id: from, label: 'Entity' },
  to: { id: to, label: 'Entity' },
  props: props as Captured['props'],
  integerKeys: [],
});

describe('diffProps', () => {
  it.each([
    [{ a: 1 }, { a: 1 }, []],
    [{ a: 1 }, { a: 2 }, [{ field: 'a', before: 1, after: 2 }]],
    [{ a: 1 }, {}, [{ field: 'a', before: 1, after: null }]],
    [null, { b: ['x'] }, [{ field: 'b', before: null, after: ['x'] }]],
    [{ l: ['x', 'y'] }, { l: ['y', 'x'] }, [{ field: 'l', before: ['x', 'y'], after: ['y', 'x'] }]],
  ])('%j → %j', (before, after, expected) => {
    expect(diffProps(before, after)).toEqual(expected);
  });

  it('compares maps regardless of key order and can ignore keys', () => {
    expect(sameProps({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameProps({ a: 1, version: 1 }, { a: 1, version: 2 }, ['version'])).toBe(true);
    expect(sameProps(null, {})).toBe(false);
  });
});

describe('diffSnapshots', () => {
  it('reports created, updated and deleted nodes and relationships, leaving the unchanged out', () => {
    const before = [
      node('a', { name: 'A', version: 1 }),
      node('m', { name: 'M' }, ['Entity', 'Milestone']),
      rel('HAS_MILESTONE', 'a', 'm'),
      rel('OWNS', 'nhn', 'a'),
    ];
    const after = [node('a', { name: 'B', version: 2 }), rel('OWNS', 'nhn', 'a'), rel('OWNS', 'hdir', 'a')];
    const changes = diffSnapshots(before, after);
    expect(changes.map((c) => [c.kind, c.id, c.before === null, c.after === null])).toEqual([
      ['node', 'a', false, false],
      ['node', 'm', false, true],
      ['relationship', 'a-[HAS_MILESTONE]->m', false, true],
      ['relationship', 'hdir-[OWNS]->a', true, false],
    ]);
    expect(changes[1]).toMatchObject({ label: 'Milestone', labels: ['Entity', 'Milestone'] });
    expect(changes[2]).toMatchObject({ from: { id: 'a' }, to: { id: 'm' }, label: 'HAS_MILESTONE' });
    expect(kindsOf(changes)).toEqual(['HAS_MILESTONE', 'Initiative', 'Milestone', 'OWNS']);
  });

  it('gives nothing for equal snapshots', () => {
    const s = [node('a', { name: 'A' }), rel('OWNS', 'x', 'a', { sourceIds: [] })];
    expect(diffSnapshots(s, [...s].reverse())).toEqual([]);
  });
});

describe('undoConflicts and restoredProps', () => {
  const before = [node('a', { name: 'A', version: 1 }), rel('OWNS', 'nhn', 'a')];
  const after = [node('a', { name: 'B', version: 2 })];
  const changes = diffSnapshots(before, after);

  it('lets an undo through when everything is as the change left it', () => {
    expect(undoConflicts(changes, after)).toEqual([]);
  });

  it('names what changed since', () => {
    expect(undoConflicts(changes, [node('a', { name: 'C', version: 3 })])).toEqual(['a']);
    expect(undoConflicts(changes, [...after, rel('OWNS', 'nhn', 'a')])).toEqual(['nhn-[OWNS]->a']);
  });

  it('refuses to delete a created node that has gained a relationship since', () => {
    const created = diffSnapshots([], [node('n', { name: 'N' })]);
    expect(undoConflicts(created, [node('n', { name: 'N' }), rel('DEPENDS_ON', 'x', 'n')])).toEqual([
      'x-[DEPENDS_ON]->n',
    ]);
  });

  it('restores before, counting the version on', () => {
    const [update] = changes;
    expect(update && restoredProps(update, after[0])).toEqual({
      props: { name: 'A', version: 3 },
      integerKeys: ['version'],
    });
    const deleted = diffSnapshots(before, [])[0];
    expect(deleted && restoredProps(deleted, undefined)?.props).toEqual({ name: 'A', version: 1 });
  });
});
