// The veikart timeline as a drawing (./shapes.ts): the one renderer behind the PNG, SVG, PDF and
// PowerPoint exports, so every format puts every bar and milestone at the same place. Pure: roadmap
// rows, period, page size and words in; pages of shapes out.
//
// Geometry: a date covers the days of its precision ("2025" is 1 January – 31 December 2025). A bar
// runs from its start's first day to its end's last day, pale over the whole span and solid only
// where both ends are certain (from the start period's end to the end period's start). A milestone is
// drawn as its whole period (a pale band) with its diamond in the middle of it; a day-precision one
// is a diamond on that day. Names wrap at words in the label column; milestone names are printed
// under their initiative's bar, packed so they never overlap. A long period is split over pages by
// whole years, many rows over pages by height, balanced so no last page is nearly empty.
import { formatPrecisionDate, parsePrecisionDate, toDayNumber, toIsoDay } from '../dates/index.js';
import type { DateSpan } from '../model/dateValue.js';
import {
  type DependencyType,
  type Locale,
  MILESTONE_STATUS,
  STATUS_COLOUR,
  STATUS_MEANING,
  STATUS_PALETTE,
  UNKNOWN_STATUS,
} from '../model/vocabulary.js';
import {
  type Drawing,
  type DrawingPage,
  LINE_HEIGHT,
  PAGE_SIZES,
  type PageFormat,
  type Shape,
} from './shapes.js';
import { ellipsize, textWidth, wrapText } from './textMetrics.js';

/**
 * A tiltak's name gets up to four lines beside its bar: the 2024 veikart's longest names ("Actor:
 * what happens", up to ~135 characters) fit whole on a slide, so none is cut; a longer one ends in "…".
 */
const NAME_LINES = 4;

export interface TimelineRowInput {
  id: string;
  kind: 'initiative' | 'milestone';
  name: string;
  start: DateSpan | null;
  end: DateSpan | null;
  status: string | null;
  /** For a milestone: its initiative (the row it is drawn on). */
  initiativeId: string | null;
  dependencies: readonly { targetId: string; type: DependencyType }[];
}

export interface TimelineLaneInput {
  key: string;
  label: string;
  rows: readonly TimelineRowInput[];
}

export interface TimelineDrawingInput {
  from: string;
  to: string;
  lanes: readonly TimelineLaneInput[];
  locale: Locale;
  page: PageFormat;
  title: string;
  /** What the picture shows, one line each: period and grouping, filter, data per / exported. */
  subtitle: readonly string[];
  /** At most this many months a page; longer periods are split into whole years (default by page). */
  maxMonths?: number;
}

export const COLOURS = {
  ink: '#1b1f24',
  muted: '#58606b',
  rule: '#c9ced6',
  faint: '#e3e6ea',
  band: '#e8eef4',
  stripe: '#f7f8fa',
  accent: '#005b7f',
  link: '#7a828c',
  white: '#ffffff',
} as const;

/** The words the timeline prints; the other exports share them (server/export/labels.ts). */
export const TIMELINE_WORDS = {
  legend: { nb: 'Tegnforklaring', en: 'Legend' },
  uncertain: { nb: 'blek: usikker start/slutt', en: 'pale: uncertain start/end' },
  milestone: {
    nb: 'Milepæl (blekt felt: hele perioden datoen gjelder)',
    en: 'Milestone (pale band: the period its date covers)',
  },
  dependency: { nb: 'Avhengighet', en: 'Dependency' },
  thisPage: { nb: 'Denne siden', en: 'This page' },
  page: { nb: 'Side', en: 'Page' },
  continued: { nb: 'forts.', en: 'cont.' },
  of: { nb: 'av', en: 'of' },
  noItems: {
    nb: 'Ingen tiltak i perioden med dette filteret.',
    en: 'No items in the period with this filter.',
  },
  quarter: { nb: (q: number) => `${q}. kv.`, en: (q: number) => `Q${q}` },
} as const;

/** Sizes for a page format: the base text size and what follows from it. */
function metricsOf(page: PageFormat) {
  const base = page === 'slide' ? 9.5 : page === 'A3' ? 8.5 : 7.5;
  const { width, height } = PAGE_SIZES[page];
  return {
    width,
    height,
    base,
    margin: page === 'slide' ? 24 : 28,
    labelWidth: Math.round(width * (page === 'slide' ? 0.22 : 0.21)),
    bar: base * 1.25,
    milestoneSize: base * 0.85,
    lane: base * 1.9,
    pad: base * 0.35,
    axis: base * 3.4,
    footer: base * 2,
    maxMonths: page === 'A3' ? 72 : 48,
  };
}
type Metrics = ReturnType<typeof metricsOf>;

/** Splits [from, to] into windows: one when it fits in `months`, otherwise whole years. */
export function timeWindows(from: string, to: string, months: number): { from: string; to: string }[] {
  const monthsOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  if (monthsOf(to) - monthsOf(from) + 1 <= months) return [{ from, to }];
  const years = Math.max(1, Math.floor(months / 12));
  const out: { from: string; to: string }[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += years) {
    const start = `${y}-01-01` < from ? from : `${y}-01-01`;
    const end = `${y + years - 1}-12-31` > to ? to : `${y + years - 1}-12-31`;
    out.push({ from: start, to: end });
  }
  return out;
}

type Line =
  | { kind: 'lane'; label: string; height: number }
  | {
      kind: 'item';
      row: TimelineRowInput;
      milestones: TimelineRowInput[];
      nameLines: string[];
      height: number;
      /** The bar and its milestone labels' height, centred in the row. */
      chartHeight: number;
    };

/** The days an item covers: [first, last + 1) as day numbers; null when undated. */
function spanDays(r: TimelineRowInput): { first: number; end: number } | null {
  const start = r.start ?? r.end;
  const end = r.end ?? r.start;
  if (!start || !end) return null;
  return { first: toDayNumber(start.first), end: toDayNumber(end.last) + 1 };
}

function touches(line: Extract<Line, { kind: 'item' }>, first: number, end: number): boolean {
  const span = spanDays(line.row);
  if (span && span.first < end && span.end > first) return true;
  return line.milestones.some((m) => {
    const s = spanDays(m);
    return !!s && s.first < end && s.end > first;
  });
}

/** Milestone labels of a row: their x and the sub-line each goes on (first fit, never overlapping). */
function placeMilestoneLabels(
  milestones: readonly { id: string; x: number; name: string }[],
  size: number,
  left: number,
  right: number,
): { id: string; x: number; w: number; line: number; text: string }[] {
  const lineEnds: number[] = [];
  const out: { id: string; x: number; w: number; line: number; text: string }[] = [];
  for (const m of [...milestones].sort((a, b) => a.x - b.x)) {
    const text = ellipsize(m.name, Math.min(right - left, size * 45), size);
    const w = textWidth(text, size);
    // Starts at the diamond, or ends at it when it would run off the chart.
    const x = m.x + w + 2 <= right ? Math.max(left, m.x - 2) : Math.max(left, m.x - w + 2);
    let line = lineEnds.findIndex((end) => end <= x);
    if (line < 0) line = lineEnds.push(0) - 1;
    lineEnds[line] = x + w + size * 0.6;
    out.push({ id: m.id, x, w, line, text });
  }
  return out;
}

const statusFill = (status: string | null) =>
  (STATUS_PALETTE as Record<string, { fill: string; border: string }>)[status ?? 'unknown'] ??
  STATUS_PALETTE.unknown;

function milestoneFill(status: string | null): string {
  if (status === 'done') return STATUS_PALETTE.green.fill;
  if (status === 'delayed') return STATUS_PALETTE.red.fill;
  if (status === 'cancelled') return STATUS_PALETTE.grey.fill;
  return COLOURS.white;
}

export function drawTimeline(input: TimelineDrawingInput): Drawing {
  const m = metricsOf(input.page);
  const { locale } = input;
  const chartX = m.margin + m.labelWidth;
  const chartW = m.width - m.margin - chartX;
  const header = drawHeader(input, m);
  const bodyTop = header.height + m.axis;
  const bodyBottom = m.height - m.margin - m.footer;
  const nameSize = m.base;
  const nameWidth = m.labelWidth - m.base;

  const lines: Line[] = [];
  for (const lane of input.lanes) {
    lines.push({ kind: 'lane', label: lane.label, height: m.lane });
    for (const row of lane.rows) {
      if (row.kind !== 'initiative') continue;
      const nameLines = wrapText(row.name, nameWidth, nameSize, false, NAME_LINES);
      lines.push({
        kind: 'item',
        row,
        milestones: lane.rows.filter((r) => r.kind === 'milestone' && r.initiativeId === row.id),
        nameLines,
        height: 0,
        chartHeight: 0,
      });
    }
  }

  const windows = timeWindows(input.from, input.to, input.maxMonths ?? m.maxMonths);
  const pages: { window: { first: number; last: number }; lines: Line[] }[] = [];
  for (const win of windows) {
    const first = toDayNumber(win.from);
    const last = toDayNumber(win.to);
    const xOf = xScale(first, last, chartX, chartW);
    // Rows touching the window, each with its height for this window's milestone labels.
    const shown: Line[] = [];
    let lane: Line | null = null;
    for (const line of lines) {
      if (line.kind === 'lane') lane = line;
      else if (touches(line, first, last + 1)) {
        if (lane) shown.push(lane);
        lane = null;
        const labels = placeMilestoneLabels(
          line.milestones.flatMap((ms) => {
            const x = milestoneX(ms, first, last, xOf);
            return x === null ? [] : [{ id: ms.id, x, name: ms.name }];
          }),
          m.milestoneSize,
          chartX,
          chartX + chartW,
        );
        const labelLines = labels.length ? Math.max(...labels.map((l) => l.line)) + 1 : 0;
        const chartHeight = m.bar + labelLines * m.milestoneSize * LINE_HEIGHT;
        const nameHeight = line.nameLines.length * nameSize * LINE_HEIGHT;
        shown.push({ ...line, chartHeight, height: Math.max(chartHeight, nameHeight) + 2 * m.pad });
      }
    }
    // Room is kept for a lane heading repeated at the top of a page that continues a lane.
    for (const part of paginate(shown, bodyBottom - bodyTop - m.lane)) {
      const head = part[0];
      if (head?.kind === 'item') {
        let lane: Line | undefined;
        for (const l of shown.slice(0, shown.indexOf(head))) if (l.kind === 'lane') lane = l;
        if (lane?.kind === 'lane')
          part.unshift({ ...lane, label: `${lane.label} (${TIMELINE_WORDS.continued[locale]})` });
      }
      pages.push({ window: { first, last }, lines: part });
    }
  }

  const drawn: DrawingPage[] = pages.map(({ window, lines: part }, index) => {
    const shapes: Shape[] = [...header.shapes];
    const xOf = xScale(window.first, window.last, chartX, chartW);
    if (windows.length > 1) {
      const label = `${TIMELINE_WORDS.thisPage[locale]}: ${dayText(toIsoDay(window.first), locale)} – ${dayText(toIsoDay(window.last), locale)}`;
      shapes.push(text(m.margin, header.height - m.base * 1.5, chartW, [label], m.base, COLOURS.muted));
    }
    const contentBottom = bodyTop + part.reduce((sum, l) => sum + l.height, 0);
    shapes.push(...drawAxis(window, xOf, chartX, chartW, bodyTop, contentBottom, m, locale));
    const yOf = new Map<string, number>();
    let y = bodyTop;
    let stripe = false;
    for (const line of part) {
      if (line.kind === 'lane') {
        shapes.push({
          type: 'rect',
          x: m.margin,
          y,
          w: m.width - 2 * m.margin,
          h: line.height,
          fill: COLOURS.band,
        });
        shapes.push(
          text(
            m.margin + m.base * 0.4,
            y + (line.height - m.base * 1.05 * LINE_HEIGHT) / 2,
            m.width - 2 * m.margin - m.base,
            [ellipsize(line.label, m.width - 2 * m.margin - m.base, m.base * 1.05, true)],
            m.base * 1.05,
            COLOURS.accent,
            true,
          ),
        );
        y += line.height;
        stripe = false;
        continue;
      }
      if (stripe)
        shapes.push({
          type: 'rect',
          x: m.margin,
          y,
          w: m.width - 2 * m.margin,
          h: line.height,
          fill: COLOURS.stripe,
        });
      stripe = !stripe;
      shapes.push({
        ...text(m.margin + m.base * 0.4, y + m.pad, nameWidth, line.nameLines, nameSize, COLOURS.ink),
        itemId: line.row.id,
      });
      const barTop = y + (line.height - line.chartHeight) / 2;
      const mid = barTop + m.bar / 2;
      shapes.push(...drawBar(line.row, window, xOf, barTop, m.bar));
      yOf.set(line.row.id, mid);
      const marks: { id: string; x: number; name: string }[] = [];
      for (const ms of line.milestones) {
        const x = milestoneX(ms, window.first, window.last, xOf);
        if (x === null) continue;
        yOf.set(ms.id, mid);
        marks.push({ id: ms.id, x, name: ms.name });
        shapes.push(...drawMilestone(ms, window, xOf, barTop, m.bar));
      }
      for (const label of placeMilestoneLabels(marks, m.milestoneSize, chartX, chartX + chartW)) {
        const top = barTop + m.bar + label.line * m.milestoneSize * LINE_HEIGHT;
        shapes.push({
          ...text(label.x, top, label.w + 1, [label.text], m.milestoneSize, COLOURS.ink),
          itemId: label.id,
        });
      }
      y += line.height;
    }
    shapes.push(...drawDependencies(part, yOf, xOf, window, m));
    if (part.length === 0)
      shapes.push(
        text(
          chartX,
          bodyTop + m.base * 2,
          chartW,
          [TIMELINE_WORDS.noItems[locale]],
          m.base * 1.2,
          COLOURS.muted,
        ),
      );
    shapes.push({
      type: 'line',
      x1: m.margin,
      y1: y,
      x2: m.width - m.margin,
      y2: y,
      stroke: COLOURS.rule,
      width: 0.5,
    });
    // Footer: what this is and where it is in the set.
    const footY = m.height - m.margin - m.base;
    const where = `${input.title} · ${dayText(toIsoDay(window.first), locale)} – ${dayText(toIsoDay(window.last), locale)}`;
    shapes.push(
      text(m.margin, footY, chartW, [ellipsize(where, chartW, m.base * 0.9)], m.base * 0.9, COLOURS.muted),
    );
    shapes.push(
      text(
        m.width - m.margin - 120,
        footY,
        120,
        [`${TIMELINE_WORDS.page[locale]} ${index + 1} ${TIMELINE_WORDS.of[locale]} ${pages.length}`],
        m.base * 0.9,
        COLOURS.muted,
        false,
        'right',
      ),
    );
    return { shapes };
  });
  return { width: m.width, height: m.height, title: input.title, pages: drawn };
}

const dayText = (iso: string, locale: Locale) => formatPrecisionDate(parsePrecisionDate(iso), locale);

function text(
  x: number,
  y: number,
  w: number,
  lines: string[],
  size: number,
  colour: string,
  bold = false,
  align: 'left' | 'center' | 'right' = 'left',
): Extract<Shape, { type: 'text' }> {
  return { type: 'text', x, y, w, lines, size, colour, bold, align };
}

function xScale(first: number, last: number, chartX: number, chartW: number) {
  const span = last - first + 1;
  return (day: number) => chartX + ((Math.min(Math.max(day, first), last + 1) - first) / span) * chartW;
}

/** Where a milestone's diamond goes: the middle of the period its date covers; null outside. */
function milestoneX(
  ms: TimelineRowInput,
  first: number,
  last: number,
  xOf: (d: number) => number,
): number | null {
  const span = spanDays(ms);
  if (!span) return null;
  const middle = (span.first + span.end) / 2;
  if (middle < first || middle > last + 1) return null;
  return xOf(middle);
}

/** Rows into pages no taller than `limit`; a lane heading never ends a page. */
function greedyPages(lines: Line[], limit: number): Line[][] {
  const chunks: Line[][] = [];
  let chunk: Line[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const orphan = line.kind === 'lane' && used + line.height + (lines[i + 1]?.height ?? 0) > limit;
    if (chunk.length && (used + line.height > limit || orphan)) {
      chunks.push(chunk);
      chunk = [];
      used = 0;
    }
    chunk.push(line);
    used += line.height;
  }
  if (chunk.length || chunks.length === 0) chunks.push(chunk);
  return chunks;
}

/**
 * Rows into as few pages of `height` as they need, filled evenly: the lowest page height that still
 * needs no more pages, so a last page is never a stub.
 */
function paginate(lines: Line[], height: number): Line[][] {
  const fewest = greedyPages(lines, height).length;
  let lo = 0;
  let hi = height;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (greedyPages(lines, mid).length <= fewest) hi = mid;
    else lo = mid;
  }
  return greedyPages(lines, hi);
}

function drawBar(
  r: TimelineRowInput,
  w: { first: number; last: number },
  xOf: (d: number) => number,
  top: number,
  h: number,
): Shape[] {
  const span = spanDays(r);
  if (!span || span.end <= w.first || span.first > w.last) return [];
  const colour = statusFill(r.status);
  const x0 = xOf(span.first);
  const x1 = Math.max(xOf(span.end), x0 + 1.5);
  const shapes: Shape[] = [
    // Outlined, so a pale span is seen even in the palest status colour.
    {
      type: 'rect',
      x: x0,
      y: top,
      w: x1 - x0,
      h,
      fill: colour.fill,
      opacity: 0.4,
      stroke: colour.border,
      itemId: r.id,
    },
  ];
  const start = r.start ?? r.end;
  const end = r.end ?? r.start;
  if (start && end) {
    const a = xOf(toDayNumber(start.last) + 1);
    const b = xOf(toDayNumber(end.first));
    if (b > a)
      shapes.push({ type: 'rect', x: a, y: top, w: b - a, h, fill: colour.fill, stroke: colour.border });
  }
  return shapes;
}

function drawMilestone(
  ms: TimelineRowInput,
  w: { first: number; last: number },
  xOf: (d: number) => number,
  top: number,
  h: number,
): Shape[] {
  const span = spanDays(ms);
  if (!span) return [];
  const x0 = xOf(span.first);
  const x1 = xOf(span.end);
  const cx = xOf((span.first + span.end) / 2);
  const shapes: Shape[] = [];
  // The period a coarse date covers, so "2025" is never read as one day.
  if (span.end - span.first > 1 && x1 - x0 > 2) {
    shapes.push({
      type: 'rect',
      x: x0,
      y: top + h * 0.2,
      w: x1 - x0,
      h: h * 0.6,
      fill: COLOURS.accent,
      opacity: 0.18,
    });
  }
  void w;
  shapes.push({
    type: 'diamond',
    cx,
    cy: top + h / 2,
    r: h * 0.48,
    fill: milestoneFill(ms.status),
    stroke: COLOURS.ink,
    itemId: ms.id,
  });
  return shapes;
}

function drawDependencies(
  part: Line[],
  yOf: Map<string, number>,
  xOf: (d: number) => number,
  w: { first: number; last: number },
  m: Metrics,
): Shape[] {
  const shown = part.flatMap((l) => (l.kind === 'item' ? [l.row, ...l.milestones] : []));
  const byId = new Map(shown.map((r) => [r.id, r]));
  const shapes: Shape[] = [];
  const stroke = COLOURS.link;
  for (const succ of shown) {
    for (const dep of succ.dependencies) {
      const pred = byId.get(dep.targetId);
      const y1 = yOf.get(dep.targetId);
      const y2 = yOf.get(succ.id);
      const p = pred && spanDays(pred);
      const s = spanDays(succ);
      if (!p || !s || y1 === undefined || y2 === undefined || y1 === y2) continue;
      // From the predecessor's constraining end to the successor's constrained end.
      const fromDay = dep.type === 'SS' || dep.type === 'SF' ? p.first : p.end;
      const toDay = dep.type === 'FF' || dep.type === 'SF' ? s.end : s.first;
      if (Math.max(fromDay, toDay) < w.first || Math.min(fromDay, toDay) > w.last + 1) continue;
      const x1 = xOf(fromDay);
      const x2 = xOf(toDay);
      const midX = Math.max(x1 + 3, Math.min(x2 - 3, x1 + m.base));
      shapes.push(
        { type: 'line', x1, y1, x2: midX, y2: y1, stroke, width: 0.5 },
        { type: 'line', x1: midX, y1, x2: midX, y2, stroke, width: 0.5 },
        { type: 'line', x1: midX, y1: y2, x2, y2, stroke, width: 0.5, arrow: true },
      );
    }
  }
  return shapes;
}

function drawAxis(
  w: { first: number; last: number },
  xOf: (d: number) => number,
  chartX: number,
  chartW: number,
  top: number,
  bottom: number,
  m: Metrics,
  locale: Locale,
): Shape[] {
  const shapes: Shape[] = [];
  const y0 = top - m.axis;
  const firstYear = Number(toIsoDay(w.first).slice(0, 4));
  const lastYear = Number(toIsoDay(w.last).slice(0, 4));
  const quarterSize = m.base * 0.85;
  for (let year = firstYear; year <= lastYear; year++) {
    for (let q = 0; q < 4; q++) {
      const d = toDayNumber(`${year}-${String(q * 3 + 1).padStart(2, '0')}-01`);
      const dEnd = toDayNumber(
        q === 3 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 4).padStart(2, '0')}-01`,
      );
      if (dEnd <= w.first || d > w.last) continue;
      const x = xOf(d);
      const xe = xOf(dEnd);
      if (d >= w.first) {
        shapes.push({
          type: 'line',
          x1: x,
          y1: q === 0 ? y0 + m.base * 0.4 : top - m.base * 1.2,
          x2: x,
          y2: bottom,
          stroke: q === 0 ? COLOURS.rule : COLOURS.faint,
          width: q === 0 ? 0.6 : 0.3,
        });
      }
      const label = TIMELINE_WORDS.quarter[locale](q + 1);
      if (xe - x >= textWidth(label, quarterSize) + 2) {
        shapes.push(
          text(
            x,
            top - quarterSize * LINE_HEIGHT - 1,
            xe - x,
            [label],
            quarterSize,
            COLOURS.muted,
            false,
            'center',
          ),
        );
      }
    }
    const ys = Math.max(toDayNumber(`${year}-01-01`), w.first);
    const ye = Math.min(toDayNumber(`${year + 1}-01-01`), w.last + 1);
    const size = m.base * 1.1;
    if (xOf(ye) - xOf(ys) >= textWidth(String(year), size, true)) {
      shapes.push(
        text(
          xOf(ys),
          y0 + m.base * 0.4,
          xOf(ye) - xOf(ys),
          [String(year)],
          size,
          COLOURS.ink,
          true,
          'center',
        ),
      );
    }
  }
  shapes.push({
    type: 'line',
    x1: chartX,
    y1: top,
    x2: chartX + chartW,
    y2: top,
    stroke: COLOURS.muted,
    width: 0.6,
  });
  return shapes;
}

/** Title, what is shown, and the legend; the same on every page. */
function drawHeader(input: TimelineDrawingInput, m: Metrics): { shapes: Shape[]; height: number } {
  const { locale } = input;
  const shapes: Shape[] = [];
  const legendWidth = m.width * 0.4;
  const leftWidth = m.width - 2 * m.margin - legendWidth - m.base * 2;
  const titleSize = m.base * 2;
  const titleLines = wrapText(input.title, leftWidth, titleSize, true, 2);
  shapes.push(text(m.margin, m.margin, leftWidth, titleLines, titleSize, COLOURS.accent, true));
  let y = m.margin + titleLines.length * titleSize * LINE_HEIGHT + m.base * 0.3;
  const subSize = m.base * 1.05;
  for (const line of input.subtitle) {
    const wrapped = wrapText(line, leftWidth, subSize, false, 2);
    shapes.push(text(m.margin, y, leftWidth, wrapped, subSize, COLOURS.ink));
    y += wrapped.length * subSize * LINE_HEIGHT;
  }
  const legend = drawLegend(m.width - m.margin - legendWidth, m.margin, legendWidth, m, locale);
  shapes.push(...legend.shapes);
  // Room for the "this page" line of split periods.
  return { shapes, height: Math.max(y, legend.bottom) + m.base * 2 };
}

function drawLegend(
  x: number,
  y: number,
  width: number,
  m: Metrics,
  locale: Locale,
): { shapes: Shape[]; bottom: number } {
  const size = m.base * 0.9;
  const lineH = size * LINE_HEIGHT + 3;
  const shapes: Shape[] = [text(x, y, width, [TIMELINE_WORDS.legend[locale]], size, COLOURS.ink, true)];
  let cx = x;
  let cy = y + lineH;
  const box = size * 1.4;
  const entry = (label: string, mark: (x: number, y: number) => Shape[]) => {
    const w = box + 3 + textWidth(label, size) + size;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += lineH;
    }
    shapes.push(
      ...mark(cx, cy),
      text(cx + box + 3, cy, textWidth(label, size) + 1, [label], size, COLOURS.ink),
    );
    cx += w;
  };
  const statuses = [...STATUS_COLOUR.codes, 'unknown'] as const;
  for (const s of statuses) {
    const label =
      s === 'unknown'
        ? UNKNOWN_STATUS[locale]
        : `${STATUS_COLOUR.labels[s][locale]}: ${STATUS_MEANING[s][locale]}`;
    const colour = statusFill(s);
    entry(label, (ex, ey) => [
      { type: 'rect', x: ex, y: ey + 1, w: box, h: size, fill: colour.fill, stroke: colour.border },
    ]);
  }
  entry(TIMELINE_WORDS.uncertain[locale], (ex, ey) => [
    { type: 'rect', x: ex, y: ey + 1, w: box, h: size, fill: STATUS_PALETTE.green.fill, opacity: 0.35 },
    { type: 'rect', x: ex + box * 0.3, y: ey + 1, w: box * 0.4, h: size, fill: STATUS_PALETTE.green.fill },
  ]);
  entry(TIMELINE_WORDS.milestone[locale], (ex, ey) => [
    {
      type: 'rect',
      x: ex,
      y: ey + 1 + size * 0.2,
      w: box,
      h: size * 0.6,
      fill: COLOURS.accent,
      opacity: 0.18,
    },
    {
      type: 'diamond',
      cx: ex + box / 2,
      cy: ey + 1 + size / 2,
      r: size * 0.5,
      fill: COLOURS.white,
      stroke: COLOURS.ink,
    },
  ]);
  entry(
    `${TIMELINE_WORDS.milestone[locale].split(' (')[0]}: ${MILESTONE_STATUS.labels.done[locale].toLocaleLowerCase()}`,
    (ex, ey) => [
      {
        type: 'diamond',
        cx: ex + box / 2,
        cy: ey + 1 + size / 2,
        r: size * 0.5,
        fill: STATUS_PALETTE.green.fill,
        stroke: COLOURS.ink,
      },
    ],
  );
  entry(TIMELINE_WORDS.dependency[locale], (ex, ey) => [
    {
      type: 'line',
      x1: ex,
      y1: ey + 1 + size / 2,
      x2: ex + box,
      y2: ey + 1 + size / 2,
      stroke: COLOURS.link,
      width: 0.7,
      arrow: true,
    },
  ]);
  return { shapes, bottom: cy + lineH };
}
