// The council papers: the saksunderlag (PDF and Markdown) a NUIT secretary can put in the meeting
// papers unchanged, and the year summary as 16:9 slides. Read back: PDF.js text and metadata, the
// Markdown, the slide XML.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { labelOf, VERDICT } from '../../server/export/labels.js';
import { gatherYearAgenda } from '../../server/services/yearAgendaSheets.js';
import { download, seededExportApp } from '../support/exportApp.js';
import { readPdf } from '../support/pdfText.js';
import { readPptx } from '../support/pptxRead.js';
import { unescapeXml } from '../support/xmlText.js';

const ctx = seededExportApp();
const squash = (s: string) => s.replace(/\s+/g, '');
const OUT = join(process.cwd(), 'test-results', 'exports');

describe('the saksunderlag as a council paper', () => {
  it('opens with what it is, the data-per date and a summary table of every tiltak with its verdict', async () => {
    const res = await download(ctx.app, '/export/year-agenda.pdf?year=2024&date=2024-05-01');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'saksunderlag-2024.pdf'), res.bytes);
    const pdf = await readPdf(res.bytes);
    const data = await gatherYearAgenda(ctx.db, 2024);
    const tiltak = data.goals.flatMap((g) => g.tiltak);
    const first = squash(pdf.pages[0]?.text ?? '');
    expect(first).toContain(squash('Data per 1. mai 2024'));
    expect(first).toContain(squash('Oversikt'));
    expect(first).toContain(squash('Hovedgrunn'));
    // The summary comes before any goal's section: the first tiltak's verdict is in it.
    expect(first).toContain(squash(labelOf(VERDICT, tiltak[0]?.verdict, 'nb')));
    expect(String(pdf.info.Subject)).toContain('data per 2024-05-01');
    const all = squash(pdf.pages.map((p) => p.text).join('\n'));
    // The app's words for verdicts; never the old "usikre".
    expect(all).not.toContain('usikre');
    // No internal ids.
    for (const t of tiltak) expect(all).not.toContain(squash(`ID${t.id}`));
    // The vedtak history once per goal, not per tiltak.
    const histories =
      pdf.pages
        .map((p) => p.text)
        .join('\n')
        .match(/Vedtakshistorikk/g)?.length ?? 0;
    expect(histories).toBeLessThanOrEqual(data.goals.length);
    const proposals = all.match(/Forslagtilvedtak/g)?.length ?? 0;
    const saker = new Set(
      tiltak.flatMap((t) => t.vedtak.filter((s) => !s.decision && s.proposedDecision).map((s) => s.id)),
    );
    expect(proposals).toBeLessThanOrEqual(saker.size * data.goals.length);
    expect(proposals).toBeLessThan(tiltak.length);
    // Sources as numbered notes with paper and lines.
    expect(pdf.pages.map((p) => p.text).join('\n')).toMatch(/\[1\][^[]*linje \d+–\d+/);
  });

  it.each(['nb', 'en'] as const)(
    'sets the whole summary table on page 1 (%s): every tiltak in it, page 2 starts with the first goal',
    async (lang) => {
      const res = await download(ctx.app, `/export/year-agenda.pdf?year=2024&date=2024-05-01&lang=${lang}`);
      const pdf = await readPdf(res.bytes);
      const data = await gatherYearAgenda(ctx.db, 2024);
      const first = squash(pdf.pages[0]?.text ?? '');
      // Each tiltak's name begins its row (a long one may be cut after two lines, never before).
      for (const t of data.goals.flatMap((g) => g.tiltak))
        expect(first, t.name).toContain(squash(t.name.split(' ').slice(0, 4).join(' ')));
      const second = squash(pdf.pages[1]?.text ?? '');
      expect(second.startsWith(squash(data.goals[0]?.title ?? ''))).toBe(true);
      // The main reason is short in the summary; the whole text is in the tiltak's section.
      expect(first).toContain(squash(lang === 'nb' ? 'Forutsetning ukjent:' : 'Condition unknown:'));
    },
  );

  it('writes open-ended periods open and the same structure in Markdown', async () => {
    const md = (await download(ctx.app, '/export/year-agenda.md?year=2024&date=2024-05-01')).text;
    expect(md).toContain('**Data per:** 1. mai 2024');
    expect(md.indexOf('**Oversikt**')).toBeLessThan(md.indexOf('## '));
    expect(md).toContain('| Veikartmål | Tiltak | Vurdering | Hovedgrunn |');
    // "2023 –" for a period with no end, never "2023" alone.
    const data = await gatherYearAgenda(ctx.db, 2024);
    for (const t of data.goals.flatMap((g) => g.tiltak).filter((t) => t.start && !t.end)) {
      expect(md).toContain(`- **Periode:** ${t.start?.text} –`);
    }
    expect(md).not.toMatch(/- \*\*ID:\*\*/);
    expect(md).not.toMatch(/\d[A-ZÆØÅ][a-zæøå]/);
  });

  it("writes the same saksunderlag as a Word document (DOCX): the Markdown's content, read from word/document.xml", async () => {
    const res = await download(ctx.app, '/export/year-agenda.docx?year=2024&date=2024-05-01');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.disposition).toBe('attachment; filename="saksunderlag-veikart-2024.docx"');
    writeFileSync(join(OUT, 'saksunderlag-2024.docx'), res.bytes);
    const zip = await JSZip.loadAsync(res.bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('Saksunderlag: veikart-tiltak 2024');
    expect(core).toContain('data per 2024-05-01');
    const paragraphs = (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
      text: unescapeXml([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    }));
    const text = paragraphs.map((p) => p.text).join('\n');
    // The same tiltak, in the same order, as the Markdown's ### headings.
    const md = (await download(ctx.app, '/export/year-agenda.md?year=2024&date=2024-05-01')).text;
    const unescapeMd = (t: string) => t.replace(/\\([\\`*_[\]<>|])/g, '$1');
    const mdTiltak = [...md.matchAll(/^### (.+)$/gm)].map((m) => unescapeMd(m[1] ?? ''));
    const mdGoals = [...md.matchAll(/^## (.+)$/gm)].map((m) => unescapeMd(m[1] ?? ''));
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(mdTiltak);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(mdGoals);
    expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe('Saksunderlag: veikart-tiltak 2024');
    expect(text).toContain('Data per: 1. mai 2024');
    expect(text).toContain('Oversikt');
    expect(text.match(/Vedtakshistorikk/g)?.length ?? 0).toBe(md.match(/\*\*Vedtakshistorikk\*\*/g)?.length);
    // The summary table: a header row repeated on a new page, a band row per goal, a row per tiltak.
    expect(xml).toContain('<w:tblHeader/>');
    const data = await gatherYearAgenda(ctx.db, 2024);
    for (const t of data.goals.flatMap((g) => g.tiltak))
      expect(squash(text)).not.toContain(squash(`ID${t.id}`));
    expect(text).toMatch(/\[1\][^[]*linje \d+–\d+/);
  });

  it("puts the year summary on 16:9 slides: every tiltak once, its verdict in the app's words", async () => {
    const res = await download(ctx.app, '/export/year-agenda.pptx?year=2024&date=2024-05-01');
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="saksunderlag-veikart-2024.pptx"');
    writeFileSync(join(OUT, 'nuit-2024.pptx'), res.bytes);
    const pptx = await readPptx(res.bytes);
    expect(pptx.slideSize).toEqual({ w: 960, h: 540 });
    const data = await gatherYearAgenda(ctx.db, 2024);
    const texts = pptx.slides.map((s) => s.map((shape) => shape.text).join('\n'));
    for (const t of data.goals.flatMap((g) => g.tiltak)) {
      expect(texts.filter((text) => text.includes(t.name)).length, t.name).toBeGreaterThanOrEqual(1);
    }
    for (const text of texts) {
      expect(text).toContain('NUIT 2024');
      expect(text).toContain('Data per 1. mai 2024');
    }
    expect(texts.join('\n')).toContain('I fare');
  });
});

describe('the impact summary as slides', () => {
  it('lists what slips when Persontjenesten is 8 weeks late, the largest slip first, with the question on each slide', async () => {
    const res = await download(ctx.app, '/export/impact.pptx?delays=persontjenesten:56&date=2024-05-01');
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="veikart-konsekvens-2024-05-01.pptx"');
    writeFileSync(join(OUT, 'impact-persontjenesten.pptx'), res.bytes);
    const pptx = await readPptx(res.bytes);
    expect(pptx.slideSize).toEqual({ w: 960, h: 540 });
    expect(pptx.slides.length).toBeGreaterThanOrEqual(1);
    for (const slide of pptx.slides) {
      const text = slide.map((s) => s.text).join('\n');
      expect(text).toContain('Hvis: Persontjenesten +56 d ·');
      expect(text).toContain('Data per 1. mai 2024');
    }
    // The table's slip column (4th) runs from the largest down.
    const table = pptx.slides[0]?.find(
      (s) => s.name.startsWith('Table') || s.text.includes('Forsinkelse (dager)'),
    );
    const cells = table?.text.split('\n') ?? [];
    const slips = cells
      .slice(5)
      .filter((_, i) => i % 5 === 3)
      .map(Number);
    expect(slips.length).toBeGreaterThan(0);
    expect(slips).toEqual([...slips].sort((a, b) => b - a));
  });
});
