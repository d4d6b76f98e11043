// The timeline in every format from one drawing: the 16:9 SVG (which the browser turns into the PNG),
// the PDF and the PowerPoint of one view put every bar, milestone and name at the same relative
// place. Each file is read back (SVG text, PDF.js, the slide XML) and kept in test-results/exports
// for a look.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { download, seededExportApp } from '../support/exportApp.js';
import { readPdf, readPdfTextPositions } from '../support/pdfText.js';
import { readPptx } from '../support/pptxRead.js';

const ctx = seededExportApp();
const VIEW = 'from=2024-01-01&to=2024-12-31&groupBy=programme&date=2024-05-01';
const OUT = join(process.cwd(), 'test-results', 'exports');

function keep(name: string, bytes: Buffer): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), bytes);
}

interface Mark {
  id: string;
  x: number;
  y: number;
}

/** The bars (pale full span) and diamonds of an SVG page, by item, relative to the page. */
function svgMarks(
  svg: string,
  width: number,
  height: number,
): { bars: Mark[]; diamonds: Mark[]; texts: Map<string, Mark> } {
  const bars: Mark[] = [];
  const diamonds: Mark[] = [];
  const texts = new Map<string, Mark>();
  for (const m of svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)"[^>]*data-item="([^"]+)"/g)) {
    bars.push({ id: m[3] as string, x: Number(m[1]) / width, y: Number(m[2]) / height });
  }
  for (const m of svg.matchAll(/<path d="M([\d.]+),([\d.]+)[^"]*"[^>]*data-item="([^"]+)"/g)) {
    diamonds.push({ id: m[3] as string, x: Number(m[1]) / width, y: Number(m[2]) / height });
  }
  for (const m of svg.matchAll(
    /<text [^>]*text-anchor="start" data-item="([^"]+)"><tspan x="([\d.]+)" y="([\d.]+)">([^<]*)</g,
  )) {
    texts.set(m[4] as string, { id: m[1] as string, x: Number(m[2]) / width, y: Number(m[3]) / height });
  }
  return { bars, diamonds, texts };
}

describe('the timeline drawn once, in every format', () => {
  it('puts the same items at the same relative positions in the SVG, PDF and PowerPoint', async () => {
    const svgRes = await download(ctx.app, `/export/roadmap.svg?${VIEW}`);
    expect(svgRes.status).toBe(200);
    expect(svgRes.type).toContain('image/svg+xml');
    const pageCount = Number(
      (await fetch(`${ctx.app.url}/export/roadmap.svg?${VIEW}`)).headers.get('x-page-count'),
    );
    expect(pageCount).toBeGreaterThanOrEqual(1);
    // 16:9
    expect(svgRes.text).toContain('viewBox="0 0 960 540"');
    const pdfRes = await download(ctx.app, `/export/roadmap.pdf?${VIEW}&paper=slide`);
    const pptxRes = await download(ctx.app, `/export/roadmap.pptx?${VIEW}`);
    expect(pptxRes.status).toBe(200);
    expect(pptxRes.disposition).toBe('attachment; filename="veikart-2024-01-01_2024-12-31.pptx"');
    keep('roadmap-2024-programme.svg', svgRes.bytes);
    keep('roadmap-2024-programme-slide.pdf', pdfRes.bytes);
    keep('roadmap-2024-programme.pptx', pptxRes.bytes);

    const pdf = await readPdfTextPositions(pdfRes.bytes);
    const pptx = await readPptx(pptxRes.bytes);
    expect(pdf.length).toBe(pageCount);
    expect(pptx.slides.length).toBe(pageCount);
    expect(pptx.slideSize).toEqual({ w: 960, h: 540 });
    let compared = 0;
    for (let page = 0; page < pageCount; page++) {
      const svg =
        page === 0
          ? svgRes.text
          : (await download(ctx.app, `/export/roadmap.svg?${VIEW}&page=${page + 1}`)).text;
      const marks = svgMarks(svg, 960, 540);
      const slide = pptx.slides[page] ?? [];
      const pdfPage = pdf[page];
      if (!pdfPage) throw new Error(`no PDF page ${page + 1}`);
      // Bars and diamonds: the slide's native shapes sit where the SVG draws them.
      for (const bar of marks.bars) {
        const shape = slide.find((s) => s.name === `item:${bar.id}` && s.geometry === 'rect');
        expect(shape, bar.id).toBeDefined();
        expect(Math.abs((shape?.x ?? 0) / 960 - bar.x)).toBeLessThan(0.002);
        expect(Math.abs((shape?.y ?? 0) / 540 - bar.y)).toBeLessThan(0.002);
        compared++;
      }
      for (const d of marks.diamonds) {
        const shape = slide.find((s) => s.name === `item:${d.id}` && s.geometry === 'diamond');
        expect(shape, d.id).toBeDefined();
        expect(Math.abs(((shape?.x ?? 0) + (shape?.w ?? 0) / 2) / 960 - d.x)).toBeLessThan(0.002);
        compared++;
      }
      // Names and milestone labels: the PDF prints each where the SVG does (x and baseline).
      for (const [text, mark] of marks.texts) {
        const run = pdfPage.runs.find((r) => r.text.trim() === text.trim());
        if (!run) continue;
        expect(Math.abs(run.x / pdfPage.width - mark.x), text).toBeLessThan(0.003);
        expect(Math.abs(run.y / pdfPage.height - mark.y), text).toBeLessThan(0.004);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('says in every file what it shows: title, period, grouping, filter and data-per date', async () => {
    const path = `/export/roadmap.pdf?${VIEW}&paper=slide&statuses=red,yellow`;
    const pdf = await readPdf((await download(ctx.app, path)).bytes);
    const first = pdf.pages[0]?.text.replace(/\s+/g, ' ') ?? '';
    for (const words of [
      'Periode: 1. januar 2024 – 31. desember 2024',
      'Gruppert etter program',
      'Filter: Rød, Gul',
      'Data per 1. mai 2024',
    ]) {
      expect(first.replace(/\s/g, '')).toContain(words.replace(/\s/g, ''));
    }
    expect(String(pdf.info.Subject)).toContain('Filter: Rød, Gul');
    const pptx = await readPptx(
      (await download(ctx.app, `/export/roadmap.pptx?${VIEW}&statuses=red,yellow`)).bytes,
    );
    expect(pptx.core).toContain('Filter: Rød, Gul');
    const slideText = (pptx.slides[0] ?? []).map((s) => s.text).join('\n');
    expect(slideText).toContain('Data per 1. mai 2024');
    expect(slideText).toContain('Gruppert etter program');
  });

  it('answers a page beyond the last with 404, and a bad paper with 400', async () => {
    expect((await download(ctx.app, `/export/roadmap.svg?${VIEW}&page=99`)).status).toBe(404);
    expect((await download(ctx.app, `/export/roadmap.svg?${VIEW}&paper=A5`)).status).toBe(400);
  });
});
