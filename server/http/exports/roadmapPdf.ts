// /export/roadmap.pdf, .svg and .pptx: the veikart timeline, one drawing in three formats. The PDF
// on A4 or A3 landscape or 16:9 pages; the SVG one page at a time (16:9 by default; X-Page-Count
// says how many); the PowerPoint 16:9 with native shapes.
import { drawingSvg } from '../../domain/drawing/drawingSvg.js';
import { notFound } from '../../errors.js';
import { roadmapPdf } from '../../export/roadmapPdf.js';
import { roadmapSlides } from '../../export/roadmapSlides.js';
import { roadmapDrawing } from '../../export/roadmapTimeline.js';
import { gatherRoadmap } from '../../services/roadmapRows.js';
import { fileName, title } from './formats.js';
import { roadmapParams } from './params.js';
import { exportRoute } from './route.js';

export const roadmapPdfRoutes = [
  exportRoute('/export/roadmap.pdf', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, p.roadmap, p.lang);
    const body = await roadmapPdf(data, p.lang, {
      paper: p.paper ?? 'A4',
      date: p.date,
      title: title.roadmap(p.lang),
    });
    return { format: 'pdf', name: fileName.roadmap(p.roadmap, 'pdf'), body };
  }),
  exportRoute('/export/roadmap.svg', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, p.roadmap, p.lang);
    // A picture is a slide unless a paper is asked for.
    const page = p.paper ?? 'slide';
    const drawing = roadmapDrawing(data, p.lang, { page, date: p.date, title: title.roadmap(p.lang) });
    const index = (p.page ?? 1) - 1;
    if (index >= drawing.pages.length) {
      throw notFound('side/page', String(index + 1));
    }
    const suffix = drawing.pages.length > 1 ? `-${index + 1}` : '';
    return {
      format: 'svg',
      name: fileName.roadmap(p.roadmap, `svg`).replace(/\.svg$/, `${suffix}.svg`),
      body: drawingSvg(drawing, index),
      headers: {
        'X-Page-Count': String(drawing.pages.length),
        'Access-Control-Expose-Headers': 'X-Page-Count',
      },
    };
  }),
  exportRoute('/export/roadmap.pptx', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, p.roadmap, p.lang);
    const body = await roadmapSlides(data, p.lang, { date: p.date, title: title.roadmap(p.lang) });
    return { format: 'pptx', name: fileName.roadmap(p.roadmap, 'pptx'), body };
  }),
];
