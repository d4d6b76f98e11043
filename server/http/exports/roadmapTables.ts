// /export/roadmap.csv and /export/roadmap.xlsx: one row per initiative and milestone of the view.
import { toCsv } from '../../export/csv.js';
import { roadmapTable } from '../../export/roadmapTable.js';
import { roadmapAbout } from '../../export/roadmapTimeline.js';
import { toXlsx } from '../../export/xlsx.js';
import { gatherRoadmap } from '../../services/roadmapRows.js';
import { fileName, title } from './formats.js';
import { roadmapParams } from './params.js';
import { exportRoute } from './route.js';

export const roadmapTableRoutes = [
  exportRoute('/export/roadmap.csv', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, { ...p.roadmap, baselineId: p.baselineId ?? null }, p.lang);
    const body = toCsv(roadmapTable(data, p.lang), p.delimiter);
    return { format: 'csv', name: fileName.roadmap(p.roadmap, 'csv'), body };
  }),
  exportRoute('/export/roadmap.xlsx', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, { ...p.roadmap, baselineId: p.baselineId ?? null }, p.lang);
    const body = await toXlsx([roadmapTable(data, p.lang)], {
      title: title.roadmap(p.lang),
      date: p.date,
      about: roadmapAbout(data, p.lang, p.date),
    });
    return { format: 'xlsx', name: fileName.roadmap(p.roadmap, 'xlsx'), body };
  }),
];
