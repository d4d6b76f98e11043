// Graph nodes and edges to vis-network's shapes and colours. Pure, so it is tested without a browser.
// Arrows point in the direction of the plan: from what is needed to what needs it, from a risk to what
// it hits, from an owner to what it owns; the hierarchical layout then reads left to right.
import { EDGE_STYLES, edgeStyleOf } from '../../shared/vis/graphStyle';
import type { Highlight, NetworkEdge } from '../../shared/vis/networkNodes';
import type { GraphEdge, GraphNode } from './graphQuery';

export function toNetworkEdge(edge: GraphEdge, highlight?: Highlight): NetworkEdge {
  // DEPENDS_ON: `from` needs `to`, so the plan flows to → from.
  const [source, target] = edge.type === 'DEPENDS_ON' ? [edge.to, edge.from] : [edge.from, edge.to];
  const hot = highlight?.chainEdges.has(`${source}->${target}`);
  const style = EDGE_STYLES[hot ? 'chain' : edgeStyleOf(edge)];
  const label =
    edge.type === 'DEPENDS_ON'
      ? `${edge.dependencyType ?? 'FS'}${edge.lagDays ? ` ${edge.lagDays} d` : ''}`
      : edge.type === 'AFFECTS'
        ? edge.expectedDelayDays != null
          ? `+${edge.expectedDelayDays} d`
          : ''
        : '';
  return {
    id: edge.id,
    from: source,
    to: target,
    arrows: 'to',
    dashes: style.dashes ? [...style.dashes] : false,
    color: { color: style.colour },
    width: style.width,
    title: `${edge.type}${label ? ` ${label}` : ''}${edge.kind ? ` · ${edge.kind.toLowerCase()}` : ''}`,
  };
}

/** Merges graph results (the first load and each expansion), keeping the first copy of each node/edge. */
export function mergeGraphs(graphs: readonly { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }[]) {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  // An edge whose end is not (yet) loaded cannot be drawn.
  const drawable = [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to));
  return { nodes: [...nodes.values()], edges: drawable };
}
