// The PowerPoint exports read as a user reads them (the timeline of 2024 by programme, the NUIT year,
// the impact of Persontjenesten +8 weeks): the slide XML unzipped, each slide's words checked for its
// title, period, filter and "data per" date, no internal ids, no cut names and no empty cells where an
// undated item or an indirect cause would leave one.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { gatherYearAgenda } from '../../server/services/yearAgendaSheets.js';
import { download, seededExportApp } from '../support/exportApp.js';
import { unescapeXml } from '../support/xmlText.js';

const ctx = seededExportApp();

const squash = (s: string) => s.replace(/\s+/g, '');

interface Slide {
  /** Every text of the slide, in order. */
  text: string;
  /** Its tables: rows of cells (an empty cell is ''). */
  tables: string[][][];
}

async function slidesOf(path: string): Promise<Slide[]> {
  const res = await download(ctx.app, path);
  expect(res.status, path).toBe(200);
  const zip = await JSZip.loadAsync(res.bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
  const texts = (xml: string) =>
    [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? ''));
  return Promise.all(
    names.map(async (name) => {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      const tables = (xml.match(/<a:tbl>[\s\S]*?<\/a:tbl>/g) ?? []).map((table) =>
        (table.match(/<a:tr\b[\s\S]*?<\/a:tr>/g) ?? []).map((tr) =>
          (tr.match(/<a:tc\b[\s\S]*?<\/a:tc>/g) ?? []).map((tc) => texts(tc).join(' ')),
        ),
      );
      return { text: texts(xml).join('\n'), tables };
    }),
  );
}

describe('the slides read back', () => {
  it('the 2024 timeline by programme: title, period, filter and data per on every slide, every name whole, no ids', async () => {
    const slides = await slidesOf(
      '/export/roadmap.pptx?from=2024-01-01&to=2024-12-31&groupBy=programme&date=2024-05-01',
    );
    expect(slides.length).toBeGreaterThan(1);
    for (const [i, slide] of slides.entries()) {
      expect(slide.text).toContain('Periode: 1. januar 2024 – 31. desember 2024');
      expect(slide.text).toContain('Gruppert etter program');
      expect(slide.text).toContain('Filter: ingen (alle tiltak)');
      expect(slide.text).toContain('Data per 1. mai 2024');
      expect(slide.text).toContain(`Side ${i + 1} av ${slides.length}`);
    }
    const roadmap = await ctx.app.graphql<{
      roadmap: {
        lanes: { label: string; initiatives: { id: string; name: string }[]; milestones: { id: string }[] }[];
      };
    }>(
      `{ roadmap(from: "2024-01-01", to: "2024-12-31", groupBy: PROGRAMME) { lanes { label initiatives { id name } milestones { id } } } }`,
    );
    const lanes = roadmap.data?.roadmap.lanes ?? [];
    const initiatives = lanes.flatMap((l) => l.initiatives);
    const items = [...initiatives, ...lanes.flatMap((l) => l.milestones)];
    expect(initiatives.length).toBeGreaterThan(10);
    const all = squash(slides.map((s) => s.text).join('\n'));
    // A name is drawn whole (wrapped at words, never cut with "…").
    for (const t of initiatives) expect(all, t.name).toContain(squash(t.name));
    // No internal id (one that is also a word of a name or lane, such as "e-helsestrategi", is no tell).
    const words = squash(
      [...initiatives.map((t) => t.name), ...lanes.map((l) => l.label)].join(' '),
    ).toLowerCase();
    for (const t of items.filter((i) => !words.includes(squash(i.id))))
      expect(all, t.id).not.toContain(squash(t.id));
  });

  it('the NUIT year: the question and data per on every slide, each tiltak with its verdict and a short main reason', async () => {
    const slides = await slidesOf('/export/year-agenda.pptx?year=2024&date=2024-05-01&lang=en');
    for (const slide of slides) {
      expect(slide.text).toContain('NUIT 2024: can the initiatives be carried out as planned?');
      expect(slide.text).toContain('Data as of 1 May 2024');
    }
    const data = await gatherYearAgenda(ctx.db, 2024);
    const rows = slides.flatMap((s) => s.tables.flat());
    for (const t of data.goals.flatMap((g) => g.tiltak)) {
      const row = rows.find((r) => r[0] === t.name);
      expect(row, t.name).toBeDefined();
      expect(row?.[1]).toMatch(/^(As planned|At risk|Not as planned)$/);
      // One reason in a few words, in English (the whole text is in the saksunderlag).
      expect(row?.[2]?.length ?? 0).toBeGreaterThan(0);
      expect(row?.[2]?.length ?? 999).toBeLessThan(110);
      expect(row?.[2]).not.toMatch(/\b(ikke|sier|lysarket|dager)\b/);
      expect(squash(slides.map((s) => s.text).join(''))).not.toContain(squash(t.id));
    }
  });

  it('the impact of Persontjenesten +8 weeks: undated items by their window, every row with its cause', async () => {
    const slides = await slidesOf('/export/impact.pptx?delays=persontjenesten:56&date=2024-05-01');
    const rows = slides.flatMap((s) => s.tables.flatMap((t) => t.slice(1)));
    expect(rows.length).toBeGreaterThan(1);
    for (const [name, before, after, slip, cause] of rows) {
      expect(before, `${name}: end before`).not.toBe('');
      expect(after, `${name}: end after`).not.toBe('');
      expect(Number(slip)).toBeGreaterThan(0);
      expect(cause, `${name}: cause`).not.toBe('');
    }
    // Helseplattformen has no dates in the papers: its window, not a date.
    const hp = rows.find((r) => r[0] === 'Helseplattformen');
    expect(hp?.[1]).toMatch(/^(tidligst etter|trengs innen|udatert)/);
    for (const slide of slides) expect(slide.text).toContain('Data per 1. mai 2024');
  });
});
