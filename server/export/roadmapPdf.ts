// The veikart as a printable timeline (A4 or A3 landscape, or 16:9 slide pages): the timeline
// drawing (server/domain/drawing/timelineDrawing.ts) on PDF pages, so it matches the SVG, PNG and
// slides exactly. The metadata says what it is: title, period, grouping, filter and data-per date.
import type { PageFormat } from '../domain/drawing/shapes.js';
import type { RoadmapExportData } from '../services/roadmapRows.js';
import { drawOnPdf } from './drawingPdf.js';
import type { Locale } from './labels.js';
import { createPdf, pdfBytes } from './pdf.js';
import { roadmapDescription, roadmapDrawing } from './roadmapTimeline.js';

export { timeWindows } from '../domain/drawing/timelineDrawing.js';

export interface RoadmapPdfOptions {
  paper: PageFormat;
  /** The export date (ISO day), printed in the header and used as the PDF's creation date. */
  date: string;
  title: string;
}

export async function roadmapPdf(
  data: RoadmapExportData,
  locale: Locale,
  options: RoadmapPdfOptions,
): Promise<Buffer> {
  const drawing = roadmapDrawing(data, locale, {
    page: options.paper,
    date: options.date,
    title: options.title,
  });
  const doc = createPdf({
    size: [drawing.width, drawing.height],
    layout: 'portrait',
    title: options.title,
    subject: roadmapDescription(data, locale, options.date).join(' · '),
    keywords: 'veikart',
    date: options.date,
    lang: locale,
    margin: 0,
  });
  drawOnPdf(doc, drawing);
  return pdfBytes(doc);
}
