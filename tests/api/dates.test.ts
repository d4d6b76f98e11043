// Dates over time on the real Neo4j: dateHistory of items stated in several papers, planners' edits as
// statements, the paper baselines (one per dated council meeting) in the list, the comparison and the
// roadmap, and the NUIT year view's dateMoves.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { asRole, seededApp } from '../support/app.js';

const ctx = seededApp();
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-${run}-${name}`;
const planner = asRole('planner');

afterAll(async () => {
  await ctx.db.write((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `test-${run}` }),
  );
});

async function ok<T>(query: string, variables: Record<string, unknown> = {}, headers = {}): Promise<T> {
  const res = await ctx.app.graphql<T>(query, variables, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

interface Statement {
  kind: string;
  date: { value: string; writtenAs: string | null } | null;
  status: string | null;
  meetingId: string | null;
  meetingDate: string | null;
  meeting: { id: string } | null;
  document: string | null;
  sources: { document: string; fromLine: number; toLine: number; quote: string }[];
  by: string | null;
  current: boolean;
  slip: { days: number; steps: number | null; text: string } | null;
}
interface History {
  field: string;
  moves: number;
  slipSinceFirst: { text: string } | null;
  statements: Statement[];
}

const HISTORY = `dateHistory { field moves slipSinceFirst { text } statements {
  kind date { value writtenAs } status meetingId meetingDate meeting { id } document
  sources { document fromLine toLine quote } by current slip { days steps text } } }`;

describe('dateHistory', () => {
  it('lists a tiltak’s start as each paper stated it: planned in Nov 2020, started as planned in 2021', async () => {
    const data = await ok<{ initiative: { dateHistory: History[] } }>(
      `{ initiative(id: "program-helhetlig-samhandling") { ${HISTORY} } }`,
    );
    const start = data.initiative.dateHistory.find((h) => h.field === 'START');
    expect(start?.statements.map((s) => [s.kind, s.date?.value, s.meetingId, s.meetingDate])).toEqual([
      ['PLANNED', '2021', 'nuit-2020-7', '2020-11-25'],
      ['ACTUAL', '2021', 'nuit-2021-1', '2021-02-18'],
      ['ACTUAL', '2021', 'ehelsestyret-2021-1', '2021-03-18'],
    ]);
    expect(start?.moves).toBe(0);
    expect(start?.statements.map((s) => s.slip?.text ?? null)).toEqual([null, '±0', '±0']);
    expect(start?.statements.map((s) => s.current)).toEqual([false, false, true]);
    const plan = start?.statements[0];
    expect(plan?.meeting?.id).toBe('nuit-2020-7');
    expect(plan?.sources[0]).toMatchObject({
      document: '000_0294d171777b1830.txt',
      fromLine: 338,
      toLine: 340,
    });
    expect(plan?.sources[0]?.quote).toContain('programmene Akson journal og Helhetlig samhandling');
  });

  it('keeps a milestone’s postponement without a new date undated, after the date once planned', async () => {
    const data = await ok<{ entity: { date: { value: string }; status: string; dateHistory: History[] } }>(
      `{ entity(id: "mandat-nuit-nufa-vedtatt") { ... on Milestone { date { value } status ${HISTORY} } } }`,
    );
    expect(data.entity).toMatchObject({ date: { value: '2020-12-16' }, status: 'DELAYED' });
    const date = data.entity.dateHistory.find((h) => h.field === 'DATE');
    expect(date?.statements.map((s) => [s.kind, s.date?.value ?? null, s.meetingDate, s.current])).toEqual([
      ['PLANNED', '2020-12-16', '2020-11-25', true],
      ['POSTPONED', null, '2020-12-16', false],
    ]);
    expect(date?.statements[1]?.sources[0]?.quote).toBe('Saken utsettes.');
    const status = data.entity.dateHistory.find((h) => h.field === 'STATUS');
    expect(status?.statements.map((s) => s.status)).toEqual(['DELAYED']);
  });

  it('records a planner’s edits as statements from the change log, with the slip', async () => {
    await ok(
      `mutation { createMilestone(input: {id: "${id('m')}", name: "M", initiativeId: "pll", date: "2027-Q2"}) { id } }`,
      {},
      planner,
    );
    await ok(
      `mutation { updateMilestone(id: "${id('m')}", version: 1, input: {date: "2027-Q4"}) { id } }`,
      {},
      planner,
    );
    const data = await ok<{ entity: { dateHistory: History[] } }>(
      `{ entity(id: "${id('m')}") { ... on Milestone { ${HISTORY} } } }`,
    );
    const date = data.entity.dateHistory.find((h) => h.field === 'DATE');
    expect(date?.statements.map((s) => [s.kind, s.date?.value, s.current, s.slip?.text ?? null])).toEqual([
      ['EDIT', '2027-Q2', false, null],
      ['EDIT', '2027-Q4', true, '+2 kv.'],
    ]);
    expect(date?.statements[0]?.by).toBeTruthy();
    expect(date?.moves).toBe(1);
  });
});

interface Compared {
  itemId: string;
  status: string;
  a: { start: string | null; end: string | null } | null;
  b: { start: string | null; end: string | null } | null;
}

describe('paper baselines', () => {
  it('lists one per dated council meeting beside the planners’ baselines', async () => {
    const { baselines } = await ok<{
      baselines: { id: string; kind: string; meetingId: string; name: string; at: string }[];
    }>('{ baselines { id kind meetingId name at } }');
    const papers = baselines.filter((b) => b.kind === 'paper');
    expect(papers.map((b) => b.id)).toEqual(
      expect.arrayContaining([
        'paper:nuit-2023-09-14',
        'paper:ehelseradet-2022-6',
        'paper:ehelsestyret-2021-1',
        'paper:nuit-2020-7',
      ]),
    );
    expect(papers.find((b) => b.id === 'paper:nuit-2023-09-14')).toMatchObject({
      meetingId: 'nuit-2023-09-14',
      name: 'NUIT, 14. september 2023 (papirene)',
      at: '2023-09-14',
    });
  });

  it('compares the plan at two meetings on hand-checked items', async () => {
    const { compareBaselines } = await ok<{ compareBaselines: { items: Compared[] } }>(
      `{ compareBaselines(a: "paper:nuit-2020-7", b: "paper:ehelsestyret-2021-1") {
          items { itemId status a { start end } b { start end } } } }`,
    );
    const item = (itemId: string) => compareBaselines.items.find((i) => i.itemId === itemId);
    // Planned to start in 2021 in Nov 2020, started as planned by March 2021: the same dates.
    expect(item('program-helhetlig-samhandling')).toMatchObject({
      status: 'UNCHANGED',
      a: { start: '2021', end: null },
      b: { start: '2021', end: null },
    });
    // First dated in the Feb 2021 NUIT paper (planned from Q3 2021): not in the Nov 2020 plan.
    expect(item('persontjenesten-nasjonal-innforing')).toMatchObject({
      status: 'ADDED',
      a: null,
      b: { start: '2021-Q3', end: '2021-Q3' },
    });
    // Stated in the Sep 2023 slides only.
    expect(item('felles-kommunal-journal')).toMatchObject({ status: 'UNCHANGED' });

    const later = await ok<{ compareBaselines: { items: Compared[] } }>(
      `{ compareBaselines(a: "paper:ehelsestyret-2021-1", b: "paper:nuit-2023-09-14") {
          items { itemId status a { start end } b { start end } } } }`,
    );
    // Felles kommunal journal: a start in 2021, then the Sep 2023 paper says the project ended 30.6.2023.
    expect(later.compareBaselines.items.find((i) => i.itemId === 'felles-kommunal-journal')).toMatchObject({
      status: 'CHANGED',
      a: { start: '2021', end: null },
      b: { start: '2021', end: '2023-06-30' },
    });
  });

  it('draws a meeting’s plan on the roadmap, and cannot be deleted', async () => {
    const data = await ok<{
      roadmap: {
        lanes: {
          initiatives: { id: string; baseline: { start: string | null; end: string | null } | null }[];
        }[];
      };
    }>(
      `{ roadmap(from: "2020-01-01", to: "2024-12-31", baselineId: "paper:ehelsestyret-2021-1") {
          lanes { initiatives { id baseline { start end } } } } }`,
    );
    const shown = data.roadmap.lanes.flatMap((l) => l.initiatives);
    expect(shown.find((i) => i.id === 'program-helhetlig-samhandling')?.baseline).toMatchObject({
      start: '2021',
    });
    const res = await ctx.app.graphql('mutation { deleteBaseline(id: "paper:nuit-2021-1") }', {}, planner);
    expect(res.errors?.[0]?.extensions?.code).not.toBe('INTERNAL');
    expect(res.errors?.[0]?.message).toMatch(/paper baseline|grunnlinje|papir/i);
    const missing = await ctx.app.graphql('{ baseline(id: "paper:nuit-1999-1") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the NUIT year view', () => {
  it('gives each tiltak how its dates moved, with the evidence', async () => {
    const data = await ok<{
      yearAgenda: {
        goals: {
          tiltak: {
            tiltak: { id: string };
            dateMoves: {
              moves: number;
              repeated: boolean;
              sinceYear: number;
              evidence: { meetingId: string }[];
            } | null;
          }[];
        }[];
      };
    }>(
      '{ yearAgenda(year: 2024) { goals { tiltak { tiltak { id } dateMoves { moves repeated sinceYear evidence { meetingId } } } } } }',
    );
    const all = data.yearAgenda.goals.flatMap((g) => g.tiltak);
    expect(all.length).toBeGreaterThan(20);
    const row = all.find((t) => t.tiltak.id === 'tiltak-2024-pll-ehelse');
    expect(row?.dateMoves).toMatchObject({ moves: 0, repeated: false, sinceYear: 2023 });
    expect(row?.dateMoves?.evidence.map((e) => e.meetingId)).toEqual(['nuit-2023-09-14']);
  });
});
