// /export/impact.csv and /export/impact.xlsx: what slips for a what-if, with the driving chain; the
// workbook adds the assumed delays and the question; impact.pptx is the same as 16:9 slides.
import { toCsv } from '../../export/csv.js';
import { impactSlides } from '../../export/impactSlides.js';
import { impactTables } from '../../export/impactTable.js';
import { toXlsx } from '../../export/xlsx.js';
import { gatherImpact } from '../../services/impactReport.js';
import { fileName, title } from './formats.js';
import { impactParams } from './params.js';
import { exportRoute } from './route.js';

export const impactRoutes = [
  exportRoute('/export/impact.csv', impactParams, async (p, db) => {
    const [slips] = impactTables(await gatherImpact(db, p), p.lang);
    if (!slips) throw new Error('the impact export has no table');
    return { format: 'csv', name: fileName.impact(p.lang, p.date, 'csv'), body: toCsv(slips, p.delimiter) };
  }),
  exportRoute('/export/impact.xlsx', impactParams, async (p, db) => {
    const tables = impactTables(await gatherImpact(db, p), p.lang);
    const body = await toXlsx(tables, { title: title.impact(p.lang), date: p.date });
    return { format: 'xlsx', name: fileName.impact(p.lang, p.date, 'xlsx'), body };
  }),
  exportRoute('/export/impact.pptx', impactParams, async (p, db) => {
    const body = await impactSlides(await gatherImpact(db, p), p.lang, {
      date: p.date,
      title: title.impact(p.lang),
    });
    return { format: 'pptx', name: fileName.impact(p.lang, p.date, 'pptx'), body };
  }),
];
