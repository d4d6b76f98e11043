// The files behind the README's export pictures (docs/exports/), kept in test-results/exports: the
// 2024 veikart by programme as A4 PDF, as 16:9 slide PDF (the drawing the PowerPoint and the SVG/PNG
// are made of), as SVG and as workbook (its first rows as a Markdown table), and the NUIT year's
// saksunderlag. `pdftoppm -png -r 80` turns a PDF page into the picture.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { download, seededExportApp } from '../support/exportApp.js';
import { readPdf } from '../support/pdfText.js';

const ctx = seededExportApp();
const OUT = join(process.cwd(), 'test-results', 'exports');
const VIEW = 'from=2024-01-01&to=2024-12-31&groupBy=programme&date=2024-05-01';

async function keep(path: string, name: string): Promise<Buffer> {
  const res = await download(ctx.app, path);
  expect(res.status, path).toBe(200);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), res.bytes);
  return res.bytes;
}

describe('the README export pictures', () => {
  it('keeps the 2024 veikart by programme in every format and the saksunderlag', async () => {
    const a4 = await readPdf(await keep(`/export/roadmap.pdf?${VIEW}`, 'readme-timeline-a4.pdf'));
    expect(a4.pages.length).toBeGreaterThanOrEqual(1);
    const slide = await readPdf(
      await keep(`/export/roadmap.pdf?${VIEW}&paper=slide`, 'readme-timeline-slide.pdf'),
    );
    expect(slide.pages.length).toBeGreaterThanOrEqual(1);
    await keep(`/export/roadmap.svg?${VIEW}&page=1`, 'readme-timeline-slide-1.svg');
    await keep(`/export/roadmap.pptx?${VIEW}`, 'readme-timeline.pptx');
    await keep('/export/year-agenda.pdf?year=2024&date=2024-05-01', 'readme-saksunderlag-2024.pdf');
    await keep('/export/year-agenda.pptx?year=2024&date=2024-05-01', 'readme-nuit-2024.pptx');
    await keep('/export/impact.pptx?delays=persontjenesten:56&date=2024-05-01', 'readme-impact.pptx');

    // The workbook's first rows, as the README shows them.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await keep(`/export/roadmap.xlsx?${VIEW}`, 'readme-roadmap.xlsx')) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0];
    const cell = (v: ExcelJS.CellValue) =>
      (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')).replace(/\|/g, '\\|');
    const rows: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 6) return;
      const values = (row.values as ExcelJS.CellValue[]).slice(1, 10).map(cell);
      rows.push(`| ${values.join(' | ')} |`);
      if (n === 1) rows.push(`|${values.map(() => ' --- ').join('|')}|`);
    });
    expect(rows.length).toBe(7);
    writeFileSync(join(OUT, 'readme-roadmap-xlsx.md'), `${rows.join('\n')}\n`);
  });
});
