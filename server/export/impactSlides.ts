// The impact of a what-if as 16:9 PowerPoint slides: the question (assumed delays and risks) and
// "data per" on each slide, then the items that slip most first, in a native table (name, end before
// and after, slip in days, cause), paginated by height.
import { LINE_HEIGHT, PAGE_SIZES } from '../domain/drawing/shapes.js';
import { wrapText } from '../domain/drawing/textMetrics.js';
import { COLOURS as DRAWING } from '../domain/drawing/timelineDrawing.js';
import type { ImpactExportData } from '../services/impactReport.js';
import { impactTables } from './impactTable.js';
import { type Locale, WORDS } from './labels.js';
import { deckBytes, newDeck } from './roadmapSlides.js';
import { dateLabel } from './saksunderlag.js';

const KEYS = ['name', 'oldEnd', 'newEnd', 'slipDays', 'causes'] as const;
/** Read beside KEYS: an undated item's window stands for its ends, the chain for a cause reached through it. */
const MORE = ['window', 'drivingChain'] as const;
const WIDTHS = [0.34, 0.14, 0.14, 0.1, 0.28];
const SIZE = 10;
const MARGIN = 28;
const hex = (c: string) => c.replace('#', '').toUpperCase();
const inch = (pt: number) => pt / 72;

export async function impactSlides(
  data: ImpactExportData,
  locale: Locale,
  options: { date: string; title: string },
): Promise<Buffer> {
  const nb = locale === 'nb';
  const [affected, , question] = impactTables(data, locale);
  if (!affected) throw new Error('the impact export has no table');
  const index = KEYS.map((k) => affected.columns.findIndex((c) => c.key === k));
  const [windowAt, chainAt] = MORE.map((k) => affected.columns.findIndex((c) => c.key === k));
  const header = index.map((i) => affected.columns[i]?.header ?? '');
  const text = (v: unknown) =>
    v === null || v === undefined
      ? ''
      : typeof v === 'object'
        ? String((v as { day: string }).day)
        : String(v);
  const rows = affected.rows
    .map((r) => {
      const [name = '', oldEnd = '', newEnd = '', slip = '', causes = ''] = index.map((i) => text(r[i]));
      // Undated stays undated: no end is invented, the window says where it is ("tidligst etter …").
      const [before, after] = oldEnd || newEnd ? [oldEnd, newEnd] : text(r[windowAt ?? -1]).split(' → ');
      // An item reached through others names the chain from the cause, not an empty cell.
      return [name, before ?? '', after ?? '', slip, causes || text(r[chainAt ?? -1])];
    })
    .sort((a, b) => Number(b[3]) - Number(a[3]));
  const asked = (question?.rows ?? [])
    .filter((r) => text(r[2]))
    .map((r) => `${text(r[2])}${r[3] ? ` +${text(r[3])} d` : ''}`)
    .join(', ');
  const day = dateLabel(
    { text: options.date, precision: 'day', first: options.date, last: options.date },
    locale,
  );
  const subtitle = `${nb ? 'Hvis' : 'If'}: ${asked || '–'} · ${rows.length} ${nb ? 'berørte' : 'affected'} · ${WORDS.dataPer[locale]} ${day}`;
  const pptx = newDeck(options.title, subtitle);
  const { width, height } = PAGE_SIZES.slide;
  const tableWidth = width - 2 * MARGIN;
  const rowHeight = (cells: string[]) =>
    Math.max(...cells.map((c, i) => wrapText(c || ' ', tableWidth * (WIDTHS[i] ?? 0) - 8, SIZE).length)) *
      SIZE *
      LINE_HEIGHT +
    6;
  const top = 92;
  const room = height - top - 36 - rowHeight(header);
  const pages: string[][][] = [[]];
  let used = 0;
  for (const row of rows) {
    const h = rowHeight(row);
    if (used + h > room && (pages[pages.length - 1] ?? []).length) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]?.push(row);
    used += h;
  }
  for (const [n, page] of pages.entries()) {
    const slide = pptx.addSlide();
    const box = {
      fontFace: 'Arial',
      margin: 0,
      valign: 'top' as const,
      x: inch(MARGIN),
      w: inch(tableWidth),
    };
    slide.addText(options.title, {
      ...box,
      y: inch(MARGIN),
      h: inch(26),
      fontSize: 19,
      bold: true,
      color: hex(DRAWING.accent),
    });
    slide.addText(subtitle, {
      ...box,
      y: inch(MARGIN + 30),
      h: inch(30),
      fontSize: 10.5,
      color: hex(DRAWING.ink),
    });
    slide.addTable(
      [
        header.map((h) => ({ text: h, options: { bold: true, fill: { color: hex(DRAWING.band) } } })),
        ...page.map((row) => row.map((c) => ({ text: c }))),
      ],
      {
        x: inch(MARGIN),
        y: inch(top),
        w: inch(tableWidth),
        colW: WIDTHS.map((w) => inch(w * tableWidth)),
        fontFace: 'Arial',
        fontSize: SIZE,
        color: hex(DRAWING.ink),
        border: { type: 'solid', pt: 0.5, color: 'C9CED6' },
        margin: 3,
        valign: 'top',
      },
    );
    slide.addText(`${WORDS.page[locale]} ${n + 1} ${WORDS.of[locale]} ${pages.length}`, {
      ...box,
      y: inch(height - 24),
      h: inch(12),
      fontSize: 8.5,
      align: 'right',
      color: hex(DRAWING.muted),
    });
  }
  return deckBytes(pptx);
}
