// The saksunderlag as a Word document (A4, with `docx`): the blocks of saksunderlag.ts, the same
// content as the Markdown, in Word's own headings, lists and tables, so a secretary can paste it into
// the meeting papers and edit it there. A tiltak is kept on one page where Word can (keep with next),
// the summary's goal is a band row, table headers repeat on a new page, the footer numbers the pages.

import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { YearAgendaExportData } from '../services/yearAgendaSheets.js';
import type { Locale } from './labels.js';
import { COLOURS } from './pdf.js';
import { type Block, saksunderlag } from './saksunderlag.js';

const hex = (c: string) => c.replace('#', '').toUpperCase();
/** Word counts text size in half points. */
const half = (pt: number) => Math.round(pt * 2);

const run = (text: string, o: { bold?: boolean; size?: number; colour?: string } = {}) =>
  new TextRun({
    text,
    bold: o.bold,
    size: o.size ? half(o.size) : undefined,
    color: o.colour && hex(o.colour),
  });

/** A paragraph of one run; `keep` keeps it on the page of the next (a tiltak's parts together). */
const para = (
  text: string,
  o: { bold?: boolean; size?: number; colour?: string; keep?: boolean; after?: number } = {},
) =>
  new Paragraph({
    children: [run(text, o)],
    keepNext: o.keep,
    keepLines: true,
    spacing: { after: o.after ?? 80 },
  });

function tableOf(b: Extract<Block, { kind: 'table' }>, keep: boolean): Table {
  const band = b.bandColumn;
  const drop = <T>(cells: T[]) => (band === undefined ? cells : cells.filter((_, i) => i !== band));
  const shares = drop(b.widths);
  const total = shares.reduce((a, c) => a + c, 0);
  const size = Math.min(b.size ?? 8, 8.5);
  const cell = (text: string, i: number, bold = false, fill?: string) =>
    new TableCell({
      width: { size: Math.round(((shares[i] ?? 0) / total) * 100), type: WidthType.PERCENTAGE },
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(fill) } : undefined,
      children: [new Paragraph({ children: [run(text, { bold, size })], keepNext: keep })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: drop(b.header).map((h, i) => cell(h, i, true, COLOURS.band)),
  });
  const rows: TableRow[] = [header];
  let last: string | null = null;
  for (const cells of b.rows) {
    const label = band === undefined ? null : (cells[band] ?? '');
    if (label !== null && label !== last) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              columnSpan: shares.length,
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF4' },
              children: [
                new Paragraph({ children: [run(label, { bold: true, size, colour: COLOURS.accent })] }),
              ],
            }),
          ],
        }),
      );
    }
    last = label;
    rows.push(new TableRow({ cantSplit: true, children: drop(cells).map((c, i) => cell(c, i)) }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function render(b: Block, locale: Locale, keep = false): (Paragraph | Table)[] {
  const none = locale === 'nb' ? 'Ingen' : 'None';
  switch (b.kind) {
    case 'keep':
      // Every part but the last keeps with the next, so Word starts a tiltak on a new page when it
      // would break (as the PDF does).
      return b.blocks.flatMap((inner, i) => render(inner, locale, i < b.blocks.length - 1));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [run(b.text, { colour: COLOURS.accent })] }),
        para(b.subtitle, { size: 12.5, after: 200 }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          children: [run(b.text)],
        }),
      ];
    case 'paragraph':
      return [para(b.text, { size: 10, after: 160 })];
    case 'facts':
      return b.rows.map(
        ([k, v]) =>
          new Paragraph({
            keepNext: keep,
            spacing: { after: 40 },
            children: [run(`${k}: `, { bold: true, size: 9, colour: COLOURS.muted }), run(v, { size: 9 })],
          }),
      );
    case 'list':
      return [
        para(b.label, { bold: true, size: 10, keep: true, after: 40 }),
        ...(b.items.length ? b.items : [none]).map(
          (item) =>
            new Paragraph({ bullet: { level: 0 }, keepNext: keep, children: [run(item, { size: 9 })] }),
        ),
      ];
    case 'notes':
      return [
        para(b.label, { bold: true, size: 10, keep: true, after: 40 }),
        ...b.items.map((n) => para(n, { size: 8, colour: COLOURS.muted, after: 40 })),
      ];
    case 'table':
      if (b.rows.length === 0)
        return [
          para(b.label, { bold: true, size: 10, keep: true, after: 40 }),
          para(none, { size: 9, colour: COLOURS.muted, keep }),
        ];
      return [para(b.label, { bold: true, size: 10, keep: true, after: 40 }), tableOf(b, keep)];
  }
}

export async function yearAgendaDocx(
  data: YearAgendaExportData,
  locale: Locale,
  options: { date: string },
): Promise<Buffer> {
  const model = saksunderlag(data, locale, options.date);
  const nb = locale === 'nb';
  const document = new Document({
    title: model.title,
    subject: nb
      ? `Saksunderlag for NUIT: alle veikart-tiltak ${data.year} etter veikartmål · data per ${options.date}`
      : `Briefing for NUIT: every veikart tiltak of ${data.year} by veikart goal · data as of ${options.date}`,
    keywords: 'veikart, NUIT, saksunderlag',
    creator: 'Veikart',
    lastModifiedBy: 'Veikart',
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: half(9.5) } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    size: half(7.5),
                    color: hex(COLOURS.muted),
                    children: [
                      `${model.title} · ${nb ? 'Side' : 'Page'} `,
                      PageNumber.CURRENT,
                      ` ${nb ? 'av' : 'of'} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: model.blocks.flatMap((b) => render(b, locale)),
      },
    ],
  });
  return Packer.toBuffer(document);
}
