// What every PDF export shares: pdfkit with DejaVu Sans (from the dejavu-fonts-ttf package, so the
// Docker image needs no system fonts; it covers æøå and the dashes and arrows we print), fixed
// metadata dates, and collecting the output. With the creation date fixed (the export date), the
// same input gives the same bytes: pdfkit derives the file ID from the metadata and names font
// subsets deterministically.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { STATUS_PALETTE } from '../domain/model/index.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
export const FONT = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
  condensed: join(fontDir, 'DejaVuSansCondensed.ttf'),
  condensedBold: join(fontDir, 'DejaVuSansCondensed-Bold.ttf'),
};

export type Paper = 'A4' | 'A3';

export interface PdfOptions {
  /** A paper name, or [width, height] in points (a drawing's page). */
  size: Paper | [number, number];
  layout: 'portrait' | 'landscape';
  title: string;
  /** What the document shows (period, filter, grouping, data per), in the PDF's metadata. */
  subject: string;
  keywords?: string;
  /** The export date (ISO day): CreationDate/ModDate, so the bytes depend on nothing else. */
  date: string;
  lang: 'nb' | 'en';
  margin: number;
}

export function createPdf(o: PdfOptions): PDFKit.PDFDocument {
  const when = new Date(`${o.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: o.size,
    layout: o.layout,
    margin: o.margin,
    bufferPages: true,
    autoFirstPage: false,
    lang: o.lang === 'nb' ? 'nb-NO' : 'en-GB',
    displayTitle: true,
    info: {
      Title: o.title,
      Subject: o.subject,
      ...(o.keywords ? { Keywords: o.keywords } : {}),
      Author: 'Veikart',
      Creator: 'Veikart',
      Producer: 'Veikart (PDFKit)',
      CreationDate: when,
      ModDate: when,
    },
  });
  doc.registerFont('regular', FONT.regular);
  doc.registerFont('bold', FONT.bold);
  doc.registerFont('condensed', FONT.condensed);
  doc.registerFont('condensedBold', FONT.condensedBold);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Text shortened with an ellipsis to fit `width` in the current font. */
export function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

export const COLOURS = {
  ink: '#1b1f24',
  muted: '#58606b',
  rule: '#c9ced6',
  band: '#f1f3f6',
  accent: '#005b7f',
  /** The screen's status colours (one palette for every view and export). */
  status: Object.fromEntries(Object.entries(STATUS_PALETTE).map(([code, c]) => [code, c.fill])) as Record<
    string,
    string
  >,
  verdict: {
    'as-planned': STATUS_PALETTE.green.fill,
    'at-risk': STATUS_PALETTE.yellow.fill,
    'not-as-planned': STATUS_PALETTE.red.fill,
  } as Record<string, string>,
};
