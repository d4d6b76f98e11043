// /export/roadmap.pdf: the veikart timeline on A4 or A3 landscape.

import { roadmapPdf } from '../../export/roadmapPdf.js';
import { gatherRoadmap } from '../../services/roadmapRows.js';
import { fileName, title } from './formats.js';
import { roadmapParams } from './params.js';
import { exportRoute } from './route.js';

export const roadmapPdfRoutes = [
  exportRoute('/export/roadmap.pdf', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, p.roadmap, p.lang);
    const body = await roadmapPdf(data, p.lang, {
      paper: p.paper,
      date: p.date,
      title: title.roadmap(p.lang),
    });
    return { format: 'pdf', name: fileName.roadmap(p.roadmap, 'pdf'), body };
  }),
];
