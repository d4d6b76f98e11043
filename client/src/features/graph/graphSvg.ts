// The dependency graph as an SVG: the nodes where the view placed them (vis-network's positions, or
// graphLayout's), in their shapes and status colours, the edges as the view draws them, with title,
// subtitle, legend and date of export. Scaled to A4 landscape width. Pure.
import { STATUS_COLOURS, type Status } from '../../components/status';
import {
  A4_LANDSCAPE_WIDTH,
  escapeXml,
  heading,
  type LegendEntry,
  legend,
  num,
  svgDocument,
  swatch,
  textWidth,
} from '../../shared/export/svgText';
import type { NetworkEdge, NetworkNode } from '../../shared/vis/networkNodes';

export interface GraphSvgLabels {
  title: string;
  subtitle: string[];
  legendTitle: string;
  statuses: Record<Status | 'UNKNOWN', string>;
  /** Shape name (box, diamond, …) → kind name, for the legend. */
  shapes: Record<string, string>;
  footer: string;
}

export interface GraphSvgInput {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  positions: ReadonlyMap<string, { x: number; y: number }>;
  labels: GraphSvgLabels;
}

const MARGIN = 28;
const FONT_SIZE = 12;
const LINE = 15;
const MARK = 14;

interface Placed {
  node: NetworkNode;
  x: number;
  y: number;
  lines: string[];
  /** Half width and half height of what is drawn (shape and label). */
  hw: number;
  hh: number;
  inside: boolean;
}

function place(node: NetworkNode, at: { x: number; y: number }): Placed {
  const lines = node.label.split('\n');
  const inside = node.shape === 'box' || node.shape === 'ellipse';
  const textW = Math.max(...lines.map((l) => textWidth(l, FONT_SIZE)));
  if (inside) {
    const hw = Math.min(210, textW + 16) / 2 + (node.shape === 'ellipse' ? 10 : 0);
    return { node, x: at.x, y: at.y, lines, hw, hh: (lines.length * LINE + 14) / 2, inside };
  }
  return { node, x: at.x, y: at.y, lines, hw: Math.max(MARK, textW / 2), hh: MARK, inside };
}

function shape(p: Placed): string {
  const { x, y, node } = p;
  const fill = node.color.background;
  const stroke = node.color.border;
  const sw = num(Math.min(node.borderWidth, 4));
  const style = `fill="${fill}" stroke="${stroke}" stroke-width="${sw}"`;
  const r = MARK;
  switch (node.shape) {
    case 'box':
      return `<rect x="${num(x - p.hw)}" y="${num(y - p.hh)}" width="${num(2 * p.hw)}" height="${num(2 * p.hh)}" rx="4" ${style}/>`;
    case 'ellipse':
      return `<ellipse cx="${num(x)}" cy="${num(y)}" rx="${num(p.hw)}" ry="${num(p.hh)}" ${style}/>`;
    case 'diamond':
      return `<path d="M${num(x)},${num(y - r)} L${num(x + r)},${num(y)} L${num(x)},${num(y + r)} L${num(x - r)},${num(y)} Z" ${style}/>`;
    case 'triangle':
      return `<path d="M${num(x)},${num(y - r)} L${num(x + r)},${num(y + r * 0.8)} L${num(x - r)},${num(y + r * 0.8)} Z" ${style}/>`;
    case 'hexagon': {
      const points = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${num(x + r * Math.cos(a))},${num(y + r * Math.sin(a))}`;
      });
      return `<polygon points="${points.join(' ')}" ${style}/>`;
    }
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r * 0.7)}" ${style}/>`;
  }
}

function dashArray(dashes: NetworkEdge['dashes']): string {
  if (!dashes) return '';
  return ` stroke-dasharray="${Array.isArray(dashes) ? dashes.join(' ') : '6 4'}"`;
}

function label(p: Placed): string {
  const top = p.inside ? p.y - ((p.lines.length - 1) * LINE) / 2 + 4 : p.y + MARK + 14;
  const colour = p.inside ? p.node.font.color : '#1b1f24';
  const spans = p.lines
    .map((line, i) => `<tspan x="${num(p.x)}" y="${num(top + i * LINE)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text text-anchor="middle" font-size="${FONT_SIZE}" fill="${colour}">${spans}</text>`;
}

export function graphSvg(input: GraphSvgInput): string {
  const placed = new Map<string, Placed>();
  for (const node of input.nodes) {
    const at = input.positions.get(node.id);
    if (at) placed.set(node.id, place(node, at));
  }
  const all = [...placed.values()];
  const minX = Math.min(...all.map((p) => p.x - p.hw), 0);
  const maxX = Math.max(...all.map((p) => p.x + p.hw), 1);
  const minY = Math.min(...all.map((p) => p.y - p.hh), 0);
  const maxY = Math.max(...all.map((p) => p.y + p.hh + (p.inside ? 0 : p.lines.length * LINE + 4)), 1);
  const width = A4_LANDSCAPE_WIDTH;
  // Shrink a wide graph to the page; never enlarge a small one.
  const scale = Math.min(1, (width - 2 * MARGIN) / (maxX - minX));
  const { labels } = input;
  const head = heading(labels.title, labels.subtitle, MARGIN);
  const top = head.height + 20;
  const offsetX = MARGIN + (width - 2 * MARGIN - (maxX - minX) * scale) / 2 - minX * scale;
  const offsetY = top - minY * scale;

  const edges: string[] = [];
  for (const edge of input.edges) {
    const a = placed.get(edge.from);
    const b = placed.get(edge.to);
    if (!a || !b) continue;
    const x1 = a.x + a.hw;
    const x2 = b.x - b.hw;
    const bend = Math.max(30, Math.abs(x2 - x1) * 0.45);
    const colour = edge.color.color;
    const marker = colour === '#c62828' ? 'arrow-hot' : colour === '#e65100' ? 'arrow-risk' : 'arrow';
    edges.push(
      `<path class="edge" d="M${num(x1)},${num(a.y)} C${num(x1 + bend)},${num(a.y)} ${num(x2 - bend)},${num(b.y)} ${num(x2)},${num(b.y)}" fill="none" stroke="${colour}" stroke-width="${num(edge.width)}"${dashArray(edge.dashes)} marker-end="url(#${marker})"/>`,
    );
  }
  const nodes = all.map(
    (p) =>
      `<g class="node" data-id="${escapeXml(p.node.id)}" data-shape="${p.node.shape}">${shape(p)}${label(p)}</g>`,
  );
  const arrowHead = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  const graphHeight = (maxY - minY) * scale;
  const entries: LegendEntry[] = [
    ...(['GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY', 'UNKNOWN'] as const).map((s) => ({
      label: labels.statuses[s],
      mark: swatch(STATUS_COLOURS[s].fill, STATUS_COLOURS[s].border),
    })),
    ...Object.entries(labels.shapes).map(([shapeName, text]) => ({
      label: text,
      mark: `<g transform="translate(7,7) scale(0.45)">${shape({
        node: {
          shape: shapeName,
          color: { background: '#ffffff', border: '#1b1f24' },
          borderWidth: 2,
        } as NetworkNode,
        x: 0,
        y: 0,
        lines: [],
        hw: 16,
        hh: 12,
        inside: false,
      })}</g>`,
    })),
  ];
  const legendY = top + graphHeight + 24;
  const key = legend(entries, MARGIN, legendY, width - 2 * MARGIN, labels.legendTitle);
  const footerY = legendY + key.height + 14;
  const body = [
    `<defs>${arrowHead('arrow', '#607080')}${arrowHead('arrow-hot', '#c62828')}${arrowHead('arrow-risk', '#e65100')}</defs>`,
    head.svg,
    `<g class="graph" transform="translate(${num(offsetX)},${num(offsetY)}) scale(${scale.toFixed(4)})">`,
    ...edges,
    ...nodes,
    '</g>',
    key.svg,
    `<text class="footer" x="${MARGIN}" y="${num(footerY)}" font-size="9" fill="#58606b">${escapeXml(labels.footer)}</text>`,
  ];
  return svgDocument(width, footerY + MARGIN / 2, labels.title, body.join('\n'));
}
