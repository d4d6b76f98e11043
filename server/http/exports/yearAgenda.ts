// /export/year-agenda.pdf, .md and .docx: the NUIT saksunderlag for a year (default: the newest year
// with tiltak); /export/year-agenda.pptx: its summary as 16:9 slides.
import type { Database } from '../../db/database.js';
import { yearAgendaDocx } from '../../export/yearAgendaDocx.js';
import { yearAgendaMarkdown } from '../../export/yearAgendaMarkdown.js';
import { yearAgendaPdf } from '../../export/yearAgendaPdf.js';
import { yearAgendaSlides } from '../../export/yearAgendaSlides.js';
import { gatherYearAgenda } from '../../services/yearAgendaSheets.js';
import { agendaYears } from '../../services/yearAgendaView.js';
import { fileName } from './formats.js';
import { yearAgendaParams } from './params.js';
import { exportRoute } from './route.js';

const agendaYear = async (db: Database, year: number | undefined) =>
  year ?? (await agendaYears(db))[0] ?? new Date().getUTCFullYear();

export const yearAgendaRoutes = [
  exportRoute('/export/year-agenda.pdf', yearAgendaParams, async (p, db) => {
    const year = await agendaYear(db, p.year);
    const data = await gatherYearAgenda(db, year);
    const body = await yearAgendaPdf(data, p.lang, { date: p.date, paper: p.paper === 'A3' ? 'A3' : 'A4' });
    return { format: 'pdf', name: fileName.yearAgenda(p.lang, year, 'pdf'), body };
  }),
  exportRoute('/export/year-agenda.md', yearAgendaParams, async (p, db) => {
    const year = await agendaYear(db, p.year);
    const body = yearAgendaMarkdown(await gatherYearAgenda(db, year), p.lang, p.date);
    return { format: 'md', name: fileName.yearAgenda(p.lang, year, 'md'), body };
  }),
  exportRoute('/export/year-agenda.docx', yearAgendaParams, async (p, db) => {
    const year = await agendaYear(db, p.year);
    const body = await yearAgendaDocx(await gatherYearAgenda(db, year), p.lang, { date: p.date });
    return { format: 'docx', name: fileName.yearAgenda(p.lang, year, 'docx'), body };
  }),
  exportRoute('/export/year-agenda.pptx', yearAgendaParams, async (p, db) => {
    const year = await agendaYear(db, p.year);
    const body = await yearAgendaSlides(await gatherYearAgenda(db, year), p.lang, { date: p.date });
    return { format: 'pptx', name: fileName.yearAgenda(p.lang, year, 'pptx'), body };
  }),
];
