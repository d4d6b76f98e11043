// The veikart timeline as an SVG of its own (not a screenshot of the DOM): lanes, bars in status
// colours, milestones as diamonds, count bars, year grid, today line, legend, title, period and date
// of export, A4 landscape wide. Drawn from the same TimelineData the view shows. Pure.
import { STATUS_COLOURS, type Status, statusKey } from '../../components/status';
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
  truncateToWidth,
} from '../../shared/export/svgText';
import type { TimelineGroup, TimelineItem } from '../../shared/vis/timelineItems';

export interface TimelineSvgLabels {
  title: string;
  /** Lines under the title: period, grouping and filters, date of export. */
  subtitle: string[];
  legendTitle: string;
  statuses: Record<Status | 'UNKNOWN', string>;
  milestone: string;
  bundle: string;
  today: string;
  footer: string;
}

export interface TimelineSvgInput {
  groups: readonly TimelineGroup[];
  items: readonly TimelineItem[];
  from: Date;
  to: Date;
  /** Today's line, drawn when within the period. */
  today: Date | null;
  labels: TimelineSvgLabels;
}

const MARGIN = 28;
const LABEL_COLUMN = 190;
const ROW = 17;
const BAR = 12;
const LANE_PAD = 5;
const NAME_SIZE = 9;
const MILESTONE_FILL: Record<string, string> = {
  DONE: STATUS_COLOURS.GREEN.fill,
  DELAYED: STATUS_COLOURS.RED.fill,
  CANCELLED: STATUS_COLOURS.GREY.fill,
};

const diamond = (x: number, y: number, r: number, fill: string) =>
  `<path d="M${num(x)},${num(y - r)} L${num(x + r)},${num(y)} L${num(x)},${num(y + r)} L${num(x - r)},${num(y)} Z" fill="${fill}" stroke="#1b1f24" stroke-width="1"/>`;

const halo = 'stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke"';

/** Places items on rows so that neither bars nor their names overlap (first fit, by start). */
function packRows(spans: readonly { start: number; end: number }[]): number[] {
  const rowEnds: number[] = [];
  const order = spans.map((_, i) => i).sort((a, b) => (spans[a]?.start ?? 0) - (spans[b]?.start ?? 0));
  const rows: number[] = new Array(spans.length).fill(0);
  for (const i of order) {
    const span = spans[i] as { start: number; end: number };
    let row = rowEnds.findIndex((end) => end <= span.start);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = span.end + 4;
    rows[i] = row;
  }
  return rows;
}

export function timelineSvg(input: TimelineSvgInput): string {
  const width = A4_LANDSCAPE_WIDTH;
  const x0 = MARGIN + LABEL_COLUMN;
  const x1 = width - MARGIN;
  const t0 = input.from.getTime();
  const t1 = Math.max(t0 + 1, input.to.getTime());
  const xOf = (d: Date) => x0 + ((Math.min(Math.max(d.getTime(), t0), t1) - t0) / (t1 - t0)) * (x1 - x0);
  const { labels } = input;
  const head = heading(labels.title, labels.subtitle, MARGIN);
  const body: string[] = [head.svg];

  // Year grid and labels.
  const axisY = head.height + 18;
  const lanesTop = axisY + 8;
  const grid: string[] = [];
  const years: string[] = [];
  for (let y = input.from.getFullYear(); y <= input.to.getFullYear() + 1; y++) {
    const at = new Date(y, 0, 1);
    if (at.getTime() < t0 || at.getTime() > t1) continue;
    const x = xOf(at);
    grid.push(
      `<line x1="${num(x)}" x2="${num(x)}" y1="${lanesTop}" y2="@BOTTOM" stroke="#d0d7de" stroke-width="1"/>`,
    );
    years.push(`<text x="${num(x + 3)}" y="${axisY}" font-size="10" fill="#3d4752">${y}</text>`);
  }

  // Lanes.
  const lanes: string[] = [];
  let y = lanesTop;
  for (const group of [...input.groups].sort((a, b) => a.order - b.order)) {
    const items = input.items.filter((i) => i.group === group.id);
    if (items.length === 0) continue;
    const spans = items.map((item) => {
      const start = xOf(item.start);
      const name = item.label ?? '';
      if (item.type === 'point') return { start: start - 6, end: start + 8 + textWidth(name, NAME_SIZE) };
      const end = xOf(item.end ?? item.start);
      return { start, end: Math.max(end, start + 4 + textWidth(name, NAME_SIZE)) };
    });
    const rows = packRows(spans);
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = rowCount * ROW + 2 * LANE_PAD;
    const laneName = group.title || group.content;
    lanes.push(
      `<g class="lane" data-lane="${escapeXml(group.id)}">`,
      `<rect x="${MARGIN}" y="${num(y)}" width="${width - 2 * MARGIN}" height="${num(height)}" fill="${lanes.length % 2 ? '#ffffff' : '#f6f8fa'}"/>`,
      `<text class="lane-label" x="${MARGIN + 4}" y="${num(y + LANE_PAD + 11)}" font-size="10" font-weight="bold">${escapeXml(truncateToWidth(decodeEntities(laneName), LABEL_COLUMN - 10, 10))}</text>`,
    );
    items.forEach((item, i) => {
      const top = y + LANE_PAD + (rows[i] ?? 0) * ROW;
      const mid = top + BAR / 2;
      const name = item.label ?? '';
      const start = xOf(item.start);
      if (item.type === 'point') {
        const fill = MILESTONE_FILL[item.status ?? ''] ?? STATUS_COLOURS.BLUE.fill;
        lanes.push(
          `<g class="milestone">${diamond(start, mid, 5, fill)}<text x="${num(start + 8)}" y="${num(mid + 3)}" font-size="${NAME_SIZE}" ${halo}>${escapeXml(name)}</text></g>`,
        );
        return;
      }
      const end = xOf(item.end ?? item.start);
      const w = Math.max(2, end - start);
      if (item.className.includes('vk-bundle')) {
        lanes.push(
          `<g class="bundle"><rect x="${num(start)}" y="${num(top)}" width="${num(w)}" height="${BAR}" rx="2" fill="#e3eef7" stroke="#5b7c99"/><text x="${num(start + 3)}" y="${num(mid + 3)}" font-size="${NAME_SIZE}">${escapeXml(truncateToWidth(name, w - 4, NAME_SIZE))}</text></g>`,
        );
        return;
      }
      const colour = STATUS_COLOURS[statusKey(item.status)];
      lanes.push(
        `<g class="bar" data-status="${statusKey(item.status)}"><rect x="${num(start)}" y="${num(top)}" width="${num(w)}" height="${BAR}" rx="2" fill="${colour.fill}" stroke="${colour.border}"/><text x="${num(start + 3)}" y="${num(mid + 3)}" font-size="${NAME_SIZE}" ${halo}>${escapeXml(name)}</text></g>`,
      );
    });
    lanes.push('</g>');
    y += height;
  }
  const bottom = y;
  body.push(...years, ...grid.map((line) => line.replace('@BOTTOM', num(bottom))), ...lanes);
  body.push(
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="${num(bottom)}" y2="${num(bottom)}" stroke="#8c959f"/>`,
  );

  if (input.today && input.today.getTime() >= t0 && input.today.getTime() <= t1) {
    const x = xOf(input.today);
    body.push(
      `<g class="today"><line x1="${num(x)}" x2="${num(x)}" y1="${lanesTop - 6}" y2="${num(bottom)}" stroke="#c62828" stroke-width="2"/><text x="${num(x + 3)}" y="${lanesTop - 8}" font-size="9" fill="#c62828" font-weight="bold">${escapeXml(labels.today)}</text></g>`,
    );
  }

  const entries: LegendEntry[] = [
    ...(['GREEN', 'YELLOW', 'RED', 'BLUE', 'GREY', 'UNKNOWN'] as const).map((s) => ({
      label: labels.statuses[s],
      mark: swatch(STATUS_COLOURS[s].fill, STATUS_COLOURS[s].border),
    })),
    { label: labels.milestone, mark: diamond(7, 7, 5, STATUS_COLOURS.BLUE.fill) },
    ...(input.items.some((i) => i.className.includes('vk-bundle'))
      ? [{ label: labels.bundle, mark: swatch('#e3eef7', '#5b7c99') }]
      : []),
    { label: labels.today, mark: '<line x1="7" x2="7" y1="0" y2="14" stroke="#c62828" stroke-width="2"/>' },
  ];
  const key = legend(entries, MARGIN, bottom + 14, width - 2 * MARGIN, labels.legendTitle);
  body.push(key.svg);
  const footerY = bottom + 14 + key.height + 14;
  body.push(
    `<text class="footer" x="${MARGIN}" y="${num(footerY)}" font-size="9" fill="#58606b">${escapeXml(labels.footer)}</text>`,
  );
  return svgDocument(width, footerY + MARGIN / 2, labels.title, body.join('\n'));
}

/** Lane labels arrive HTML-escaped for vis-timeline (&#38; …); the SVG escapes on its own. */
function decodeEntities(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
