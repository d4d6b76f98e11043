// Graph nodes to vis-network's shapes and colours, as the dependency graph, the impact view and the
// graph's SVG export share them. Pure, so it is tested without a browser.
import { STATUS_COLOURS, statusKey } from '../../components/status';

export interface NetworkNode {
  id: string;
  label: string;
  title: string;
  shape: string;
  color: { background: string; border: string; highlight: { background: string; border: string } };
  font: { color: string; size: number; multi?: boolean };
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
  dashes: boolean;
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

const MILESTONE_STATUS: Record<string, keyof typeof STATUS_COLOURS> = {
  DONE: 'GREEN',
  DELAYED: 'RED',
  PLANNED: 'BLUE',
  CANCELLED: 'GREY',
  UNKNOWN: 'UNKNOWN',
};
const CONDITION_STATE: Record<string, keyof typeof STATUS_COLOURS> = {
  MET: 'GREEN',
  AT_RISK: 'YELLOW',
  NOT_MET: 'RED',
  UNKNOWN: 'UNKNOWN',
};

export const SHAPES: Record<string, string> = {
  Initiative: 'box',
  Milestone: 'diamond',
  Risk: 'triangle',
  Condition: 'hexagon',
  Actor: 'ellipse',
};

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

function colourOf(node: NodeLike): keyof typeof STATUS_COLOURS {
  if (node.status !== undefined) return statusKey(node.status);
  if (node.milestoneStatus) return MILESTONE_STATUS[node.milestoneStatus] ?? 'UNKNOWN';
  if (node.state) return CONDITION_STATE[node.state] ?? 'UNKNOWN';
  return 'UNKNOWN';
}

export function toNetworkNode(
  node: NodeLike,
  highlight?: Highlight,
  rootIds?: ReadonlySet<string>,
): NetworkNode {
  const slip = highlight?.slipped.get(node.id);
  const cause = highlight?.causes.has(node.id);
  let colour = STATUS_COLOURS[colourOf(node)];
  if (node.__typename === 'Risk') colour = { fill: '#fff3e0', border: '#e65100', text: '#1b1f24' };
  if (node.__typename === 'Actor') colour = { fill: '#eceff1', border: '#455a64', text: '#1b1f24' };
  const labelInside = node.__typename === 'Initiative' || node.__typename === 'Actor';
  const dimmed = highlight && slip === undefined && !cause;
  const label = wrap(node.name) + (slip !== undefined ? `\n+${slip} d` : '');
  return {
    id: node.id,
    label,
    title: node.name,
    shape: SHAPES[node.__typename] ?? 'dot',
    color: {
      background: dimmed ? '#f4f6f8' : colour.fill,
      border: cause ? '#6a1b9a' : slip !== undefined ? '#c62828' : colour.border,
      highlight: { background: colour.fill, border: '#ffbf47' },
    },
    font: { color: labelInside && !dimmed ? colour.text : '#1b1f24', size: 14 },
    borderWidth: cause || slip !== undefined ? 5 : rootIds?.has(node.id) ? 4 : 1.5,
    ...(rootIds?.has(node.id) ? { shapeProperties: { borderDashes: false } } : {}),
    ...(labelInside ? {} : { size: 16 }),
  };
}
