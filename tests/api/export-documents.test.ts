// The documents: roadmap.pdf (A4/A3 landscape, paginated over time), the saksunderlag as PDF and
// Markdown, and milestones.ics — each parsed back (PDF.js, ical.js) and checked for content. PDFs
// are deterministic: the same request gives the same bytes.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { gatherRoadmap } from '../../server/services/roadmapRows.js';
import { gatherYearAgenda } from '../../server/services/yearAgendaSheets.js';
import { download, seededExportApp } from '../support/exportApp.js';
import { readPdf } from '../support/pdfText.js';

const ctx = seededExportApp();
// PDF.js extracts text as laid out: compare without the spacing.
const squash = (s: string) => s.replace(/\s+/g, '');

describe('roadmap.pdf', () => {
  it('is A4 landscape with the title, period, legend and export date, and every initiative named', async () => {
    const res = await download(ctx.app, '/export/roadmap.pdf?from=2020-01-01&to=2021-12-31&date=2024-05-01');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(res.disposition).toBe('attachment; filename="veikart-2020-01-01_2021-12-31.pdf"');
    const pdf = await readPdf(res.bytes);
    expect(pdf.pages[0]).toMatchObject({ width: 842, height: 595 });
    const text = pdf.pages.map((p) => p.text).join('\n');
    for (const words of [
      'Veikart',
      'Periode: 1. januar 2020 – 31. desember 2021',
      'Tegnforklaring',
      'Data per 1. mai 2024',
      'Milepæl',
    ]) {
      expect(squash(text)).toContain(squash(words));
    }
    expect(pdf.info.Title).toBe('Veikart');
    expect(pdf.info.CreationDate).toMatch(/^D:20240501/);
    const data = await gatherRoadmap(ctx.db, { from: '2020-01-01', to: '2021-12-31' }, 'nb');
    // Long names are shortened with an ellipsis; their beginning is printed.
    for (const row of data.lanes.flatMap((l) => l.rows).filter((r) => r.kind === 'initiative')) {
      expect(squash(text)).toContain(squash(row.name.slice(0, 20)));
    }
    expect(text).toMatch(/Side 1 av \d+/);
  });

  it('splits a long period over pages by time, fewer on A3', async () => {
    const a4 = await readPdf(
      (await download(ctx.app, '/export/roadmap.pdf?from=2019-01-01&to=2030-12-31&date=2024-05-01')).bytes,
    );
    const a3 = await readPdf(
      (await download(ctx.app, '/export/roadmap.pdf?from=2019-01-01&to=2030-12-31&paper=A3&date=2024-05-01'))
        .bytes,
    );
    expect(a3.pages[0]).toMatchObject({ width: 1191, height: 842 });
    const windows = (pages: { text: string }[]) =>
      new Set(pages.map((p) => /Denne siden: ([^\n]+?)(?=Tegnforklaring|\n|$)/.exec(p.text)?.[1]?.trim()));
    expect(windows(a4.pages).size).toBe(3); // 2019–2022, 2023–2026, 2027–2030
    expect(windows(a3.pages).size).toBe(2); // 2019–2024, 2025–2030
    expect(squash(a4.pages[0]?.text ?? '')).toContain(
      squash('Denne siden: 1. januar 2019 – 31. desember 2022'),
    );
  });

  it('gives the same bytes for the same request', async () => {
    const path = '/export/roadmap.pdf?from=2019-01-01&to=2030-12-31&date=2024-05-01&lang=en';
    const first = await download(ctx.app, path);
    const second = await download(ctx.app, path);
    expect(first.bytes.length).toBeGreaterThan(1000);
    expect(first.bytes.equals(second.bytes)).toBe(true);
  });
});

describe('year-agenda.pdf and year-agenda.md (saksunderlag)', () => {
  it('has per tiltak the verdict, status, dependencies, risks, vedtak and sources', async () => {
    const res = await download(ctx.app, '/export/year-agenda.pdf?year=2024&date=2024-05-01');
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="saksunderlag-veikart-2024.pdf"');
    const pdf = await readPdf(res.bytes);
    expect(pdf.pages[0]).toMatchObject({ width: 595, height: 842 });
    const text = squash(pdf.pages.map((p) => p.text).join('\n'));
    const data = await gatherYearAgenda(ctx.db, 2024);
    const tiltak = data.goals.flatMap((g) => g.tiltak);
    expect(tiltak.length).toBeGreaterThan(10);
    expect(text).toContain(squash('Saksunderlag: veikart-tiltak 2024'));
    expect(text).toContain(squash('Kan tiltakene gjennomføres som planlagt?'));
    for (const t of tiltak) expect(text).toContain(squash(t.name));
    for (const words of [
      'Avhengigheter og deres tilstand',
      'Risikoer',
      'Vedtakshistorikk',
      'Kilder',
      'Begrunnelse',
    ]) {
      expect(text).toContain(squash(words));
    }
    const sak = tiltak.flatMap((t) => t.vedtak)[0];
    expect(sak).toBeDefined();
    expect(text).toContain(squash(sak?.number ?? ''));
  });

  it('gives the same PDF bytes every time', async () => {
    const path = '/export/year-agenda.pdf?year=2024&date=2024-05-01';
    const [a, b] = [await download(ctx.app, path), await download(ctx.app, path)];
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });

  it('writes the same saksunderlag as Markdown for pasting into papers', async () => {
    const res = await download(ctx.app, '/export/year-agenda.md?year=2024');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/markdown; charset=utf-8');
    expect(res.disposition).toBe('attachment; filename="saksunderlag-veikart-2024.md"');
    const md = res.text;
    expect(md.startsWith('# Saksunderlag: veikart-tiltak 2024\n')).toBe(true);
    const data = await gatherYearAgenda(ctx.db, 2024);
    const headings = [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    const unescapeMd = (s: string) => s.replace(/\\([\\`*_[\]<>|])/g, '$1');
    expect(headings.map((h) => unescapeMd(h ?? ''))).toEqual(
      data.goals.flatMap((g) => g.tiltak.map((t) => t.name)),
    );
    expect(md).toContain('| Avhenger av | Type | Tilstand | Begrunnelse |');
    expect(md).toContain('| Møte | Sak | Tittel | Vedtak |');
    // Every table row has as many cells as its header.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.split(/(?<!\\)\|/).length - 2).toBe(4);
    }
    const en = await download(ctx.app, '/export/year-agenda.md?year=2024&lang=en');
    expect(en.text).toContain('**Can the initiatives be carried out as planned?**');
    expect(en.disposition).toBe('attachment; filename="briefing-veikart-2024.md"');
  });

  it('refuses a year out of range', async () => {
    const res = await download(ctx.app, '/export/year-agenda.md?year=1999');
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION' });
  });
});

describe('milestones.ics', () => {
  it('parses as iCalendar with one all-day event per milestone, covering its period', async () => {
    const res = await download(
      ctx.app,
      '/export/milestones.ics?from=2020-01-01&to=2021-12-31&date=2024-05-01',
    );
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/calendar; charset=utf-8');
    expect(res.disposition).toBe('attachment; filename="veikart-milepaeler-2020-01-01_2021-12-31.ics"');
    for (const line of res.text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(res.text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const data = await gatherRoadmap(ctx.db, { from: '2020-01-01', to: '2021-12-31' }, 'nb');
    const milestones = data.lanes.flatMap((l) => l.rows).filter((r) => r.kind === 'milestone');
    expect(events.map((e) => e.uid).sort()).toEqual(milestones.map((m) => `${m.id}@veikart`).sort());
    const q4 = events.find((e) => e.uid === 'portefoljestyring-kriterier-nuit-nufa-2020@veikart');
    expect(q4?.startDate.toString()).toBe('2020-10-01');
    expect(q4?.endDate.toString()).toBe('2021-01-01');
    expect(q4?.startDate.isDate).toBe(true);
    expect(q4?.summary).toBe(
      'Forslag til kriterier og segmenter lagt frem i de nasjonale utvalgsmøtene (4. kv. 2020)',
    );
    expect(q4?.description).toContain('Dato: 4. kv. 2020 (kvartal)');
    expect(q4?.description).toContain('Tiltak: Porteføljestyring 2.0');
    expect(q4?.component.getFirstPropertyValue('x-veikart-date')).toBe('2020-Q4');
    expect(q4?.component.getFirstPropertyValue('x-veikart-precision')).toBe('quarter');
  });

  it('is filtered like the veikart', async () => {
    const all = await download(ctx.app, '/export/milestones.ics?from=2019-01-01&to=2030-12-31');
    const some = await download(
      ctx.app,
      '/export/milestones.ics?from=2019-01-01&to=2030-12-31&text=portefolje',
    );
    const count = (text: string) => (text.match(/BEGIN:VEVENT/g) ?? []).length;
    expect(count(some.text)).toBeGreaterThan(0);
    expect(count(some.text)).toBeLessThan(count(all.text));
  });
});
