// roadmap.mspdi.xml read back by MPXJ, the maintained reader behind ProjectLibre's and GanttProject's
// MS Project import: every shown item is a task with its dates, milestones have zero duration, lanes
// are summary tasks, and dependencies come back with their type and lag.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { roadmapMspdi } from '../../server/export/mspdi.js';
import { gatherRoadmap, type RoadmapExportData, type RoadmapRow } from '../../server/services/roadmapRows.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/database.js';
import { ensureMspdiCheckBuilt, type MpxjSummary, readWithMpxj } from '../support/mspdiCheck.js';
import { ensureSeeded } from '../support/seed.js';

const ctx = {} as { db: Database; app: TestApp };
beforeAll(async () => {
  ctx.db = openTestDatabase();
  await ensureSeeded(ctx.db);
  ctx.app = await startTestApp(ctx.db);
}, 120_000);
afterAll(async () => {
  await ctx.app?.stop();
  await ctx.db?.close();
});
const dir = mkdtempSync(join(tmpdir(), 'veikart-mspdi-'));
const QUERY = 'from=2019-01-01&to=2030-12-31&groupBy=actor&date=2024-05-01';

beforeAll(() => ensureMspdiCheckBuilt(), 300_000);

describe('roadmap.mspdi.xml', () => {
  let summary: MpxjSummary;
  let data: RoadmapExportData;
  beforeAll(async () => {
    const res = await fetch(`${ctx.app.url}/export/roadmap.mspdi.xml?${QUERY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="veikart-2019-01-01_2030-12-31.msproject.xml"',
    );
    const file = join(dir, 'roadmap.xml');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    summary = readWithMpxj(file);
    data = await gatherRoadmap(ctx.db, { from: '2019-01-01', to: '2030-12-31', groupBy: 'actor' }, 'nb');
  }, 120_000);

  it('is read by MPXJ as MSPDI', () => {
    expect(summary.format).toBe('MSPDI');
    expect(summary.title).toBe('Veikart');
  });

  it('has one summary task per lane and one task per item, in order', () => {
    const rows = data.lanes.flatMap((l) => l.rows);
    const tasks = summary.tasks.filter((t) => t.uid !== 0);
    expect(tasks.filter((t) => t.outlineLevel === 1).map((t) => t.name)).toEqual(
      data.lanes.map((l) => l.label),
    );
    expect(tasks.filter((t) => t.outlineLevel === 2).map((t) => t.name)).toEqual(rows.map((r) => r.name));
    expect(tasks.filter((t) => t.outlineLevel === 1).every((t) => t.summary)).toBe(true);
  });

  it('gives each task the first day of its start period and the last day of its end period', () => {
    const rows = data.lanes.flatMap((l) => l.rows);
    const tasks = summary.tasks.filter((t) => t.outlineLevel === 2);
    rows.forEach((row, i) => {
      const task = tasks[i];
      const start = row.start ?? row.end;
      const end = row.end ?? row.start;
      expect(task?.milestone).toBe(row.kind === 'milestone');
      expect(task?.finish?.slice(0, 10)).toBe(end?.last);
      if (row.kind === 'milestone') {
        expect(task?.start).toBe(task?.finish);
        expect(task?.duration?.value).toBe(0);
      } else {
        expect(task?.start?.slice(0, 10)).toBe(start?.first);
      }
    });
  });

  it('links every dependency between shown items, with its type', () => {
    const rows = data.lanes.flatMap((l) => l.rows);
    const tasks = summary.tasks.filter((t) => t.outlineLevel === 2);
    const uidOf = new Map(rows.map((r, i) => [r.id, tasks[i]?.uid]));
    const expected = rows.flatMap((r) =>
      r.dependencies
        .filter((d) => uidOf.has(d.targetId))
        .map((d) => `${uidOf.get(r.id)}<-${uidOf.get(d.targetId)} ${d.type}`),
    );
    const TYPE: Record<string, string> = {
      FINISH_START: 'FS',
      START_START: 'SS',
      FINISH_FINISH: 'FF',
      START_FINISH: 'SF',
    };
    const read = summary.tasks.flatMap((t) =>
      t.predecessors.map((p) => `${t.uid}<-${p.uid} ${TYPE[p.type]}`),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(read.sort()).toEqual(expected.sort());
  });
});

describe('MSPDI link types and lags', () => {
  const row = (id: string, kind: RoadmapRow['kind'], first: string, last: string): RoadmapRow => ({
    id,
    kind,
    name: id,
    category: kind === 'milestone' ? 'milestone' : 'project',
    laneKey: 'lane',
    laneLabel: 'Lane',
    initiativeId: null,
    initiativeName: null,
    owners: [],
    participants: [],
    start: { text: first, precision: 'day', first, last: first },
    end: { text: last, precision: 'day', first: last, last },
    status: null,
    dependencies: [],
  });

  it('writes FS/SS/FF/SF with lags in days that MPXJ reads back as elapsed days', () => {
    const a = row('a', 'initiative', '2024-01-01', '2024-03-31');
    const b = row('b', 'initiative', '2024-02-01', '2024-06-30');
    const m = row('m', 'milestone', '2024-07-15', '2024-07-15');
    const dep = (targetId: string, type: 'FS' | 'SS' | 'FF' | 'SF', lagDays: number) => ({
      targetId,
      targetName: targetId,
      type,
      lagDays,
      kind: 'technical' as const,
      shown: true,
    });
    b.dependencies = [dep('a', 'SS', 31), dep('m', 'SF', -3)];
    m.dependencies = [dep('a', 'FS', 14), dep('b', 'FF', 0)];
    const data: RoadmapExportData = {
      from: '2024-01-01',
      to: '2024-12-31',
      groupBy: 'actor',
      filter: { actorIds: [], kinds: [], statuses: [], text: null },
      actorNames: [],
      lanes: [{ key: 'lane', label: 'Lane', rows: [a, b, m] }],
    };
    const file = join(dir, 'links.xml');
    writeFileSync(file, roadmapMspdi(data, 'en', { title: 'Links', date: '2024-05-01' }));
    const read = readWithMpxj(file);
    const byName = new Map(read.tasks.map((t) => [t.name, t]));
    const uid = (n: string) => byName.get(n)?.uid;
    const links = (n: string) =>
      byName
        .get(n)
        ?.predecessors.map((p) => ({ from: p.uid, type: p.type, lag: p.lag?.value, units: p.lag?.units }));
    expect(links('b')).toEqual([
      { from: uid('a'), type: 'START_START', lag: 31, units: 'ed' },
      { from: uid('m'), type: 'START_FINISH', lag: -3, units: 'ed' },
    ]);
    expect(links('m')).toEqual([
      { from: uid('a'), type: 'FINISH_START', lag: 14, units: 'ed' },
      { from: uid('b'), type: 'FINISH_FINISH', lag: 0, units: 'ed' },
    ]);
    expect(byName.get('m')?.milestone).toBe(true);
    expect(byName.get('a')?.duration).toEqual({ value: 91, units: 'd' });
  });
});
