// roadmap.csv/.xlsx and impact.csv/.xlsx parsed back and checked for content, and the HTTP contract
// every export shares: file names, roles, and 400 with both languages for bad parameters.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { asRole } from '../support/app.js';
import { download, seededExportApp } from '../support/exportApp.js';

const ctx = seededExportApp();
const PERIOD = 'from=2020-01-01&to=2021-12-31';

type Row = Record<string, string>;
const parseCsv = (text: string, delimiter = ','): Row[] =>
  parse(text, { columns: true, bom: true, delimiter, skip_empty_lines: true }) as Row[];

describe('roadmap.csv', () => {
  it('has one row per initiative and milestone, with dates in their precision and owners', async () => {
    const res = await download(ctx.app, `/export/roadmap.csv?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8; header=present');
    expect(res.disposition).toBe('attachment; filename="veikart-2020-01-01_2021-12-31.csv"');
    const rows = parseCsv(res.text);
    const byId = new Map(rows.map((r) => [r.ID, r]));
    expect(byId.get('portefoljestyring-2-0')).toMatchObject({
      Type: 'Tiltak',
      Navn: 'Porteføljestyring 2.0',
      Eiere: 'Direktoratet for e-helse',
      Start: '2. halvår 2020',
      'Start (verdi)': '2020-H2',
      'Start (presisjon)': 'halvår',
      'Start (første dag)': '2020-07-01',
    });
    expect(byId.get('portefoljestyring-kriterier-nuit-nufa-2020')).toMatchObject({
      Type: 'Milepæl',
      'Hører til': 'Porteføljestyring 2.0',
      Slutt: '4. kv. 2020',
      'Slutt (verdi)': '2020-Q4',
      'Slutt (presisjon)': 'kvartal',
      'Slutt (siste dag)': '2020-12-31',
      Status: 'Fullført',
    });
    // Every item the roadmap query shows is a row, and nothing else.
    const roadmap = await ctx.app.graphql<{
      roadmap: { lanes: { initiatives: { id: string }[]; milestones: { id: string }[] }[] };
    }>(
      '{ roadmap(from: "2020-01-01", to: "2021-12-31") { lanes { initiatives { id } milestones { id } } } }',
    );
    const ids = roadmap.data?.roadmap.lanes.flatMap((l) =>
      [...l.initiatives, ...l.milestones].map((x) => x.id),
    );
    expect(rows.map((r) => r.ID).sort()).toEqual(ids?.sort());
  });

  it('lists dependencies with type and lag, readable and as codes', async () => {
    const rows = parseCsv((await download(ctx.app, `/export/roadmap.csv?${PERIOD}`)).text);
    const withDeps = rows.filter((r) => r['Avhenger av (id, type, forsinkelse)']);
    expect(withDeps.length).toBeGreaterThan(0);
    for (const r of withDeps) {
      for (const code of r['Avhenger av (id, type, forsinkelse)']?.split('; ') ?? []) {
        expect(code).toMatch(/^[a-z0-9-]+ (FS|SS|FF|SF)([+-]\d+)?$/);
      }
    }
  });

  it('speaks English with lang=en and uses ; with delimiter=semicolon', async () => {
    const res = await download(ctx.app, `/export/roadmap.csv?${PERIOD}&lang=en&delimiter=semicolon`);
    const rows = parseCsv(res.text, ';');
    const row = rows.find((r) => r.ID === 'portefoljestyring-2-0');
    expect(row).toMatchObject({ Type: 'Initiative', Start: 'H2 2020', 'Start (precision)': 'half-year' });
  });

  it('applies the view filters', async () => {
    const rows = parseCsv(
      (await download(ctx.app, `/export/roadmap.csv?${PERIOD}&kinds=PROJECT&text=portefolje`)).text,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.Type === 'Tiltak').every((r) => r.Kategori === 'Prosjekt')).toBe(true);
    expect(rows.map((r) => r.ID)).toContain('portefoljestyring-2-0');
  });
});

describe('roadmap.xlsx', () => {
  it('reads back with the same rows as the CSV, days as dates', async () => {
    const res = await download(ctx.app, `/export/roadmap.xlsx?${PERIOD}&date=2024-05-01`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.disposition).toBe('attachment; filename="veikart-2020-01-01_2021-12-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Veikart');
    if (!sheet) throw new Error('no sheet Veikart');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['ID', 'Type', 'Navn']);
    const csvRows = parseCsv((await download(ctx.app, `/export/roadmap.csv?${PERIOD}`)).text);
    expect((sheet?.rowCount ?? 0) - 1).toBe(csvRows.length);
    const col = (name: string) => header.indexOf(name) + 1;
    let found = false;
    sheet?.eachRow((row, n) => {
      if (n === 1 || row.getCell(1).value !== 'portefoljestyring-kriterier-nuit-nufa-2020') return;
      found = true;
      expect(row.getCell(col('Slutt (verdi)')).value).toBe('2020-Q4');
      expect(row.getCell(col('Slutt (presisjon)')).value).toBe('kvartal');
      expect(row.getCell(col('Slutt (siste dag)')).value).toEqual(new Date('2020-12-31T00:00:00Z'));
    });
    expect(found).toBe(true);
    expect(workbook.created).toEqual(new Date('2024-05-01T00:00:00Z'));
  });

  it('says what it is: period, grouping, filter, plan and data per, in its properties and a sheet', async () => {
    const res = await download(
      ctx.app,
      `/export/roadmap.xlsx?${PERIOD}&statuses=red&groupBy=programme&date=2024-05-01`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Veikart', 'Om eksporten']);
    const about = workbook.getWorksheet('Om eksporten');
    const rows = new Map<string, string>();
    about?.eachRow((row) => rows.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(rows.get('Periode')).toContain('1. januar 2020 – 31. desember 2021');
    expect(rows.get('Gruppert etter')).toBe('Program');
    expect(rows.get('Filter')).toBe('Rød');
    expect(rows.get('Plan')).toContain('gjeldende plan');
    expect(rows.get('Data per')).toBe('1. mai 2024');
    expect(workbook.subject).toContain('Filter: Rød');
  });
});

describe('impact.csv and impact.xlsx', () => {
  it('lists what slips when Persontjenesten is delayed 8 weeks, with the driving chain', async () => {
    const res = await download(ctx.app, '/export/impact.csv?delays=persontjenesten:56&date=2024-05-01');
    expect(res.status).toBe(200);
    expect(res.disposition).toBe('attachment; filename="veikart-konsekvens-2024-05-01.csv"');
    const rows = parseCsv(res.text);
    const own = rows.find((r) => r.ID === 'persontjenesten');
    expect(own?.['Forsinkelse (dager)']).toBe('56');
    expect(own?.Årsak).toBe('Forsinkelse 56 dager');
    expect(own?.['Fordelt på årsaker']).toBe('Forsinkelse Persontjenesten 56 d');
    // The chain starts at its cause (the delay), then the item it hit.
    const pushed = rows.filter((r) =>
      r['Drivende kjede']?.startsWith('Forsinkelse 56 dager → Persontjenesten (+56)'),
    );
    expect(pushed.length).toBeGreaterThan(1);
    // Helseplattformen has no dates in the papers: no dates in the table, its window instead.
    const hp = rows.find((r) => r.ID === 'helseplattformen');
    expect(hp?.['Slutt etter']).toBe('');
    expect(hp?.['Udatert: vindu før → etter']).toBe(
      'tidligst etter 3. kv. 2021 → tidligst etter 4. kv. 2021',
    );
    // Largest slip first.
    const slips = rows.map((r) => Number(r['Forsinkelse (dager)']));
    expect(slips).toEqual([...slips].sort((a, b) => b - a));
  });

  it('agrees with the impact query, and the workbook has the assumptions and the question', async () => {
    const q = await ctx.app.graphql<{ impact: { affected: { item: { id: string }; slipDays: number }[] } }>(
      '{ impact(riskIds: ["schrems-ii"]) { affected { item { id } slipDays } } }',
    );
    const res = await download(ctx.app, '/export/impact.xlsx?riskIds=schrems-ii&lang=en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Affected', 'Assumed delays', 'Question']);
    const rows: [string, number][] = [];
    workbook.getWorksheet('Affected')?.eachRow((row, n) => {
      if (n > 1) rows.push([String(row.getCell(1).value), Number(row.getCell(14).value)]);
    });
    expect(rows).toEqual(q.data?.impact.affected.map((a) => [a.item.id, a.slipDays]));
    const question: unknown[][] = [];
    workbook.getWorksheet('Question')?.eachRow((row) => {
      question.push((row.values as unknown[]).slice(1));
    });
    expect(question).toContainEqual(['risk', 'schrems-ii', 'Schrems II-dommen']);
  });

  it('refuses an impact without changes, and an unknown id', async () => {
    const none = await download(ctx.app, '/export/impact.csv');
    expect(none.status).toBe(400);
    expect(none.json()).toMatchObject({ code: 'VALIDATION' });
    const unknown = await download(ctx.app, '/export/impact.csv?delays=finnes-ikke:7');
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'NOT_FOUND',
      messageNb: expect.stringMatching(/Fant ikke/),
    });
  });
});

describe('parameters and roles', () => {
  it.each([
    ['from=2020-13-01', 'from'],
    ['from=yesterday', 'from'],
    ['from=2022-01-01&to=2021-01-01', 'to'],
    ['groupBy=colour', 'groupBy'],
    ['kinds=spaceship', 'kinds'],
    ['statuses=purple', 'statuses'],
    ['lang=de', 'lang'],
    ['paper=A5', 'paper'],
  ])('answers 400 for %s', async (params, field) => {
    const res = await download(ctx.app, `/export/roadmap.csv?${params}`);
    expect(res.status).toBe(400);
    const body = res.json() as { code: string; messageNb: string; messageEn: string };
    expect(body.code).toBe('VALIDATION');
    expect(body.messageNb).toContain(field);
    expect(body.messageEn).toContain(field);
  });

  it('answers 400 for a malformed delay', async () => {
    const res = await download(ctx.app, '/export/impact.xlsx?delays=persontjenesten-56');
    expect(res.status).toBe(400);
    expect((res.json() as { messageEn: string }).messageEn).toMatch(/delays/);
  });

  it('takes the same tokens as /graphql: any role reads, an invalid token is 401', async () => {
    for (const role of ['viewer', 'planner', 'admin'] as const) {
      expect((await download(ctx.app, `/export/roadmap.csv?${PERIOD}`, asRole(role))).status).toBe(200);
    }
    const res = await download(ctx.app, `/export/roadmap.csv?${PERIOD}`, {
      authorization: 'Bearer not-a-token',
    });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      messageNb: 'Tilgangsnøkkelen mangler eller er ikke gyldig.',
    });
  });
});
