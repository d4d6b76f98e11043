import { describe, expect, it } from 'vitest';
import { assignLayers, layoutLayers } from './graphLayout';

const e = (from: string, to: string) => ({ from, to });

describe('assignLayers', () => {
  it.each([
    ['a chain', ['a', 'b', 'c'], [e('a', 'b'), e('b', 'c')], { a: 0, b: 1, c: 2 }],
    // c is two steps after a via b, so the direct a→c edge does not pull it left.
    ['a shortcut', ['a', 'b', 'c'], [e('a', 'b'), e('b', 'c'), e('a', 'c')], { a: 0, b: 1, c: 2 }],
    ['two sources', ['x', 'y', 'z'], [e('x', 'z'), e('y', 'z')], { x: 0, y: 0, z: 1 }],
    ['an isolated node', ['solo'], [], { solo: 0 }],
    [
      'edges to unknown nodes and loops ignored',
      ['a', 'b'],
      [e('a', 'q'), e('b', 'b'), e('a', 'b')],
      { a: 0, b: 1 },
    ],
    [
      'a cycle, placed without hanging',
      ['a', 'b', 'c'],
      [e('a', 'b'), e('b', 'c'), e('c', 'b')],
      { a: 0, b: 1, c: 2 },
    ],
  ])('layers %s', (_, ids, edges, expected) => {
    expect(Object.fromEntries(assignLayers(ids, edges))).toEqual(expected);
  });
});

describe('layoutLayers', () => {
  it('places layers left to right and centres each layer on y = 0', () => {
    const positions = layoutLayers(['a', 'b', 'c', 'd'], [e('a', 'b'), e('a', 'c'), e('b', 'd')], {
      layerGap: 100,
      nodeGap: 10,
    });
    expect(Object.fromEntries(positions)).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 100, y: -5 },
      c: { x: 100, y: 5 },
      d: { x: 200, y: 0 },
    });
  });

  it('orders a layer by its neighbours, untangling crossed edges', () => {
    // Sources p (top) and q (bottom); their successors come in the crossed order y, x.
    const positions = layoutLayers(['p', 'q', 'y', 'x'], [e('q', 'y'), e('p', 'x')], { nodeGap: 10 });
    expect([positions.get('x')?.y, positions.get('y')?.y]).toEqual([-5, 5]);
  });

  it('stacks nodes by how far they reach, so a label hanging below a node clears the next one', () => {
    // b is a milestone whose three-line label hangs 80 px below it; c is a box 30 px each way.
    const extents = { a: { above: 10, below: 10 }, b: { above: 16, below: 80 }, c: { above: 30, below: 30 } };
    const positions = layoutLayers(['a', 'b', 'c'], [], {
      nodeGap: 20,
      extentOf: (id) => extents[id as keyof typeof extents],
    });
    // Centres 0, 10+20+16 = 46, 46+80+20+30 = 176, then centred on y = 0.
    expect(['a', 'b', 'c'].map((id) => positions.get(id)?.y)).toEqual([-88, -42, 88]);
  });

  it('points every edge rightwards in a 2,000-node plan and takes well under a second', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `n${i}`);
    const edges = ids.flatMap((_, i) =>
      [1, 7, 31, 97].filter((d) => i >= d).map((d) => e(`n${i - d}`, `n${i}`)),
    );
    const started = performance.now();
    const positions = layoutLayers(ids, edges);
    expect(performance.now() - started).toBeLessThan(1000);
    for (const edge of edges)
      expect((positions.get(edge.to)?.x ?? 0) > (positions.get(edge.from)?.x ?? 0)).toBe(true);
    expect(positions.size).toBe(2000);
  });
});
