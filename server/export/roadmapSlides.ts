// The veikart timeline as a 16:9 PowerPoint deck (pptxgenjs): the timeline drawing's pages as slides
// of native shapes and text, one view per slide, with the presentation's properties saying what
// it shows (title, period, filter, data per).

import type { RoadmapExportData } from '../services/roadmapRows.js';
import { drawOnSlides } from './drawingPptx.js';
import type { Locale } from './labels.js';
import { PptxGenJS, type Presentation } from './pptx.js';
import { roadmapDescription, roadmapDrawing } from './roadmapTimeline.js';

export interface SlideOptions {
  /** The export date (ISO day): data per, and the file's dates. */
  date: string;
  title: string;
}

/** A new 16:9 presentation (13.333 × 7.5 in, the drawing's slide page) with its properties. */
export function newDeck(title: string, subject: string): Presentation {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.subject = subject;
  pptx.author = 'Veikart';
  pptx.company = 'Veikart';
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  return pptx;
}

export async function deckBytes(pptx: Presentation): Promise<Buffer> {
  const out = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return out as Buffer;
}

export async function roadmapSlides(
  data: RoadmapExportData,
  locale: Locale,
  options: SlideOptions,
): Promise<Buffer> {
  const pptx = newDeck(options.title, roadmapDescription(data, locale, options.date).join(' · '));
  drawOnSlides(
    pptx,
    roadmapDrawing(data, locale, { page: 'slide', date: options.date, title: options.title }),
  );
  return deckBytes(pptx);
}
