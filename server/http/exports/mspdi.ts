// /export/roadmap.mspdi.xml: the veikart for MS Project, ProjectLibre and GanttProject.
import { roadmapMspdi } from '../../export/mspdi.js';
import { gatherRoadmap } from '../../services/roadmapRows.js';
import { fileName, title } from './formats.js';
import { roadmapParams } from './params.js';
import { exportRoute } from './route.js';

export const mspdiRoutes = [
  exportRoute('/export/roadmap.mspdi.xml', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, p.roadmap, p.lang);
    const body = roadmapMspdi(data, p.lang, { title: title.roadmap(p.lang), date: p.date });
    return { format: 'xml', name: fileName.roadmap(p.roadmap, 'msproject.xml'), body };
  }),
];
