// The NUIT year summary as 16:9 PowerPoint slides: per slide a native table of tiltak (grouped under
// their veikart goal) with the verdict in the app's words and colour and the main reason, paginated
// by height, each slide with its title, the year, the verdict counts and the data-per date.
import { NUIT_QUESTION } from '../domain/agenda/nuitQuestion.js';
import { LINE_HEIGHT, PAGE_SIZES } from '../domain/drawing/shapes.js';
import { wrapText } from '../domain/drawing/textMetrics.js';
import { COLOURS as DRAWING } from '../domain/drawing/timelineDrawing.js';
import { STATUS_PALETTE, type Verdict } from '../domain/model/index.js';
import type { YearAgendaExportData } from '../services/yearAgendaSheets.js';
import { type Locale, labelOf, lowerLabelOf, VERDICT, WORDS } from './labels.js';
import type { Presentation } from './pptx.js';
import { deckBytes, newDeck } from './roadmapSlides.js';
import { dateLabel, mainReason } from './saksunderlag.js';

const VERDICT_FILL: Record<Verdict, { fill: string; text: string }> = {
  'as-planned': STATUS_PALETTE.green,
  'at-risk': STATUS_PALETTE.yellow,
  'not-as-planned': STATUS_PALETTE.red,
};
const hex = (c: string) => c.replace('#', '').toUpperCase();
const inch = (pt: number) => pt / 72;

const SIZE = 10;
const MARGIN = 28;
const WIDTHS = [0.52, 0.14, 0.34];

interface Row {
  band?: string;
  cells?: [string, Verdict, string];
  height: number;
}

export async function yearAgendaSlides(
  data: YearAgendaExportData,
  locale: Locale,
  options: { date: string },
): Promise<Buffer> {
  const nb = locale === 'nb';
  const day = dateLabel(
    { text: options.date, precision: 'day', first: options.date, last: options.date },
    locale,
  );
  const question = NUIT_QUESTION[locale];
  const title = `NUIT ${data.year}: ${question.charAt(0).toLocaleLowerCase(nb ? 'nb' : 'en')}${question.slice(1)}`;
  const counts = (['as-planned', 'at-risk', 'not-as-planned'] as const)
    .map((v) => `${data.summary[v]} ${lowerLabelOf(VERDICT, v, locale)}`)
    .join(', ');
  const subtitle = `${nb ? 'Alle veikart-tiltak' : 'Every veikart tiltak'} ${data.year}, ${nb ? 'etter veikartmål' : 'by veikart goal'}: ${counts} · ${WORDS.dataPer[locale]} ${day}`;
  const pptx = newDeck(title, subtitle);
  const { width, height } = PAGE_SIZES.slide;
  const tableWidth = width - 2 * MARGIN;
  const cellHeight = (text: string, share: number) =>
    wrapText(text, tableWidth * share - 8, SIZE).length * SIZE * LINE_HEIGHT + 6;
  const rows: Row[] = [];
  for (const goal of data.goals) {
    rows.push({
      band: goal.title ?? (nb ? 'Tiltak uten veikartmål' : 'Tiltak under no veikart goal'),
      height: SIZE * LINE_HEIGHT + 6,
    });
    for (const t of goal.tiltak) {
      const reason = mainReason(t, locale);
      rows.push({
        cells: [t.name, t.verdict, reason],
        height: Math.max(cellHeight(t.name, WIDTHS[0] ?? 0), cellHeight(reason, WIDTHS[2] ?? 0)),
      });
    }
  }
  const top = 92;
  const room = height - top - 36;
  const pages: Row[][] = [[]];
  let used = 0;
  for (const row of rows) {
    const page = pages[pages.length - 1] as Row[];
    if (used + row.height > room && page.length) {
      pages.push([]);
      used = 0;
    }
    (pages[pages.length - 1] as Row[]).push(row);
    used += row.height;
  }
  for (const [i, page] of pages.entries()) {
    addSummarySlide(pptx, page, { title, subtitle, top, tableWidth, locale, page: i + 1, of: pages.length });
  }
  return deckBytes(pptx);
}

function addSummarySlide(
  pptx: Presentation,
  rows: Row[],
  o: {
    title: string;
    subtitle: string;
    top: number;
    tableWidth: number;
    locale: Locale;
    page: number;
    of: number;
  },
): void {
  const nb = o.locale === 'nb';
  const slide = pptx.addSlide();
  const text = { fontFace: 'Arial', margin: 0, valign: 'top' as const };
  slide.addText(o.title, {
    ...text,
    x: inch(MARGIN),
    y: inch(MARGIN),
    w: inch(o.tableWidth),
    h: inch(26),
    fontSize: 19,
    bold: true,
    color: hex(DRAWING.accent),
  });
  slide.addText(o.subtitle, {
    ...text,
    x: inch(MARGIN),
    y: inch(MARGIN + 30),
    w: inch(o.tableWidth),
    h: inch(30),
    fontSize: 10.5,
    color: hex(DRAWING.ink),
  });
  const header = (nb ? ['Tiltak', 'Vurdering', 'Hovedgrunn'] : ['Tiltak', 'Assessment', 'Main reason']).map(
    (h) => ({
      text: h,
      options: { bold: true, fill: { color: hex(DRAWING.band) } },
    }),
  );
  const body = rows.map((row) =>
    row.band !== undefined
      ? [
          {
            text: row.band,
            options: { colspan: 3, bold: true, color: hex(DRAWING.accent), fill: { color: 'F4F7FA' } },
          },
        ]
      : (() => {
          const [name, verdict, reason] = row.cells as [string, Verdict, string];
          const colour = VERDICT_FILL[verdict];
          return [
            { text: name },
            {
              text: labelOf(VERDICT, verdict, o.locale),
              options: { fill: { color: hex(colour.fill) }, color: hex(colour.text), bold: true },
            },
            { text: reason },
          ];
        })(),
  );
  slide.addTable([header, ...body], {
    x: inch(MARGIN),
    y: inch(o.top),
    w: inch(o.tableWidth),
    colW: WIDTHS.map((w) => inch(w * o.tableWidth)),
    fontFace: 'Arial',
    fontSize: SIZE,
    color: hex(DRAWING.ink),
    border: { type: 'solid', pt: 0.5, color: 'C9CED6' },
    margin: 3,
    valign: 'top',
  });
  slide.addText(`${nb ? 'Side' : 'Page'} ${o.page} ${nb ? 'av' : 'of'} ${o.of}`, {
    ...text,
    x: inch(MARGIN),
    y: inch(PAGE_SIZES.slide.height - 24),
    w: inch(o.tableWidth),
    h: inch(12),
    fontSize: 8.5,
    align: 'right',
    color: hex(DRAWING.muted),
  });
}
