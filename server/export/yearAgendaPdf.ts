// The saksunderlag as a PDF (A4 portrait): the blocks of saksunderlag.ts set in DejaVu Sans, tables
// that break across pages with their header repeated, and a footer with the title and page numbers.

import type { YearAgendaExportData } from '../services/yearAgendaSheets.js';
import type { Locale } from './labels.js';
import { COLOURS, createPdf, type Paper, pdfBytes } from './pdf.js';
import { type Block, saksunderlag } from './saksunderlag.js';

const MARGIN = 50;
const FOOTER = 24;

export interface YearAgendaPdfOptions {
  date: string;
  paper: Paper;
}

export async function yearAgendaPdf(
  data: YearAgendaExportData,
  locale: Locale,
  options: YearAgendaPdfOptions,
): Promise<Buffer> {
  const model = saksunderlag(data, locale, options.date);
  const doc = createPdf({
    size: options.paper,
    layout: 'portrait',
    title: model.title,
    subject:
      locale === 'nb'
        ? `Saksunderlag for NUIT: alle veikart-tiltak ${data.year} etter veikartmål · data per ${options.date}`
        : `Briefing for NUIT: every veikart tiltak of ${data.year} by veikart goal · data as of ${options.date}`,
    keywords: 'veikart, NUIT, saksunderlag',
    date: options.date,
    lang: locale,
    margin: MARGIN,
  });
  doc.addPage();
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const text = (
    s: string,
    font: string,
    size: number,
    colour = COLOURS.ink,
    opts: PDFKit.Mixins.TextOptions = {},
  ) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor(colour)
      .text(s, MARGIN, doc.y, { width, ...opts });
  };

  /** A cell cut at a word to `lines` lines of `cellWidth`, with "…" where it was cut. */
  const clamp = (s: string, font: string, size: number, cellWidth: number, lines: number): string => {
    doc.font(font).fontSize(size);
    const fits = (t: string) =>
      doc.heightOfString(t || ' ', { width: cellWidth }) <=
      doc.heightOfString('X', { width: cellWidth }) * lines + 0.5;
    if (fits(s)) return s;
    const words = s.split(' ');
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(`${words.slice(0, mid).join(' ')} …`)) lo = mid;
      else hi = mid - 1;
    }
    return `${words
      .slice(0, Math.max(lo, 1))
      .join(' ')
      .replace(/[\s,.:;–-]+$/, '')} …`;
  };

  /** How a table is set at a text size: its column widths, cut cells and height. */
  const tableLayout = (b: Extract<Block, { kind: 'table' }>, size: number) => {
    // A band column is printed as a heading row whenever it changes, not repeated in every row.
    const band = b.bandColumn;
    const drop = <T>(cells: T[]) => (band === undefined ? cells : cells.filter((_, i) => i !== band));
    const shares = drop(b.widths);
    const total = shares.reduce((a, c) => a + c, 0);
    const widths = shares.map((w) => (w / total) * width);
    const pad = size * (b.onePage ? 0.22 : 0.35);
    const maxLines = b.onePage ? drop(b.onePage.maxLines) : [];
    const cut = (cells: string[]) =>
      drop(cells).map((c, i) => {
        const lines = maxLines[i];
        return lines ? clamp(c, 'regular', size, (widths[i] ?? 0) - 2 * pad, lines) : c;
      });
    const heightOf = (cells: string[], font: string) => {
      doc.font(font).fontSize(size);
      return (
        Math.max(
          ...cells.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 0) - 2 * pad })),
        ) +
        2 * pad
      );
    };
    const bandHeight = (label: string) => {
      doc.font('bold').fontSize(size);
      return doc.heightOfString(label, { width: width - 2 * pad }) + 2 * pad;
    };
    const rows = b.rows.map((cells) => ({
      band: band === undefined ? null : (cells[band] ?? ''),
      cells: cut(cells),
    }));
    const header = drop(b.header);
    let height = heightOf(header, 'bold');
    let last: string | null = null;
    for (const r of rows) {
      if (r.band !== null && r.band !== last) height += bandHeight(r.band);
      last = r.band;
      height += heightOf(r.cells, 'regular');
    }
    return { widths, pad, rows, header, heightOf, bandHeight, height };
  };

  const table = (b: Extract<Block, { kind: 'table' }>) => {
    const labelHeight = lineHeight(b.label, 'bold', 9.5, width) + 9.5 * 0.2;
    let size = b.size ?? 8;
    if (b.onePage) {
      // The largest size, in half points down to 5.5, at which the whole table fits on this page.
      const room = bottom() - doc.y - labelHeight;
      while (size > 5.5 && tableLayout(b, size).height > room) size -= 0.5;
    }
    const { widths, pad, rows, header, heightOf, bandHeight } = tableLayout(b, size);
    const row = (cells: string[], font: string, fill: string | null) => {
      const h = heightOf(cells, font);
      const y = doc.y;
      if (fill) doc.rect(MARGIN, y, width, h).fill(fill);
      let x = MARGIN;
      cells.forEach((c, i) => {
        doc
          .font(font)
          .fontSize(size)
          .fillColor(COLOURS.ink)
          .text(c, x + pad, y + pad, { width: (widths[i] ?? 0) - 2 * pad });
        x += widths[i] ?? 0;
      });
      doc
        .moveTo(MARGIN, y + h)
        .lineTo(MARGIN + width, y + h)
        .lineWidth(0.4)
        .strokeColor(COLOURS.rule)
        .stroke();
      doc.x = MARGIN;
      doc.y = y + h;
    };
    const bandRow = (label: string) => {
      const h = bandHeight(label);
      const y = doc.y;
      doc.rect(MARGIN, y, width, h).fill('#e8eef4');
      doc
        .font('bold')
        .fontSize(size)
        .fillColor(COLOURS.accent)
        .text(label, MARGIN + pad, y + pad, { width: width - 2 * pad });
      doc.x = MARGIN;
      doc.y = y + h;
    };
    ensure(heightOf(header, 'bold') + heightOf(rows[0]?.cells ?? [''], 'regular') + 14);
    text(b.label, 'bold', 9.5);
    doc.moveDown(0.2);
    row(header, 'bold', COLOURS.band);
    let lastBand: string | null = null;
    for (const { band: bandLabel, cells } of rows) {
      const extra = bandLabel !== null && bandLabel !== lastBand ? bandHeight(bandLabel) : 0;
      if (doc.y + extra + heightOf(cells, 'regular') > bottom()) {
        doc.addPage();
        row(header, 'bold', COLOURS.band);
        lastBand = null;
      }
      if (bandLabel !== null && bandLabel !== lastBand) bandRow(bandLabel);
      lastBand = bandLabel;
      row(cells, 'regular', null);
    }
    doc.moveDown(0.6);
  };

  const lineHeight = (t: string, font: string, size: number, w: number) => {
    doc.font(font).fontSize(size);
    return doc.heightOfString(t || ' ', { width: w });
  };
  /** About how tall a block sets (the same fonts and widths as below), to keep a tiltak on one page. */
  const measure = (b: Block): number => {
    switch (b.kind) {
      case 'heading':
        return lineHeight(b.text, 'bold', b.level === 2 ? 14 : 11.5, width - 10) + 14;
      case 'facts':
        return (
          b.rows.reduce(
            (h, [k, v]) =>
              h +
              Math.max(lineHeight(v, 'regular', 8.5, width - 150), lineHeight(k, 'bold', 8.5, 142), 10) +
              1.5,
            0,
          ) + 10
        );
      case 'list':
      case 'notes':
        return 26 + b.items.reduce((h, i) => h + lineHeight(i, 'regular', 8.5, width - 16) + 1, 0);
      case 'table': {
        if (b.rows.length === 0) return 40;
        const widths = b.widths.map((w) => w * width - 6);
        const rowHeight = (cells: string[], font: string) =>
          Math.max(...cells.map((c, i) => lineHeight(c, font, 8, widths[i] ?? 0))) + 6;
        return 30 + rowHeight(b.header, 'bold') + b.rows.reduce((h, r) => h + rowHeight(r, 'regular'), 0);
      }
      case 'keep':
        return b.blocks.reduce((h, inner) => h + measure(inner), 0);
      default:
        return 0;
    }
  };

  const render = (b: Block): void => {
    switch (b.kind) {
      case 'keep': {
        // A tiltak starts on a new page when it would break but fits on one.
        const height = measure(b);
        if (doc.y + height > bottom() && height <= bottom() - MARGIN) doc.addPage();
        for (const inner of b.blocks) render(inner);
        break;
      }
      case 'pageBreak':
        doc.addPage();
        break;
      case 'notes':
        ensure(30);
        text(b.label, 'bold', 9.5);
        doc.moveDown(0.15);
        for (const note of b.items) {
          ensure(lineHeight(note, 'regular', 7.5, width) + 2);
          text(note, 'regular', 7.5, COLOURS.muted);
          doc.moveDown(0.15);
        }
        doc.moveDown(0.6);
        break;
      case 'title':
        text(b.text, 'bold', 20, COLOURS.accent);
        doc.moveDown(0.2);
        text(b.subtitle, 'regular', 12.5, COLOURS.ink);
        doc.moveDown(0.8);
        break;
      case 'heading':
        if (b.level === 2) {
          ensure(80);
          doc.moveDown(0.4);
          text(b.text, 'bold', 14, COLOURS.accent);
          doc
            .moveTo(MARGIN, doc.y + 2)
            .lineTo(MARGIN + width, doc.y + 2)
            .lineWidth(0.8)
            .strokeColor(COLOURS.accent)
            .stroke();
          doc.moveDown(0.6);
        } else {
          ensure(90);
          doc.moveDown(0.3);
          const y = doc.y;
          // A coloured mark for the verdict, so a reader finds the red ones at a glance.
          doc.rect(MARGIN, y + 1, 4, 13).fill(COLOURS.verdict[b.verdict ?? ''] ?? COLOURS.muted);
          doc
            .font('bold')
            .fontSize(11.5)
            .fillColor(COLOURS.ink)
            .text(b.text, MARGIN + 10, y, { width: width - 10 });
          doc.x = MARGIN;
          doc.moveDown(0.3);
        }
        break;
      case 'paragraph':
        text(b.text, 'regular', 9.5, COLOURS.ink, { lineGap: 1.5 });
        doc.moveDown(0.6);
        break;
      case 'facts': {
        const keyWidth = 150;
        for (const [k, v] of b.rows) {
          doc.font('bold').fontSize(8.5);
          const keyHeight = doc.heightOfString(k, { width: keyWidth - 8 });
          doc.font('regular').fontSize(8.5);
          const h = Math.max(doc.heightOfString(v || ' ', { width: width - keyWidth }), keyHeight, 10);
          ensure(h + 2);
          const y = doc.y;
          doc
            .font('bold')
            .fontSize(8.5)
            .fillColor(COLOURS.muted)
            .text(k, MARGIN, y, { width: keyWidth - 8 });
          doc
            .font('regular')
            .fontSize(8.5)
            .fillColor(COLOURS.ink)
            .text(v, MARGIN + keyWidth, y, { width: width - keyWidth });
          doc.x = MARGIN;
          doc.y = Math.max(doc.y, y + h) + 1.5;
        }
        doc.moveDown(0.5);
        break;
      }
      case 'list':
        ensure(30);
        text(b.label, 'bold', 9.5);
        doc.moveDown(0.15);
        doc.font('regular').fontSize(8.5).fillColor(COLOURS.ink);
        if (b.items.length === 0) text(locale === 'nb' ? 'Ingen' : 'None', 'regular', 8.5, COLOURS.muted);
        else
          doc.list(b.items, MARGIN + 6, doc.y, {
            width: width - 6,
            bulletRadius: 1.6,
            textIndent: 10,
            lineGap: 1,
          });
        doc.x = MARGIN;
        doc.moveDown(0.6);
        break;
      case 'table':
        if (b.rows.length === 0) {
          ensure(30);
          text(b.label, 'bold', 9.5);
          doc.moveDown(0.15);
          text(locale === 'nb' ? 'Ingen' : 'None', 'regular', 8.5, COLOURS.muted);
          doc.moveDown(0.6);
        } else table(b);
        break;
    }
  };
  for (const b of model.blocks) render(b);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 8;
    doc.font('regular').fontSize(7.5).fillColor(COLOURS.muted);
    doc.text(model.title, MARGIN, y, { width: width / 2, lineBreak: false });
    doc.text(
      `${locale === 'nb' ? 'Side' : 'Page'} ${i + 1} ${locale === 'nb' ? 'av' : 'of'} ${range.count}`,
      MARGIN + width / 2,
      y,
      {
        width: width / 2,
        align: 'right',
        lineBreak: false,
      },
    );
  }
  return pdfBytes(doc);
}
