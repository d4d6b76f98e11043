// A whole-portfolio import (graph.json with scope full) of any size, all-or-nothing without one giant
// transaction. The validated file is written in batches, each its own short transaction, as staged
// nodes that carry only the labels Staged and Staged<Label> (no reader matches them; their
// relationships join staged nodes only). Then one transaction switches: under the plan lock it takes
// the live labels off the old portfolio (it becomes Retired), puts them on the staged one, records one
// change set and bumps the plan version. Neo4j reads at read-committed and shows a large commit piece by
// piece, so the switch is bracketed by a `switching` mark on the plan version (its own transactions):
// a reader that finds the same plan stamp before and after its read has seen one whole portfolio.
// The retired nodes are deleted in batches afterwards. A failure or a kill before the switch leaves
// the live portfolio as it was; staged rows left behind are deleted by the next import or server start.
// One import stages at a time (ImportLease, renewed with every batch): a second one is refused.
// What a killed import left is deleted by the next import, or at server start.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { DumpNode, GraphDump } from '../../domain/model/graphDump.js';
import {
  type ChangeSetMeta,
  type ImportSummary,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  TRANSIENT_PROPS,
} from '../../domain/model/index.js';
import { importRunning } from '../../errors.js';
import { lockPlan, recordChangeSet } from '../changeLog.js';
import type { Database } from '../database.js';
import { refreshPlannerStatistics } from '../replan.js';
import { type GraphWriteSummary, toParams } from './graphDumpRepository.js';

/** Every label a portfolio node may carry; only these are staged, switched and retired. */
const LIVE_LABELS = [
  'Entity',
  ...NODE_LABELS,
  'Scenario',
  'Source',
  'Document',
  'DateStatement',
  'SeedInfo',
] as const;
type LiveLabel = (typeof LIVE_LABELS)[number];
const isLiveLabel = (label: string): label is LiveLabel => (LIVE_LABELS as readonly string[]).includes(label);
const staged = (label: LiveLabel) => `Staged${label}`;

/** Rows per UNWIND statement (and transaction) while staging and deleting. */
export const IMPORT_BATCH = 2_000;
/** A lease not renewed for this long belongs to an import that died: the next one takes over. */
export const LEASE_STALE_MS = 5 * 60_000;

/**
 * The switch relabels every node of both portfolios in one transaction (that is what makes it atomic);
 * at 50k tiltak that is ~450k label changes and their index entries, longer than the 30 s an edit may
 * take on a loaded machine, so it gets a limit of its own. Every other transaction of the import is short.
 */
export const SWITCH_TIMEOUT_MS = 10 * 60_000;

/** What the file may not set on a node it changes: the server stamps who changed it and the version. */
const SERVER_SET = ['createdBy', 'createdAt', 'updatedBy', 'updatedAt', 'version', ...TRANSIENT_PROPS];

export interface StagedImportOptions {
  batchSize?: number;
  /** Called before each staging batch is written (tests make a batch fail here). */
  beforeBatch?: (written: number) => void | Promise<void>;
  /** Told how long each phase took (the import benchmark reports them). */
  onPhase?: (phase: ImportPhase, ms: number) => void;
}

export type ImportPhase = 'stage' | 'switch' | 'deleteOld' | 'replan';

export type ReplaceAudit = Pick<ChangeSetMeta, 'by' | 'reason' | 'sakId' | 'idempotency'> & {
  summary: Omit<ImportSummary, 'replacedNodes'>;
};

/** Replaces the whole portfolio with a validated full dump: staged in batches, then switched at once. */
export async function replacePortfolio(
  db: Database,
  dump: GraphDump,
  audit: ReplaceAudit,
  options: StagedImportOptions = {},
): Promise<GraphWriteSummary> {
  const stagingId = randomUUID();
  await takeLease(db, stagingId, audit.by);
  try {
    const timed = async <T>(phase: ImportPhase, work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      options.onPhase?.(phase, performance.now() - started);
      return result;
    };
    await timed('stage', async () => {
      // What an import that died left: its staged rows, and its mark if it died while switching.
      await markSwitching(db, null);
      await deleteRetired(db, options.batchSize);
      await deleteStaged(db, options.batchSize);
      await stage(db, stagingId, dump, audit.by, options);
    });
    const changeSetId = await timed('switch', async () => {
      await markSwitching(db, stagingId);
      try {
        return await switchLive(db, stagingId, audit);
      } finally {
        await markSwitching(db, null);
      }
    });
    // At once after the switch, so the reads that follow are planned on the new portfolio's statistics
    // (the retired nodes no longer carry the labels the reads use, so deleting them changes nothing there).
    await timed('replan', () => refreshPlannerStatistics(db));
    // The import is done once switched: the old portfolio is out of every reader's sight, and what a
    // failure here leaves is deleted by the next import or server start.
    await timed('deleteOld', () => deleteRetired(db, options.batchSize).catch(() => 0));
    return {
      mode: 'replace',
      documents: dump.documents.length,
      sources: dump.sources.length,
      nodes: dump.nodes.length,
      relationships: dump.relationships.length,
      changeSetId,
    };
  } catch (error) {
    // Nothing was switched (the switch is the last write that can fail): drop what was staged.
    await deleteStaged(db, options.batchSize).catch(() => {});
    throw error;
  } finally {
    await releaseLease(db, stagingId).catch(() => {});
  }
}

/**
 * At server start: deletes what an import killed mid-way left (retired nodes after a switch; staged
 * ones and the switching mark unless another server's import is running right now).
 */
export async function cleanUpImports(db: Database): Promise<{ staged: number; retired: number }> {
  const retired = await deleteRetired(db);
  const lease = await readLease(db);
  if (lease && isAlive(lease)) return { staged: 0, retired };
  await markSwitching(db, null);
  return { staged: await deleteStaged(db), retired };
}

/**
 * Sets (or clears) the plan's `switching` mark in a transaction of its own, committed before the switch
 * starts and cleared after it has committed: while it is set, readPlanStamp answers null, so no reader
 * takes what it read during the switch's commit for a whole plan (changeLog.ts).
 */
async function markSwitching(db: Database, stagingId: string | null): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MERGE (p:PlanVersion {id: 'plan'}) ON CREATE SET p.version = 0
       SET p.switching = $stagingId, p.epoch = coalesce(p.epoch, randomUUID())`,
      { stagingId },
    ),
  );
}

interface Lease {
  holder: string;
  by: string;
  since: string;
  ageMs: number;
  host: string | null;
  pid: number | null;
}

/**
 * An import holds its lease while it renews it, and while the process that took it is alive: a lease
 * of a process on this host that is gone (a server killed mid-import and started again) is free at once,
 * one from another host (another server instance, a container) once it has not been renewed for 5 minutes.
 */
function isAlive(lease: Lease): boolean {
  if (lease.ageMs > LEASE_STALE_MS) return false;
  if (lease.host !== hostname() || lease.pid === null) return true;
  if (lease.pid === process.pid) return true;
  try {
    process.kill(lease.pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has the pid, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLease(db: Database): Promise<Lease | null> {
  return db.read(async (tx) => {
    const r = await tx.run(
      `MATCH (l:ImportLease {id: 'import'}) WHERE l.holder IS NOT NULL
       RETURN l.holder AS holder, l.by AS by, l.startedAt AS since, timestamp() - l.heartbeatMs AS ageMs,
              l.host AS host, l.pid AS pid`,
    );
    const record = r.records[0];
    if (!record) return null;
    const pid = record.get('pid') as number | null;
    return {
      holder: String(record.get('holder')),
      by: String(record.get('by')),
      since: String(record.get('since')),
      ageMs: Number(record.get('ageMs')),
      host: (record.get('host') as string | null) ?? null,
      pid: pid === null ? null : Number(pid),
    };
  });
}

async function takeLease(db: Database, stagingId: string, by: string): Promise<void> {
  const seen = await readLease(db);
  if (seen && isAlive(seen)) throw importRunning(seen.by, seen.since);
  // Taken only if it is still as seen (free, or the same dead holder): two imports starting together
  // both pass the check above, and the lock on the lease lets only one of them take it.
  const took = await db.write(async (tx) => {
    const r = await tx.run(
      `MERGE (l:ImportLease {id: 'import'})
       SET l.lock = true
       WITH l, coalesce(l.holder, '') = $seen AS free
       REMOVE l.lock
       FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
         SET l.holder = $stagingId, l.by = $by, l.startedAt = toString(datetime.realtime()),
             l.heartbeatMs = timestamp(), l.host = $host, l.pid = $pid)
       RETURN free`,
      { stagingId, by, seen: seen?.holder ?? '', host: hostname(), pid: neo4j.int(process.pid) },
    );
    return r.records[0]?.get('free') === true;
  });
  if (!took) {
    const holder = await readLease(db);
    throw importRunning(holder?.by ?? '?', holder?.since ?? '?');
  }
}

/** Renews the lease inside a staging transaction; fails when another import has taken it over. */
async function renewLease(tx: ManagedTransaction, stagingId: string): Promise<void> {
  const r = await tx.run(
    `MATCH (l:ImportLease {id: 'import', holder: $stagingId}) SET l.heartbeatMs = timestamp() RETURN count(l) AS n`,
    { stagingId },
  );
  // Another import took the lease over (this one was taken for dead): this one gives way.
  if (Number(r.records[0]?.get('n')) !== 1) throw importRunning('?', '?');
}

async function releaseLease(db: Database, stagingId: string): Promise<void> {
  await db.write((tx) =>
    tx.run(
      `MATCH (l:ImportLease {id: 'import', holder: $stagingId})
       REMOVE l.holder, l.by, l.startedAt, l.heartbeatMs, l.host, l.pid`,
      { stagingId },
    ),
  );
}

/** Deletes nodes of a label in batches, each its own transaction; returns how many. */
async function deleteInBatches(db: Database, label: 'Staged' | 'Retired', batch = IMPORT_BATCH) {
  let total = 0;
  for (;;) {
    const deleted = await db.write(async (tx) => {
      const r = await tx.run(`MATCH (n:${label}) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n`, {
        batch: neo4j.int(batch),
      });
      return Number(r.records[0]?.get('n') ?? 0);
    });
    total += deleted;
    if (deleted < batch) return total;
  }
}

const deleteStaged = (db: Database, batch?: number) => deleteInBatches(db, 'Staged', batch);
const deleteRetired = (db: Database, batch?: number) => deleteInBatches(db, 'Retired', batch);

/** The labels a staged node carries: Staged, and Staged<Label> for each label it will have. */
function stagedLabels(labels: readonly LiveLabel[]): string {
  return ['Staged', ...labels.map(staged)].map((l) => `:${l}`).join('');
}

/**
 * Where a staged node or relationship differs from its live twin (ignoring the server's own fields),
 * it gets the next version and the importer as updatedBy: a planner holding the old version then gets
 * CONFLICT. New ones keep the file's audit fields (a replace restores a backup).
 */
const STAMP_IF_CHANGED = (x: string, live: string) => `
  WITH ${x}, ${live} WHERE ${live} IS NOT NULL
    AND any(k IN keys(${x}) + keys(${live}) WHERE NOT k IN $serverSet AND NOT coalesce(${x}[k] = ${live}[k], false))
  SET ${x}.version = toInteger(CASE WHEN coalesce(${live}.version, 0) > coalesce(${x}.version, 0)
                                    THEN coalesce(${live}.version, 0) ELSE coalesce(${x}.version, 0) END) + 1,
      ${x}.updatedBy = $by, ${x}.updatedAt = $now`;

async function stage(
  db: Database,
  stagingId: string,
  dump: GraphDump,
  by: string,
  options: StagedImportOptions,
): Promise<void> {
  const size = options.batchSize ?? IMPORT_BATCH;
  const now = new Date().toISOString();
  let written = 0;
  const inBatches = async <T>(rows: readonly T[], statement: string, toRow: (r: T) => unknown) => {
    for (let i = 0; i < rows.length; i += size) {
      await options.beforeBatch?.(written);
      const batch = rows.slice(i, i + size).map(toRow);
      await db.write(async (tx) => {
        await renewLease(tx, stagingId);
        await tx.run(statement, { rows: batch, by, now, serverSet: SERVER_SET });
      });
      written += batch.length;
    }
  };

  if (dump.seedChecksum !== null) {
    await inBatches(
      [dump.seedChecksum],
      `UNWIND $rows AS checksum CREATE (${stagedLabels(['SeedInfo'])} {id: 'seed', checksum: checksum})`,
      (c) => c,
    );
  }
  await inBatches(
    dump.documents,
    `UNWIND $rows AS row CREATE (d${stagedLabels(['Document'])}) SET d = row.props`,
    (d) => ({ props: toParams(d) }),
  );
  await inBatches(
    dump.sources,
    `UNWIND $rows AS row
       CREATE (s${stagedLabels(['Source'])}) SET s = row.props
       WITH s, row WHERE row.document IS NOT NULL
       MATCH (d:StagedDocument {file: row.document})
       CREATE (s)-[:IN_DOCUMENT]->(d)`,
    (s) => ({ props: toParams(s), document: s.document }),
  );
  await inBatches(
    dump.dateStatements ?? [],
    `UNWIND $rows AS row
       CREATE (d${stagedLabels(['DateStatement'])}) SET d = row.props
       WITH d, row UNWIND row.sources AS sid
       MATCH (s:StagedSource {id: sid})
       CREATE (d)-[:CITES]->(s)`,
    (d) => ({ props: toParams(d), sources: d.sources }),
  );
  // One statement per kind (its labels are written into the Cypher, from the closed list).
  const kinds = new Map<string, DumpNode[]>();
  for (const node of dump.nodes) {
    const key = [...node.labels].sort().join(':');
    kinds.set(key, [...(kinds.get(key) ?? []), node]);
  }
  for (const nodes of kinds.values()) {
    const labels = (nodes[0]?.labels ?? []).filter(isLiveLabel);
    const findBy = labels.includes('Scenario') ? 'Scenario' : 'Entity';
    await inBatches(
      nodes,
      `UNWIND $rows AS row
         CREATE (x${stagedLabels(labels)}) SET x = row.props
         WITH x, row
         CALL (x, row) {
           OPTIONAL MATCH (live:${findBy} {id: row.props.id})
           ${STAMP_IF_CHANGED('x', 'live')}
         }
         WITH x, row UNWIND row.sources AS sid
         MATCH (s:StagedSource {id: sid})
         CREATE (x)-[:CITES]->(s)`,
      (n) => ({ props: toParams(n), sources: n.sources }),
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    await inBatches(
      dump.relationships.filter((r) => r.type === type),
      `UNWIND $rows AS row
         MATCH (a:StagedEntity {id: row.from})
         MATCH (b:StagedEntity {id: row.to})
         CREATE (a)-[x:${type}]->(b) SET x = row.props
         WITH x, row
         CALL (x, row) {
           // Only versioned relationships (those edited by id, e.g. DEPENDS_ON) look for their live twin:
           // the others may hang off an actor with thousands of its kind, and nobody holds their version.
           WITH x, row WHERE x.version IS NOT NULL
           OPTIONAL MATCH (:Entity {id: row.from})-[live:${type}]->(:Entity {id: row.to})
           ${STAMP_IF_CHANGED('x', 'live')}
         }`,
      (r) => ({ from: r.from, to: r.to, props: toParams(r) }),
    );
  }
}

/**
 * The switch, in one transaction under the plan lock: the live portfolio becomes Retired, the staged
 * one live, one change set records the import and the plan version moves once. Only labels change
 * here (no properties are copied), which keeps the transaction small at any size.
 */
async function switchLive(db: Database, stagingId: string, audit: ReplaceAudit): Promise<string> {
  return db.write(
    async (tx) => {
      await lockPlan(tx);
      await renewLease(tx, stagingId);
      const retired = await tx.run(
        `MATCH (n) WHERE ${LIVE_LABELS.map((l) => `n:${l}`).join(' OR ')}
       SET n:Retired REMOVE n${LIVE_LABELS.map((l) => `:${l}`).join('')}
       RETURN count(n) AS n`,
      );
      for (const label of LIVE_LABELS) {
        await tx.run(`MATCH (n:${staged(label)}) SET n:${label} REMOVE n:${staged(label)}:Staged`);
      }
      const changeSet = await recordChangeSet(
        tx,
        {
          operation: 'import',
          by: audit.by,
          reason: audit.reason,
          sakId: audit.sakId,
          idempotency: audit.idempotency ?? null,
          importSummary: { ...audit.summary, replacedNodes: Number(retired.records[0]?.get('n') ?? 0) },
        },
        [],
      );
      return changeSet.id;
    },
    { timeoutMs: SWITCH_TIMEOUT_MS },
  );
}
