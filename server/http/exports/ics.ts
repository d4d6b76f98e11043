// /export/milestones.ics: one all-day event per milestone of the view.
import { milestonesIcs } from '../../export/milestonesIcs.js';
import { gatherRoadmap } from '../../services/roadmapRows.js';
import { fileName } from './formats.js';
import { roadmapParams } from './params.js';
import { exportRoute } from './route.js';

export const icsRoutes = [
  exportRoute('/export/milestones.ics', roadmapParams, async (p, db) => {
    const data = await gatherRoadmap(db, p.roadmap, p.lang);
    const body = milestonesIcs(data, p.lang, { date: p.date });
    return { format: 'ics', name: fileName.milestones(p.roadmap, p.lang), body };
  }),
];
