import { describe, expect, it } from 'vitest';
import { type Highlight, type NodeLike, toNetworkNode } from '../../shared/vis/networkNodes';
import type { GraphEdge, GraphNode } from './graphQuery';
import { mergeGraphs, toNetworkEdge } from './networkData';

function edge(patch: Partial<GraphEdge> & Pick<GraphEdge, 'id' | 'type' | 'from' | 'to'>): GraphEdge {
  return {
    kind: null,
    dependencyType: null,
    lagDays: null,
    expectedDelayDays: null,
    inferred: false,
    ...patch,
  } as GraphEdge;
}

describe('toNetworkNode', () => {
  it.each<[string, NodeLike, { shape: string; background: string; border: string; size?: number }]>([
    [
      'a green initiative as a box in its status colour',
      { __typename: 'Initiative', id: 'kj', name: 'Kjernejournal', status: 'green' },
      { shape: 'box', background: '#2e7d32', border: '#1b5e20' },
    ],
    [
      'an initiative without status as unknown',
      { __typename: 'Initiative', id: 'x', name: 'X', status: null },
      { shape: 'box', background: '#dfe6ee', border: '#7d8b99' },
    ],
    [
      'a delayed milestone as a red diamond',
      { __typename: 'Milestone', id: 'm', name: 'M', milestoneStatus: 'DELAYED' },
      { shape: 'diamond', background: '#c62828', border: '#8e0000', size: 16 },
    ],
    [
      'a condition at risk as a yellow hexagon',
      { __typename: 'Condition', id: 'c', name: 'C', state: 'AT_RISK' },
      { shape: 'hexagon', background: '#f9c513', border: '#9a6700', size: 16 },
    ],
    [
      'a risk as an orange triangle',
      { __typename: 'Risk', id: 'schrems-ii', name: 'Schrems II' },
      { shape: 'triangle', background: '#fff3e0', border: '#e65100', size: 16 },
    ],
    [
      'an actor as a grey ellipse',
      { __typename: 'Actor', id: 'nhn', name: 'Norsk helsenett' },
      { shape: 'ellipse', background: '#eceff1', border: '#455a64' },
    ],
    [
      'an unknown kind as a dot',
      { __typename: 'Goal', id: 'g', name: 'G' },
      { shape: 'dot', background: '#dfe6ee', border: '#7d8b99', size: 16 },
    ],
  ])('draws %s', (_, node, expected) => {
    const drawn = toNetworkNode(node);
    expect({
      shape: drawn.shape,
      background: drawn.color.background,
      border: drawn.color.border,
      ...(drawn.size ? { size: drawn.size } : {}),
    }).toEqual(expected);
  });

  it('wraps long names at about 26 characters on at most three lines', () => {
    const node = toNetworkNode({
      __typename: 'Initiative',
      id: 'x',
      name: 'Felles grunnmur for digitale tjenester i helse- og omsorgssektoren med mange ord til slutt',
      status: 'GREEN',
    });
    expect(node.label).toBe('Felles grunnmur for\ndigitale tjenester i\nhelse- og omsorgssektoren…');
    expect(node.title).toBe(
      'Felles grunnmur for digitale tjenester i helse- og omsorgssektoren med mange ord til slutt',
    );
  });

  it('marks roots with a thick border', () => {
    const root = toNetworkNode({ __typename: 'Initiative', id: 'a', name: 'A' }, undefined, new Set(['a']));
    const other = toNetworkNode({ __typename: 'Initiative', id: 'b', name: 'B' }, undefined, new Set(['a']));
    expect([root.borderWidth, other.borderWidth]).toEqual([4, 1.5]);
  });

  it('highlights causes and slips and dims the rest in an impact', () => {
    const highlight: Highlight = {
      slipped: new Map([['pll', 56]]),
      causes: new Set(['helseplattformen']),
      chainEdges: new Set(),
    };
    const slipped = toNetworkNode(
      { __typename: 'Initiative', id: 'pll', name: 'PLL', status: 'GREEN' },
      highlight,
    );
    const cause = toNetworkNode(
      { __typename: 'Initiative', id: 'helseplattformen', name: 'Helseplattformen', status: 'RED' },
      highlight,
    );
    const bystander = toNetworkNode(
      { __typename: 'Initiative', id: 'kj', name: 'KJ', status: 'GREEN' },
      highlight,
    );
    expect([slipped.label, slipped.color.border, slipped.borderWidth]).toEqual(['PLL\n+56 d', '#c62828', 5]);
    expect([cause.color.border, cause.borderWidth]).toEqual(['#6a1b9a', 5]);
    expect([bystander.color.background, bystander.font.color]).toEqual(['#f4f6f8', '#1b1f24']);
  });
});

describe('toNetworkEdge', () => {
  it.each<
    [
      string,
      GraphEdge,
      { from: string; to: string; dashes: boolean | number[]; colour: string; title: string },
    ]
  >([
    [
      'a dependency flowing from what is needed to what needs it',
      edge({ id: 'd1', type: 'DEPENDS_ON', from: 'pll', to: 'kj', dependencyType: 'FS', lagDays: 30 }),
      { from: 'kj', to: 'pll', dashes: false, colour: '#607080', title: 'DEPENDS_ON FS 30 d' },
    ],
    [
      'an inferred dependency dashed, with FS as default type',
      edge({ id: 'd2', type: 'DEPENDS_ON', from: 'a', to: 'b', inferred: true, kind: 'TECHNICAL' }),
      { from: 'b', to: 'a', dashes: [8, 5], colour: '#607080', title: 'DEPENDS_ON FS · technical' },
    ],
    [
      'a risk hitting an item, orange and dashed with its expected delay',
      edge({ id: 'r1', type: 'AFFECTS', from: 'schrems-ii', to: 'hp', expectedDelayDays: 90 }),
      { from: 'schrems-ii', to: 'hp', dashes: [8, 5], colour: '#e65100', title: 'AFFECTS +90 d' },
    ],
    [
      'an owner edge, dotted and lighter than an inferred dependency',
      edge({ id: 'o1', type: 'OWNS', from: 'nhn', to: 'kj' }),
      { from: 'nhn', to: 'kj', dashes: [2, 4], colour: '#90a4ae', title: 'OWNS' },
    ],
  ])('draws %s', (_, input, expected) => {
    const drawn = toNetworkEdge(input);
    expect({
      from: drawn.from,
      to: drawn.to,
      dashes: drawn.dashes,
      colour: drawn.color.color,
      title: drawn.title,
    }).toEqual(expected);
  });

  it('draws an edge on a driving chain thick and red', () => {
    const drawn = toNetworkEdge(edge({ id: 'd', type: 'DEPENDS_ON', from: 'b', to: 'a' }), {
      slipped: new Map(),
      causes: new Set(),
      chainEdges: new Set(['a->b']),
    });
    expect([drawn.color.color, drawn.width]).toEqual(['#c62828', 4]);
  });
});

describe('mergeGraphs', () => {
  const node = (id: string, name = id) => ({ __typename: 'Initiative', id, name, status: null }) as GraphNode;
  it('keeps the first copy of each node and edge and drops edges to nodes not loaded', () => {
    const merged = mergeGraphs([
      {
        nodes: [node('a', 'A first'), node('b')],
        edges: [
          edge({ id: 'e1', type: 'DEPENDS_ON', from: 'a', to: 'b' }),
          edge({ id: 'e2', type: 'DEPENDS_ON', from: 'b', to: 'c' }),
        ],
      },
      {
        nodes: [node('a', 'A again'), node('c')],
        edges: [
          edge({ id: 'e1', type: 'DEPENDS_ON', from: 'a', to: 'b' }),
          edge({ id: 'e3', type: 'DEPENDS_ON', from: 'c', to: 'x' }),
        ],
      },
    ]);
    expect(merged.nodes.map((n) => `${n.id}:${n.name}`)).toEqual(['a:A first', 'b:b', 'c:c']);
    expect(merged.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
  });
});
