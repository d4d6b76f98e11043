// Graph nodes to vis-network's shapes and colours, as the dependency graph, the impact view and the
// graph's SVG export share them. Pure, so it is tested without a browser.
import { STATUS_COLOURS } from '../../components/status';
import { type LayoutEdge, layoutLayers, type Position } from './graphLayout';
import { edgeStyleKey, NODE_STYLES, nodeStyleOf } from './graphStyle';

export interface NetworkNode {
  id: string;
  label: string;
  title: string;
  shape: string;
  color: { background: string; border: string; highlight: { background: string; border: string } };
  font: { color: string; size: number; multi?: boolean; background?: string };
  borderWidth: number;
  shapeProperties?: { borderDashes: boolean | number[] };
  size?: number;
  /** Placed by graphLayout; vis-network draws the node there. */
  x?: number;
  y?: number;
}

export interface NetworkEdge {
  id: string;
  from: string;
  to: string;
  arrows: 'to';
  /** true, or a dash pattern (dash, gap) as vis-network takes it. */
  dashes: boolean | number[];
  color: { color: string };
  width: number;
  title: string;
}

export interface Highlight {
  /** Items that slip, by id, with the slip in days. */
  slipped: Map<string, number>;
  /** Items whose delay was given (the cause). */
  causes: Set<string>;
  /** Edges on a driving chain, as "from->to" of plan order. */
  chainEdges: Set<string>;
}

/** Shape name by kind (box, diamond, …), for the SVG export's legend. */
export const SHAPES: Record<string, string> = Object.fromEntries(
  Object.entries(NODE_STYLES).map(([kind, style]) => [kind, style.shape]),
);

/** Behind a label drawn below its shape, so an edge or a neighbour under it does not blur it. */
export const LABEL_BACKGROUND = 'rgba(255,255,255,0.85)';

function wrap(text: string, width = 26): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
    if (lines.length === 3) break;
  }
  if (lines.length < 3 && line) lines.push(line);
  const joined = lines.join('\n');
  return joined.length < text.length - 1 ? `${joined}…` : joined;
}

/** What a node needs to be drawn: its kind and name, and whatever status its kind has. */
export interface NodeLike {
  __typename: string;
  id: string;
  name: string;
  status?: string | null;
  milestoneStatus?: string;
  state?: string;
}

export function toNetworkNode(
  node: NodeLike,
  highlight?: Highlight,
  rootIds?: ReadonlySet<string>,
): NetworkNode {
  const slip = highlight?.slipped.get(node.id);
  const cause = highlight?.causes.has(node.id);
  const style = nodeStyleOf(node);
  const colour = style?.state.colours ?? STATUS_COLOURS.UNKNOWN;
  const labelInside = style?.kind.labelInside ?? false;
  const dimmed = highlight && slip === undefined && !cause;
  const label = wrap(node.name) + (slip !== undefined ? `\n+${slip} d` : '');
  return {
    id: node.id,
    label,
    title: node.name,
    shape: style?.kind.shape ?? 'dot',
    color: {
      background: dimmed ? '#f4f6f8' : colour.fill,
      border: cause ? '#6a1b9a' : slip !== undefined ? '#c62828' : colour.border,
      highlight: { background: colour.fill, border: '#ffbf47' },
    },
    font: {
      color: labelInside && !dimmed ? colour.text : '#1b1f24',
      size: 14,
      ...(labelInside ? {} : { background: LABEL_BACKGROUND }),
    },
    borderWidth: cause || slip !== undefined ? 5 : rootIds?.has(node.id) ? 4 : 1.5,
    ...(rootIds?.has(node.id) ? { shapeProperties: { borderDashes: false } } : {}),
    ...(labelInside ? {} : { size: 16 }),
  };
}

/** Line height of a label and a marker's radius, as vis-network draws them at font size 14. */
const LABEL_LINE = 17;
const MARKER = 16;

/** How far a drawn node reaches above and below its centre, with its label (for graphLayout). */
export function nodeExtent(node: Pick<NetworkNode, 'label' | 'shape'>): { above: number; below: number } {
  const lines = node.label.split('\n').length;
  if (node.shape === 'box' || node.shape === 'ellipse') {
    const half = (lines * LABEL_LINE + 16) / 2;
    return { above: half, below: half };
  }
  return { above: MARKER, below: MARKER + 6 + lines * LABEL_LINE };
}

/** Room between one node's extent (label included) and the next one's in a layer. */
const NODE_SPACING = 24;

/** Where the graph's nodes go: graphLayout's layers, each node given the room its label takes. */
export function placeNetwork(
  nodes: readonly NetworkNode[],
  edges: readonly LayoutEdge[],
): Map<string, Position> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return layoutLayers(
    nodes.map((n) => n.id),
    edges,
    {
      nodeGap: NODE_SPACING,
      extentOf: (id) => {
        const node = byId.get(id);
        return node ? nodeExtent(node) : { above: MARKER, below: MARKER };
      },
    },
  );
}

/** An edge's look as one key (colour and dashes), to match a drawing against the legend. */
export function edgeKey(edge: Pick<NetworkEdge, 'color' | 'dashes'>): string {
  return edgeStyleKey(edge.color.color, edge.dashes);
}
