// graph.json as backup and restore: the full seed exported, the database wiped, the file imported,
// and the export again must be equal. An invalid file writes nothing; only admin may import.
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seed/load.js';
import { applyMigrations } from '../../server/db/migrations.js';
import type { GraphDump } from '../../server/domain/model/graphDump.js';
import { asRole } from '../support/app.js';
import { download, seededExportApp } from '../support/exportApp.js';

const ctx = seededExportApp();
afterAll(async () => {
  // Leave the database seeded for the next test file, whatever happened here (the import restores
  // the SeedInfo checksum too, so only a forced seed undoes a change a failed test let through).
  await seedDatabase(ctx.db);
}, 180_000);

const FULL = '/export/graph.json?date=2024-05-01';

async function exportFull(): Promise<GraphDump> {
  const res = await download(ctx.app, FULL);
  expect(res.status).toBe(200);
  return res.json() as GraphDump;
}

async function importFile(body: unknown, headers: Record<string, string> = asRole('admin'), query = '') {
  const res = await fetch(`${ctx.app.url}/import/graph.json${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function valueType(match: string): Promise<string> {
  return ctx.db.read(async (tx) => {
    const result = await tx.run(`${match} RETURN valueType(x) AS t LIMIT 1`);
    return result.records[0]?.get('t') as string;
  });
}

describe('graph.json export', () => {
  it('holds the whole graph with its sources and papers', async () => {
    const res = await download(ctx.app, FULL);
    expect(res.type).toBe('application/json; charset=utf-8');
    expect(res.disposition).toBe('attachment; filename="veikart-graf-2024-05-01.json"');
    const dump = res.json() as GraphDump;
    expect(dump).toMatchObject({ format: 'veikart-graph', formatVersion: 1, scope: 'full', filter: null });
    expect(dump.seedChecksum).toMatch(/^[0-9a-f]{64}$/);
    const counts = await ctx.db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (n:Entity) WITH count(n) AS nodes
         MATCH (s:Source) WITH nodes, count(s) AS sources
         MATCH (d:Document) RETURN nodes, sources, count(d) AS documents`,
      );
      return r.records[0]?.toObject() as { nodes: number; sources: number; documents: number };
    });
    expect(dump.nodes.filter((n) => n.labels.includes('Entity'))).toHaveLength(counts.nodes);
    expect(dump.sources).toHaveLength(counts.sources);
    expect(dump.documents).toHaveLength(counts.documents);
    const persontjenesten = dump.nodes.find((n) => n.props.id === 'persontjenesten');
    expect(persontjenesten?.labels).toEqual(['Entity', 'Initiative']);
    expect(persontjenesten?.sources.length).toBeGreaterThan(0);
    expect(persontjenesten?.integers).toContain('version');
    const dep = dump.relationships.find((r) => r.type === 'DEPENDS_ON' && r.from === 'helseplattformen');
    expect(dep?.props.sourceIds).toBeDefined();
  });

  it('exports the part a veikart filter shows, with what it cites', async () => {
    const res = await download(ctx.app, '/export/graph.json?from=2020-01-01&to=2021-12-31&text=portefolje');
    expect(res.disposition).toBe('attachment; filename="veikart-graf-2020-01-01_2021-12-31.json"');
    const part = res.json() as GraphDump;
    expect(part.scope).toBe('part');
    expect(part.filter).toMatchObject({ from: '2020-01-01', to: '2021-12-31', text: 'portefolje' });
    const ids = new Set(part.nodes.map((n) => n.props.id));
    expect(ids.has('portefoljestyring-2-0')).toBe(true);
    for (const r of part.relationships) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    const sources = new Set(part.sources.map((s) => s.props.id));
    for (const n of part.nodes) for (const s of n.sources) expect(sources.has(s)).toBe(true);
    // Merging the part back changes nothing.
    const before = await exportFull();
    const merged = await importFile(part);
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ mode: 'merge', nodes: part.nodes.length, dryRun: false });
    expect(await exportFull()).toEqual(before);
  });
});

describe('graph.json import', () => {
  it('needs the admin role; an invalid token is 401', async () => {
    const dump = await exportFull();
    expect((await importFile(dump, asRole('viewer'))).status).toBe(403);
    expect((await importFile(dump, asRole('planner'))).body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await importFile(dump, {})).status).toBe(403);
    expect((await importFile(dump, { authorization: 'Bearer nope-nope-nope-nope' })).status).toBe(401);
  });

  it('validates first and writes nothing when the file is invalid', async () => {
    const before = await exportFull();
    const broken = structuredClone(before);
    // Valid at the start, broken at the end: a partial write would show.
    broken.nodes[0] = { ...broken.nodes[0], props: { ...broken.nodes[0]?.props, name: 'Endret' } } as never;
    broken.relationships.push({ type: 'DEPENDS_ON', from: 'persontjenesten', to: 'finnes-ikke', props: {} });
    const res = await importFile(broken);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION' });
    expect(String(res.body.messageEn)).toContain('no node "finnes-ikke" in the file');
    expect(await exportFull()).toEqual(before);

    const garbage = await importFile('{"format": "veikart-graph", "nodes": [');
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({ code: 'VALIDATION', messageEn: 'The body is not valid JSON.' });
    const wrongType = await importFile({
      ...before,
      nodes: [{ labels: ['Initiative'], props: { id: 7 }, sources: [] }],
    });
    expect(wrongType.status).toBe(400);
    expect(await exportFull()).toEqual(before);
  });

  it('rolls back a part whose relationship points at no node in the file or the database', async () => {
    const before = await exportFull();
    const part: GraphDump = {
      ...before,
      scope: 'part',
      filter: null,
      seedChecksum: null,
      nodes: [
        {
          ...(before.nodes.find((n) => n.props.id === 'persontjenesten') as GraphDump['nodes'][number]),
          props: { ...before.nodes.find((n) => n.props.id === 'persontjenesten')?.props, name: 'Endret' },
        },
      ],
      relationships: [{ type: 'DEPENDS_ON', from: 'persontjenesten', to: 'finnes-ikke', props: {} }],
    };
    const res = await importFile(part);
    expect(res.status).toBe(400);
    expect(String(res.body.messageEn)).toContain('finnes-ikke');
    expect(await exportFull()).toEqual(before);
  });

  it('checks a file without writing with dryRun=1', async () => {
    const dump = await exportFull();
    const res = await importFile(dump, asRole('admin'), '?dryRun=1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, mode: 'replace', nodes: dump.nodes.length });
  });

  it('restores the full seed exactly: export, wipe, import, export again is equal', async () => {
    const before = await exportFull();
    await ctx.db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await applyMigrations(ctx.db);
    const emptied = await exportFull();
    expect(emptied.nodes).toHaveLength(0);
    const res = await importFile(before);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      mode: 'replace',
      nodes: before.nodes.length,
      relationships: before.relationships.length,
      sources: before.sources.length,
      documents: before.documents.length,
    });
    const after = await exportFull();
    expect(after).toEqual(before);
    // Integers stay integers and floats floats, as the seed wrote them.
    expect(await valueType("MATCH (n:Initiative {id: 'persontjenesten'}) WITH n.version AS x")).toBe(
      'INTEGER NOT NULL',
    );
    expect(await valueType('MATCH (s:Source) WITH s.fromLine AS x')).toBe('FLOAT NOT NULL');
    // The API answers as before.
    const impact = await ctx.app.graphql<{ impact: { affected: { item: { id: string } }[] } }>(
      '{ impact(delays: [{ id: "persontjenesten", days: 56 }]) { affected { item { id } } } }',
    );
    expect(impact.data?.impact.affected.map((a) => a.item.id)).toContain('helseplattformen');
  });
});
