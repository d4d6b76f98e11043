// The veikart as a printable timeline (A4 or A3 landscape): lanes with their initiatives as bars and
// milestones as diamonds, dependencies as thin connectors, a header with title, period, grouping,
// filter, legend and export date. A long period is split over pages by time (at most 4 years on A4,
// 6 on A3, whole years when it can), and many rows over pages by height; every page repeats the
// axis and says which part it shows. Uncertain ends are drawn pale: a bar is solid only between the
// last day of its start period and the first day of its end period.
import { formatPrecisionDate, parsePrecisionDate, toDayNumber, toIsoDay } from '../domain/dates/index.js';
import type { RoadmapExportData, RoadmapRow } from '../services/roadmapRows.js';
import { GROUPING, type Locale, labelOf, lowerLabelOf, STATUS, WORDS } from './labels.js';
import { COLOURS, createPdf, fitText, type Paper, pdfBytes } from './pdf.js';

const MARGIN = 28;
const LABEL_WIDTH = 190;
const HEADER = 58;
const AXIS = 26;
const FOOTER = 16;
const ROW = 15;
const LANE_ROW = 14;
const MAX_MONTHS: Record<Paper, number> = { A4: 48, A3: 72 };

export interface RoadmapPdfOptions {
  paper: Paper;
  /** The export date (ISO day), printed in the header and used as the PDF's creation date. */
  date: string;
  title: string;
}

interface Window {
  first: number;
  last: number;
}

/**
 * Splits [from, to] into pages of time: one window when the period fits in `months`, otherwise
 * whole calendar years, `months / 12` per page (the first and last cut at `from` and `to`).
 */
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

type Line = { kind: 'lane'; label: string } | { kind: 'item'; row: RoadmapRow; milestones: RoadmapRow[] };

function touches(line: Extract<Line, { kind: 'item' }>, win: { from: string; to: string }): boolean {
  const start = line.row.start ?? line.row.end;
  const end = line.row.end ?? line.row.start;
  if (start && end && start.first <= win.to && end.last >= win.from) return true;
  return line.milestones.some((m) => m.start && m.start.last >= win.from && m.start.last <= win.to);
}

function visibleLines(lines: Line[], win: { from: string; to: string }): Line[] {
  const out: Line[] = [];
  let lane: Line | null = null;
  for (const line of lines) {
    if (line.kind === 'lane') lane = line;
    else if (touches(line, win)) {
      if (lane) out.push(lane);
      lane = null;
      out.push(line);
    }
  }
  return out;
}

function chunkLines(lines: Line[], height: number): Line[][] {
  const chunks: Line[][] = [];
  let chunk: Line[] = [];
  let used = 0;
  for (const line of lines) {
    const h = line.kind === 'lane' ? LANE_ROW : ROW;
    const orphan = line.kind === 'lane' && used + h + ROW > height;
    if (chunk.length && (used + h > height || orphan)) {
      chunks.push(chunk);
      chunk = [];
      used = 0;
    }
    chunk.push(line);
    used += h;
  }
  if (chunk.length || chunks.length === 0) chunks.push(chunk);
  return chunks;
}

function linesOf(data: RoadmapExportData): Line[] {
  const lines: Line[] = [];
  for (const lane of data.lanes) {
    lines.push({ kind: 'lane', label: lane.label });
    for (const row of lane.rows) {
      if (row.kind !== 'initiative') continue;
      lines.push({ kind: 'item', row, milestones: lane.rows.filter((m) => m.initiativeId === row.id) });
    }
  }
  return lines;
}

export async function roadmapPdf(
  data: RoadmapExportData,
  locale: Locale,
  options: RoadmapPdfOptions,
): Promise<Buffer> {
  const nb = locale === 'nb';
  const doc = createPdf({
    size: options.paper,
    layout: 'landscape',
    title: options.title,
    subject: `${WORDS.period[locale]} ${data.from} – ${data.to}`,
    date: options.date,
    lang: locale,
    margin: MARGIN,
  });
  // Page geometry (landscape): pdfkit swaps width and height for us.
  const size = options.paper === 'A4' ? [841.89, 595.28] : [1190.55, 841.89];
  const [pageW, pageH] = size as [number, number];
  const chartX = MARGIN + LABEL_WIDTH;
  const chartW = pageW - MARGIN - chartX;
  const bodyTop = MARGIN + HEADER + AXIS;
  const bodyBottom = pageH - MARGIN - FOOTER;
  const windows = timeWindows(data.from, data.to, MAX_MONTHS[options.paper]);
  // Each time window shows the rows it touches, in pages of rows; a lane heading stays with a row.
  const pages: { win: { from: string; to: string }; part: Line[] }[] = [];
  for (const win of windows) {
    const chunks = chunkLines(visibleLines(linesOf(data), win), bodyBottom - bodyTop);
    for (const part of chunks) pages.push({ win, part });
  }
  const filterText = [
    data.actorNames.length ? data.actorNames.join(', ') : null,
    data.filter.kinds.length ? data.filter.kinds.join(', ') : null,
    data.filter.statuses.length
      ? data.filter.statuses.map((s) => labelOf(STATUS, s, locale)).join(', ')
      : null,
    data.filter.text ? `«${data.filter.text}»` : null,
  ].filter(Boolean);
  const dayLabel = (iso: string) => formatPrecisionDate(parsePrecisionDate(iso), locale);
  const pageCount = pages.length;
  let pageNo = 0;
  for (const { win, part } of pages) {
    const w: Window = { first: toDayNumber(win.from), last: toDayNumber(win.to) };
    const span = w.last - w.first + 1;
    const xOf = (day: number) =>
      chartX + ((Math.min(Math.max(day, w.first), w.last + 1) - w.first) / span) * chartW;
    pageNo += 1;
    doc.addPage();
    doc.page.margins.bottom = 0;
    // Header: title, what is shown, legend.
    doc
      .font('bold')
      .fontSize(15)
      .fillColor(COLOURS.accent)
      .text(options.title, MARGIN, MARGIN, { lineBreak: false });
    doc.font('regular').fontSize(8).fillColor(COLOURS.ink);
    const what = [
      `${WORDS.period[locale]}: ${dayLabel(data.from)} – ${dayLabel(data.to)}`,
      `${WORDS.groupedBy[locale]} ${lowerLabelOf(GROUPING, data.groupBy, locale)}`,
      filterText.length ? `${WORDS.filter[locale]}: ${filterText.join(' · ')}` : null,
      `${WORDS.exported[locale]} ${dayLabel(options.date)}`,
    ].filter(Boolean);
    doc.text(what.join('   ·   '), MARGIN, MARGIN + 21, {
      width: pageW - 2 * MARGIN - 330,
      lineBreak: true,
      height: 22,
    });
    if (windows.length > 1) {
      doc
        .fillColor(COLOURS.muted)
        .text(
          `${nb ? 'Denne siden' : 'This page'}: ${dayLabel(win.from)} – ${dayLabel(win.to)}`,
          MARGIN,
          MARGIN + 44,
          { lineBreak: false },
        );
    }
    drawLegend(doc, pageW - MARGIN - 320, MARGIN + 2, locale);
    drawAxis(doc, w, xOf, chartX, chartW, bodyTop, bodyBottom, locale);

    // Rows.
    let y = bodyTop;
    const yOf = new Map<string, number>();
    part.forEach((line, i) => {
      if (line.kind === 'lane') {
        doc.rect(MARGIN, y, pageW - 2 * MARGIN, LANE_ROW).fill(COLOURS.band);
        doc.font('bold').fontSize(8).fillColor(COLOURS.accent);
        doc.text(fitText(doc, line.label, pageW - 2 * MARGIN - 8), MARGIN + 4, y + 3, { lineBreak: false });
        y += LANE_ROW;
        return;
      }
      if (i % 2 === 0) doc.rect(MARGIN, y, pageW - 2 * MARGIN, ROW).fill('#fafbfc');
      const r = line.row;
      doc.font('condensed').fontSize(7.5).fillColor(COLOURS.ink);
      doc.text(fitText(doc, r.name, LABEL_WIDTH - 10), MARGIN + 4, y + 4, { lineBreak: false });
      drawBar(doc, r, xOf, w, y);
      yOf.set(r.id, y + ROW / 2);
      for (const m of line.milestones) {
        if (!m.start) continue;
        yOf.set(m.id, y + ROW / 2);
        drawMilestone(doc, m, xOf, w, y, locale);
      }
      y += ROW;
    });
    drawDependencies(doc, data, part, yOf, xOf, w);
    if (part.length === 0) {
      doc
        .font('regular')
        .fontSize(10)
        .fillColor(COLOURS.muted)
        .text(WORDS.noItems[locale], chartX, bodyTop + 20);
    }
    // Footer.
    doc.font('regular').fontSize(7).fillColor(COLOURS.muted);
    doc.text(`${options.title} · ${dayLabel(win.from)} – ${dayLabel(win.to)}`, MARGIN, pageH - MARGIN - 8, {
      lineBreak: false,
    });
    doc.text(
      `${WORDS.page[locale]} ${pageNo} ${WORDS.of[locale]} ${pageCount}`,
      pageW - MARGIN - 100,
      pageH - MARGIN - 8,
      {
        width: 100,
        align: 'right',
        lineBreak: false,
      },
    );
  }
  return pdfBytes(doc);
}

const statusColour = (s: string | null) =>
  COLOURS.status[s ?? 'unknown'] ?? (COLOURS.status.unknown as string);

function drawBar(
  doc: PDFKit.PDFDocument,
  r: RoadmapRow,
  xOf: (d: number) => number,
  w: Window,
  y: number,
): void {
  const start = r.start ?? r.end;
  const end = r.end ?? r.start;
  if (!start || !end) return;
  const first = toDayNumber(start.first);
  const last = toDayNumber(end.last);
  if (last < w.first || first > w.last) return;
  const colour = statusColour(r.status);
  const x0 = xOf(first);
  const x1 = Math.max(xOf(last + 1), x0 + 1.5);
  // Pale over the whole span, solid where both ends are certain.
  doc
    .save()
    .opacity(0.35)
    .rect(x0, y + 4, x1 - x0, ROW - 8)
    .fill(colour)
    .restore();
  const s = toDayNumber(start.last) + 1;
  const e = toDayNumber(end.first);
  if (e > s) {
    const a = xOf(s);
    const b = xOf(e);
    if (b > a) doc.rect(a, y + 4, b - a, ROW - 8).fill(colour);
  }
}

function drawMilestone(
  doc: PDFKit.PDFDocument,
  m: RoadmapRow,
  xOf: (d: number) => number,
  w: Window,
  y: number,
  locale: Locale,
): void {
  if (!m.start) return;
  const day = toDayNumber(m.start.last);
  if (day < w.first || day > w.last) return;
  const x = xOf(day + 0.5);
  const cy = y + ROW / 2;
  const s = 3.6;
  doc
    .polygon([x, cy - s], [x + s, cy], [x, cy + s], [x - s, cy])
    .lineWidth(0.6)
    .fillAndStroke(m.status === 'done' ? COLOURS.ink : '#ffffff', COLOURS.ink);
  void locale;
}

function drawDependencies(
  doc: PDFKit.PDFDocument,
  data: RoadmapExportData,
  part: Line[],
  yOf: Map<string, number>,
  xOf: (d: number) => number,
  w: Window,
): void {
  const rows = new Map(data.lanes.flatMap((l) => l.rows).map((r) => [r.id, r]));
  const endDay = (r: RoadmapRow) => toDayNumber((r.end ?? r.start)?.last ?? '1970-01-01') + 1;
  const startDay = (r: RoadmapRow) => toDayNumber((r.start ?? r.end)?.first ?? '1970-01-01');
  const shown = part.flatMap((l) => (l.kind === 'item' ? [l.row, ...l.milestones] : []));
  doc.save().lineWidth(0.5).strokeColor('#7a828c').fillColor('#7a828c');
  for (const succ of shown) {
    for (const dep of succ.dependencies) {
      const pred = rows.get(dep.targetId);
      const y1 = yOf.get(dep.targetId);
      const y2 = yOf.get(succ.id);
      if (!pred || y1 === undefined || y2 === undefined || y1 === y2) continue;
      // From the predecessor's constraining end to the successor's constrained end.
      const fromDay = dep.type === 'SS' || dep.type === 'SF' ? startDay(pred) : endDay(pred);
      const toDay = dep.type === 'FF' || dep.type === 'SF' ? endDay(succ) : startDay(succ);
      if (Math.max(fromDay, toDay) < w.first || Math.min(fromDay, toDay) > w.last + 1) continue;
      const x1 = xOf(fromDay);
      const x2 = xOf(toDay);
      const midX = Math.max(x1 + 3, Math.min(x2 - 3, x1 + 6));
      doc.moveTo(x1, y1).lineTo(midX, y1).lineTo(midX, y2).lineTo(x2, y2).stroke();
      const dir = x2 >= midX ? 1 : -1;
      doc.polygon([x2, y2], [x2 - 3 * dir, y2 - 1.8], [x2 - 3 * dir, y2 + 1.8]).fill();
    }
  }
  doc.restore();
}

function drawAxis(
  doc: PDFKit.PDFDocument,
  w: Window,
  xOf: (d: number) => number,
  chartX: number,
  chartW: number,
  top: number,
  bottom: number,
  locale: Locale,
): void {
  const first = toIsoDay(w.first);
  const last = toIsoDay(w.last);
  const y0 = top - AXIS;
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1;
  const quarterLabels = chartW / (years * 4) > 26;
  doc.save();
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) {
    for (let q = 0; q < 4; q++) {
      const d = toDayNumber(`${y}-${String(q * 3 + 1).padStart(2, '0')}-01`);
      const dEnd = toDayNumber(q === 3 ? `${y + 1}-01-01` : `${y}-${String(q * 3 + 4).padStart(2, '0')}-01`);
      if (dEnd <= w.first || d > w.last) continue;
      const x = xOf(d);
      doc
        .moveTo(x, top)
        .lineTo(x, bottom)
        .lineWidth(q === 0 ? 0.6 : 0.25)
        .strokeColor(q === 0 ? COLOURS.rule : '#e3e6ea')
        .stroke();
      if (quarterLabels) {
        const label = locale === 'nb' ? `${q + 1}. kv.` : `Q${q + 1}`;
        const xe = xOf(dEnd);
        doc
          .font('regular')
          .fontSize(6)
          .fillColor(COLOURS.muted)
          .text(label, x, y0 + 14, { width: xe - x, align: 'center', lineBreak: false });
      }
    }
    const ys = Math.max(toDayNumber(`${y}-01-01`), w.first);
    const ye = Math.min(toDayNumber(`${y + 1}-01-01`), w.last + 1);
    doc
      .font('bold')
      .fontSize(8)
      .fillColor(COLOURS.ink)
      .text(String(y), xOf(ys), y0 + 3, {
        width: xOf(ye) - xOf(ys),
        align: 'center',
        lineBreak: false,
      });
  }
  doc
    .moveTo(chartX, top)
    .lineTo(chartX + chartW, top)
    .lineWidth(0.6)
    .strokeColor(COLOURS.muted)
    .stroke();
  doc.restore();
}

function drawLegend(doc: PDFKit.PDFDocument, x: number, y: number, locale: Locale): void {
  doc.save();
  doc.font('bold').fontSize(7).fillColor(COLOURS.ink).text(WORDS.legend[locale], x, y, { lineBreak: false });
  let cx = x;
  const cy = y + 12;
  for (const s of ['green', 'yellow', 'red', 'blue', 'grey', 'unknown']) {
    doc.rect(cx, cy, 12, 6).fill(statusColour(s));
    doc
      .font('regular')
      .fontSize(6.5)
      .fillColor(COLOURS.ink)
      .text(labelOf(STATUS, s, locale), cx + 15, cy - 0.5, { lineBreak: false });
    cx += 15 + doc.widthOfString(labelOf(STATUS, s, locale)) + 9;
  }
  const ry = cy + 12;
  doc
    .save()
    .opacity(0.35)
    .rect(x, ry, 18, 6)
    .fill(COLOURS.status.unknown as string)
    .restore();
  doc.rect(x + 5, ry, 8, 6).fill(COLOURS.status.unknown as string);
  const uncertain =
    locale === 'nb'
      ? 'blek: usikker start/slutt (kvartal, år…)'
      : 'pale: uncertain start/end (quarter, year…)';
  doc
    .font('regular')
    .fontSize(6.5)
    .fillColor(COLOURS.ink)
    .text(uncertain, x + 21, ry - 0.5, { lineBreak: false });
  let lx = x + 26 + doc.widthOfString(uncertain);
  doc
    .polygon([lx + 3, ry - 1], [lx + 6.5, ry + 3], [lx + 3, ry + 7], [lx - 0.5, ry + 3])
    .lineWidth(0.6)
    .fillAndStroke('#ffffff', COLOURS.ink);
  doc.fillColor(COLOURS.ink).text(WORDS.milestone[locale], lx + 9, ry - 0.5, { lineBreak: false });
  lx += 14 + doc.widthOfString(WORDS.milestone[locale]);
  doc
    .moveTo(lx, ry + 3)
    .lineTo(lx + 14, ry + 3)
    .lineWidth(0.5)
    .strokeColor('#7a828c')
    .stroke();
  doc.polygon([lx + 16, ry + 3], [lx + 13, ry + 1.2], [lx + 13, ry + 4.8]).fill('#7a828c');
  doc.fillColor(COLOURS.ink).text(WORDS.dependency[locale], lx + 19, ry - 0.5, { lineBreak: false });
  doc.restore();
}
