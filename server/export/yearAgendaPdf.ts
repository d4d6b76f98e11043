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
  const model = saksunderlag(data, locale);
  const doc = createPdf({
    size: options.paper,
    layout: 'portrait',
    title: model.title,
    subject: locale === 'nb' ? 'Saksunderlag for NUIT' : 'Briefing for NUIT',
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

  const table = (b: Extract<Block, { kind: 'table' }>) => {
    const widths = b.widths.map((w) => w * width);
    const pad = 3;
    const heightOf = (cells: string[], font: string) => {
      doc.font(font).fontSize(8);
      return (
        Math.max(
          ...cells.map((c, i) => doc.heightOfString(c || ' ', { width: (widths[i] ?? 0) - 2 * pad })),
        ) +
        2 * pad
      );
    };
    const row = (cells: string[], font: string, fill: string | null) => {
      const h = heightOf(cells, font);
      const y = doc.y;
      if (fill) doc.rect(MARGIN, y, width, h).fill(fill);
      let x = MARGIN;
      cells.forEach((c, i) => {
        doc
          .font(font)
          .fontSize(8)
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
    ensure(heightOf(b.header, 'bold') + heightOf(b.rows[0] ?? [''], 'regular') + 14);
    text(b.label, 'bold', 9.5);
    doc.moveDown(0.2);
    row(b.header, 'bold', COLOURS.band);
    for (const cells of b.rows) {
      if (doc.y + heightOf(cells, 'regular') > bottom()) {
        doc.addPage();
        row(b.header, 'bold', COLOURS.band);
      }
      row(cells, 'regular', null);
    }
    doc.moveDown(0.6);
  };

  for (const b of model.blocks) {
    switch (b.kind) {
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
  }

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
