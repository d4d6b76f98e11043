// A whole-portfolio import on the real Neo4j: staged in batches, switched live at once. A failure
// anywhere before the switch leaves the live portfolio as it was with nothing staged left over; a
// reader during an import sees the old portfolio or the new one, never a mix; what an interrupted
// import left behind is cleaned; one change set summarises the import and the plan version moves once.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPlanStamp, samePlanStamp } from '../../server/db/changeLog.js';
import { refreshPlannerStatistics } from '../../server/db/replan.js';
import { LEASE_STALE_MS } from '../../server/db/repositories/stagedImportRepository.js';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphDump } from '../../server/domain/model/graphDump.js';
import { graphDigest } from '../../server/services/backups.js';
import { cleanUpInterruptedImports, exportGraph, importGraph } from '../../server/services/graphTransfer.js';
import { openChangeSet, undo } from '../../server/services/history.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

const db = openTestDatabase({ transactionMs: 120_000 });
let seed: GraphDump;
const admin = { by: 'admin#test', reason: 'test' };

/** A portfolio of n initiatives named by tag (tag-1 … tag-n), each depending on the one before. */
function portfolio(tag: string, n: number): GraphDump {
  const ids = Array.from({ length: n }, (_, i) => `${tag}-${i + 1}`);
  return {
    format: GRAPH_FORMAT,
    formatVersion: GRAPH_FORMAT_VERSION,
    exportedAt: '2026-12-07',
    scope: 'full',
    filter: null,
    seedChecksum: null,
    documents: [{ props: { file: `${tag}.md`, title: tag } }],
    sources: [{ props: { id: `${tag}-src`, quote: tag }, document: `${tag}.md` }],
    nodes: ids.map((id, i) => ({
      labels: ['Entity', 'Initiative'],
      props: { id, name: `${tag} ${i + 1}`, kind: 'project', tag, version: 1 },
      integers: ['version'],
      sources: i === 0 ? [`${tag}-src`] : [],
    })),
    relationships: ids.slice(1).map((id, i) => ({
      type: 'DEPENDS_ON',
      from: id,
      to: ids[i] as string,
      props: { id: `${tag}-dep-${i + 1}`, version: 1 },
      integers: ['version'],
    })),
    dateStatements: [],
  };
}

const digest = async () => graphDigest(await exportGraph(db, null, '2026-01-01'));
const count = async (cypher: string): Promise<number> =>
  db.read(async (tx) => Number((await tx.run(cypher)).records[0]?.get('n') ?? 0));
const stagedLeft = () => count('MATCH (n) WHERE n:Staged OR n:Retired RETURN count(n) AS n');
const stamp = () => db.read(readPlanStamp);

beforeAll(async () => {
  await ensureSeeded(db);
  seed = await exportGraph(db, null, '2026-01-01');
}, 300_000);

afterAll(async () => {
  // Back to the seed for the next test file (the file carries the seed's checksum).
  await db.write((tx) => tx.run("MATCH (l:ImportLease {id: 'import'}) DETACH DELETE l"));
  if (seed) await importGraph(db, seed, false, admin);
  await db.close();
}, 300_000);

describe('a staged import is all or nothing', () => {
  const cases: {
    name: string;
    file: () => GraphDump;
    /** Set up before the import (and undone after). */
    arrange?: () => Promise<void>;
    beforeBatch?: (written: number) => void;
    code: string;
  }[] = [
    {
      name: 'a batch that fails while staging (the last one)',
      file: () => portfolio('fail', 1200),
      beforeBatch: (written) => {
        // 1 document, 1 source, 1200 nodes, then 1199 relationships in batches of 500: the last starts at 2202.
        if (written >= 2202) throw Object.assign(new Error('disk full'), { code: 'TEST_FAILURE' });
      },
      code: 'TEST_FAILURE',
    },
    {
      name: 'a file whose last relationship points at no node',
      file: () => {
        const file = portfolio('bad', 1200);
        file.relationships.push({ type: 'DEPENDS_ON', from: 'bad-1', to: 'finnes-ikke', props: {} });
        return file;
      },
      code: 'VALIDATION',
    },
    {
      name: 'another import staging at the same time',
      file: () => portfolio('busy', 10),
      arrange: async () => {
        await db.write((tx) =>
          tx.run(
            `MERGE (l:ImportLease {id: 'import'})
             SET l.holder = 'other', l.by = 'admin#9', l.startedAt = '2026-12-07T04:00:00Z', l.heartbeatMs = timestamp()`,
          ),
        );
      },
      code: 'CONFLICT',
    },
  ];

  for (const c of cases) {
    it(`leaves the live portfolio untouched and nothing staged: ${c.name}`, async () => {
      const [before, version] = [await digest(), await stamp()];
      await c.arrange?.();
      const outcome = importGraph(
        db,
        c.file(),
        false,
        admin,
        {},
        { batchSize: 500, beforeBatch: c.beforeBatch },
      );
      await expect(outcome).rejects.toMatchObject({ code: c.code });
      await db.write((tx) => tx.run("MATCH (l:ImportLease {id: 'import'}) REMOVE l.holder, l.heartbeatMs"));
      expect(await digest()).toBe(before);
      expect(await stagedLeft()).toBe(0);
      expect(await stamp()).toEqual(version);
    }, 300_000);
  }
});

describe('readers during a staged import', () => {
  it('see the old portfolio or the new one, never a mix, when the plan version did not move under them', async () => {
    await importGraph(db, portfolio('old', 3000), false, admin);
    const done = { value: false };
    const whole = new Map<string, number>();
    let moved = 0;
    // As the plan read does: the version before and after; Neo4j reads at read-committed, so a read
    // that ran across the switch's commit may see part of it, and it knows by the version.
    const reader = (async () => {
      while (!done.value) {
        const answer = await db.read(async (tx) => {
          const before = await readPlanStamp(tx);
          const r = await tx.run(
            `MATCH (n:Initiative) WITH count(n) AS n, collect(DISTINCT n.tag) AS tags
             OPTIONAL MATCH (:Entity)-[d:DEPENDS_ON]->(:Entity)
             RETURN n, tags, count(d) AS deps`,
          );
          const record = r.records[0];
          const seen = `${record?.get('n')} ${((record?.get('tags') as string[] | undefined) ?? []).sort().join(',')} ${record?.get('deps')}`;
          return samePlanStamp(before, await readPlanStamp(tx)) ? seen : null;
        });
        if (answer === null) moved++;
        else whole.set(answer, (whole.get(answer) ?? 0) + 1);
      }
    })();
    try {
      await importGraph(db, portfolio('new', 2500), false, admin, {}, { batchSize: 500 });
    } finally {
      done.value = true;
      await reader;
    }
    // Only whole portfolios, and both of them: the reader ran before and after the switch.
    expect([...whole.keys()].sort()).toEqual(['2500 new 2499', '3000 old 2999']);
    // Reads that overlapped the switch knew it (the stamp was null or moved).
    expect(moved).toBeGreaterThanOrEqual(0);
    expect(await stagedLeft()).toBe(0);
  }, 600_000);
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid as number;
}

describe('what an interrupted import left behind', () => {
  const leftovers = async (heartbeatMs: number, holder: { host: string; pid: number } | null = null) => {
    await db.write(async (tx) => {
      await tx.run(
        `CREATE (a:Staged:StagedEntity:StagedInitiative {id: 'crash-1', name: 'halv'}),
                (b:Staged:StagedEntity:StagedInitiative {id: 'crash-2', name: 'halv'}),
                (a)-[:DEPENDS_ON {id: 'crash-dep'}]->(b),
                (:Retired {id: 'retired-1'})`,
      );
      await tx.run(
        `MERGE (l:ImportLease {id: 'import'})
         SET l.holder = 'dead', l.by = 'admin#1', l.startedAt = '2026-12-07T03:00:00Z', l.heartbeatMs = $at,
             l.host = $host, l.pid = $pid`,
        { at: heartbeatMs, host: holder?.host ?? null, pid: holder?.pid ?? null },
      );
    });
  };

  it.each([
    { lease: 'stale (the import died)', age: LEASE_STALE_MS + 60_000, holder: null, staged: 2 },
    { lease: 'fresh, of a process on this host that is gone', age: 0, holder: 'dead', staged: 2 },
    { lease: 'fresh, of a process on this host that runs', age: 0, holder: 'alive', staged: 0 },
    { lease: 'fresh, of another host (another server is staging)', age: 0, holder: null, staged: 0 },
  ] as const)('is deleted at server start when the lease is $lease', async ({ age, holder, staged }) => {
    const before = await digest();
    await leftovers(
      Date.now() - age,
      holder === null ? null : { host: hostname(), pid: holder === 'alive' ? process.ppid : await deadPid() },
    );
    expect(await cleanUpInterruptedImports(db)).toEqual({ staged, retired: 1 });
    expect(await count('MATCH (n:Staged) RETURN count(n) AS n')).toBe(2 - staged);
    expect(await digest()).toBe(before);
    await db.write((tx) => tx.run('MATCH (n) WHERE n:Staged OR n:ImportLease DETACH DELETE n'));
  });

  it('is deleted by the next import, which then succeeds', async () => {
    await leftovers(Date.now() - LEASE_STALE_MS - 60_000);
    await importGraph(db, portfolio('after', 20), false, admin);
    expect(await stagedLeft()).toBe(0);
    expect(await count("MATCH (n:Initiative) WHERE n.id STARTS WITH 'crash' RETURN count(n) AS n")).toBe(0);
    expect(await count('MATCH (n:Initiative) RETURN count(n) AS n')).toBe(20);
  });
});

describe('after the switch', () => {
  it('asks Neo4j to resample its indexes and drop cached plans right after it, so reads are planned on the new portfolio', async () => {
    const phases: string[] = [];
    await importGraph(db, portfolio('replan', 20), false, admin, {}, { onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(['stage', 'switch', 'replan', 'deleteOld']);
    // The procedure it calls exists and runs on this Neo4j (a wrong name or signature fails here).
    expect(await refreshPlannerStatistics(db)).toBe(true);
  });

  it('is best effort: where the call is refused, the import is not failed for it', async () => {
    // A database the user may not use stands for a managed service that refuses the procedure.
    expect(await refreshPlannerStatistics({ ...db, name: 'no-such-database' })).toBe(false);
  });
});

describe('the change set of a staged import', () => {
  it('summarises the file, moves the plan version once, stamps what changed, and refuses undo', async () => {
    await importGraph(db, portfolio('sum', 30), false, admin);
    const file = portfolio('sum', 40);
    const changed = file.nodes[0];
    if (changed) changed.props = { ...changed.props, name: 'Endret', updatedBy: 'forged' };
    const before = await stamp();
    const outcome = await importGraph(
      db,
      file,
      false,
      { by: 'admin#3', reason: 'ny portefølje', sakId: '41/26' },
      { name: 'portefolje.graph.json' },
    );
    const after = await stamp();
    expect(after).toEqual({ epoch: before?.epoch, version: (before?.version ?? 0) + 1 });
    const cs = await openChangeSet(db, String(outcome.changeSetId));
    expect(cs).toMatchObject({
      seq: after?.version,
      operation: 'import',
      by: 'admin#3',
      reason: 'ny portefølje',
      sakId: '41/26',
      changeCount: 0,
      kinds: ['DEPENDS_ON', 'Document', 'Initiative', 'Source'],
      importSummary: {
        file: 'portefolje.graph.json',
        sha256: createHash('sha256').update(JSON.stringify(file)).digest('hex'),
        counts: [
          { kind: 'DEPENDS_ON', count: 39 },
          { kind: 'Document', count: 1 },
          { kind: 'Initiative', count: 40 },
          { kind: 'Source', count: 1 },
        ],
        // 30 initiatives, their source and document.
        replacedNodes: 32,
      },
    });
    // What changed gets the next version and the importer; what did not keeps its own.
    const node = async (id: string) =>
      db.read(async (tx) => {
        const r = await tx.run('MATCH (n:Initiative {id: $id}) RETURN properties(n) AS p', { id });
        return r.records[0]?.get('p') as Record<string, unknown>;
      });
    expect(await node('sum-1')).toMatchObject({ name: 'Endret', version: 2, updatedBy: 'admin#3' });
    expect(await node('sum-2')).toMatchObject({ version: 1 });
    expect((await node('sum-2')).updatedBy).toBeUndefined();
    await expect(undo(db, cs.id, { by: 'admin#3' })).rejects.toMatchObject({
      code: 'CONFLICT',
      messageEn: expect.stringContaining('cannot be undone'),
    });
  });
});
