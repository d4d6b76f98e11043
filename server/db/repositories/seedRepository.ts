// Writes the seed graph with UNWIND + MERGE, all in one write transaction so that a failure
// leaves the database as it was. Labels and relationship types come from the model's closed lists,
// never from input; every value is a parameter.
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { diffSnapshots, NODE_LABELS, RELATIONSHIP_TYPES } from '../../domain/model/index.js';
import { capture, entityRef, recordChangeSet } from '../changeLog.js';
import type { Database } from '../database.js';
import type { DateStatementRow, NodeRow, RelRow, SeedGraph } from '../graphRows.js';

const BATCH = 500;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

export interface SeedWriteSummary {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** A digest of what the loader writes: changes when the data or the way it is written changes. */
export function seedChecksum(graph: SeedGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

/** The checksum of the seed last loaded into this database, or null if none was. */
export async function loadedSeedChecksum(db: Database): Promise<string | null> {
  return db.read(async (tx) => {
    const result = await tx.run("MATCH (s:SeedInfo {id: 'seed'}) RETURN s.checksum AS checksum");
    return (result.records[0]?.get('checksum') as string | undefined) ?? null;
  });
}

export async function writeSeedGraph(
  db: Database,
  graph: SeedGraph,
  onProgress: (m: string) => void = () => {},
): Promise<SeedWriteSummary> {
  return db.write(async (tx) => {
    // The load is one change set: every portfolio node before and after, with its relationships.
    const existing = await tx.run('MATCH (n:Entity) RETURN collect(n.id) AS ids');
    const ids = new Set<string>(existing.records[0]?.get('ids') as string[]);
    for (const label of NODE_LABELS) for (const row of graph.nodes[label]) ids.add(row.id);
    const scope = [...ids].map(entityRef);
    const before = await capture(tx, scope);
    const summary: SeedWriteSummary = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    const run = async (query: string, params: Record<string, unknown>) => {
      const result = await tx.run(query, params);
      const c = result.summary.counters.updates();
      summary.nodesCreated += c.nodesCreated;
      summary.relationshipsCreated += c.relationshipsCreated;
      summary.propertiesSet += c.propertiesSet;
    };
    await run(
      'UNWIND $docs AS d MERGE (doc:Document {file: d.file}) SET doc.key = d.key, doc.title = d.title',
      { docs: graph.documents },
    );
    for (const rows of batches(graph.sources)) {
      await run(
        `UNWIND $rows AS row
         MERGE (s:Source {id: row.id})
         SET s.doc = row.doc, s.fromLine = row.fromLine, s.toLine = row.toLine, s.sak = row.sak, s.quote = row.quote
         WITH s, row MATCH (d:Document {file: row.doc}) MERGE (s)-[:IN_DOCUMENT]->(d)`,
        { rows },
      );
    }
    onProgress(`sources: ${graph.sources.length}`);
    for (const label of NODE_LABELS) {
      await writeNodes(run, label, graph.nodes[label]);
      onProgress(`${label}: ${graph.nodes[label].length}`);
    }
    for (const type of RELATIONSHIP_TYPES) {
      await writeRels(tx, run, type, graph.rels[type]);
      onProgress(`${type}: ${graph.rels[type].length}`);
    }
    await writeDateStatements(run, graph.dateStatements ?? []);
    onProgress(`DateStatement: ${graph.dateStatements?.length ?? 0}`);
    const checksum = seedChecksum(graph);
    await tx.run("MERGE (s:SeedInfo {id: 'seed'}) SET s.checksum = $checksum", { checksum });
    // A load that changes nothing (the same seed again) leaves the database, and so the history, as it was.
    const changes = diffSnapshots(before, await capture(tx, scope));
    if (changes.length > 0)
      await recordChangeSet(
        tx,
        { operation: 'seed', by: 'seed', reason: `seed data ${checksum.slice(0, 12)}`, sakId: null },
        changes,
      );
    return summary;
  });
}

type Run = (query: string, params: Record<string, unknown>) => Promise<void>;

async function writeNodes(run: Run, label: string, rows: NodeRow[]): Promise<void> {
  for (const batch of batches(rows)) {
    // SET n = props replaces stale properties; the optimistic-locking version survives re-seeding.
    await run(
      `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       WITH n, row, coalesce(n.version, 1) AS version
       SET n = row.props, n.id = row.id, n.version = version, n.seeded = true
       SET n:${label}
       WITH n, row
       UNWIND row.sourceIds AS sid
       MATCH (s:Source {id: sid})
       MERGE (n)-[:CITES]->(s)`,
      { rows: batch },
    );
  }
}

/**
 * The papers' statements are the seed's alone: the load makes them exactly the seed's (merged by id, so
 * loading the same seed again creates nothing; statements no longer in the seed are removed).
 */
async function writeDateStatements(run: Run, rows: DateStatementRow[]): Promise<void> {
  await run('MATCH (d:DateStatement) WHERE NOT d.id IN $ids DETACH DELETE d', { ids: rows.map((r) => r.id) });
  for (const batch of batches(rows)) {
    await run(
      `UNWIND $rows AS row
       MERGE (d:DateStatement {id: row.id})
       SET d = row {.*, sourceIds: null}
       WITH d, row
       CALL {
         WITH d, row
         MATCH (d)-[c:CITES]->(x:Source) WHERE NOT x.id IN row.sourceIds
         DELETE c
       }
       WITH d, row
       UNWIND row.sourceIds AS sid
       MATCH (s:Source {id: sid})
       MERGE (d)-[:CITES]->(s)`,
      { rows: batch },
    );
  }
}

async function writeRels(_tx: ManagedTransaction, run: Run, type: string, rows: RelRow[]): Promise<void> {
  for (const batch of batches(rows)) {
    await run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r = row.props`,
      { rows: batch },
    );
  }
}

/** Whether the database holds no portfolio yet (then start-up loads the seed). */
export async function isPortfolioEmpty(db: Database): Promise<boolean> {
  return db.read(async (tx) => {
    const result = await tx.run('MATCH (n:Initiative) RETURN count(n) AS n');
    return (result.records[0]?.get('n') as number) === 0;
  });
}
