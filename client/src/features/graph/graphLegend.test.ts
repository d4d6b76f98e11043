// The legend explains everything the graph can draw: every kind in every state it can be in gets a
// shape and a colour the legend has, and every edge a line the legend has (issue 17: the red hexagon,
// a condition not met, was drawn but not explained).
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../components/status';
import { CONDITION_STATE, MILESTONE_STATUS } from '../../components/vocabulary';
import { legendEdgeKeys, legendStyleKeys, styleKey } from '../../shared/vis/graphStyle';
import { edgeKey, type NodeLike, toNetworkNode } from '../../shared/vis/networkNodes';
import type { GraphEdge } from './graphQuery';
import { toNetworkEdge } from './networkData';

const apiName = (code: string) => code.toUpperCase().replace(/-/g, '_');
const node = (patch: Partial<NodeLike> & { __typename: string }): NodeLike => ({
  id: 'x',
  name: 'X',
  ...patch,
});

const everyNode: NodeLike[] = [
  ...[...STATUSES, null, 'NONSENSE'].map((status) => node({ __typename: 'Initiative', status })),
  ...[...MILESTONE_STATUS.codes.map(apiName), 'NONSENSE'].map((s) =>
    node({ __typename: 'Milestone', milestoneStatus: s }),
  ),
  ...[...CONDITION_STATE.codes.map(apiName), 'NONSENSE'].map((state) =>
    node({ __typename: 'Condition', state }),
  ),
  node({ __typename: 'Risk' }),
  node({ __typename: 'Actor' }),
];

describe('the graph legend', () => {
  const keys = legendStyleKeys();

  it.each(everyNode.map((n) => [`${n.__typename} ${n.status ?? n.milestoneStatus ?? n.state ?? ''}`, n]))(
    'explains a %s',
    (_, n) => {
      const drawn = toNetworkNode(n as NodeLike, undefined, new Set(['x']));
      expect(keys).toContain(styleKey(drawn.shape, drawn.color.background));
    },
  );

  it('draws a condition not met as the red hexagon, and explains it', () => {
    const drawn = toNetworkNode(node({ __typename: 'Condition', state: 'NOT_MET' }));
    expect([drawn.shape, drawn.color.background]).toEqual(['hexagon', '#c62828']);
    expect(keys).toContain('hexagon|#c62828');
  });

  const edge = (type: string, inferred: boolean): GraphEdge =>
    ({
      id: 'e',
      type,
      from: 'a',
      to: 'b',
      kind: null,
      dependencyType: null,
      lagDays: null,
      expectedDelayDays: null,
      inferred,
    }) as GraphEdge;

  it.each([
    ['DEPENDS_ON', false],
    ['DEPENDS_ON', true],
    ['AFFECTS', false],
    ['OWNS', false],
  ] as const)('explains a %s edge (inferred: %s)', (type, inferred) => {
    expect(legendEdgeKeys()).toContain(edgeKey(toNetworkEdge(edge(type, inferred))));
  });

  it('tells a stated dependency, an inferred one, a risk and an owner apart', () => {
    expect(legendEdgeKeys().size).toBe(4);
  });
});
