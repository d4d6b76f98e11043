// Reading the portfolio graph whole (or the part around some ids) for graph.json, and merging a part
// back into it in one transaction, so a failed import leaves the database as it was (a whole file
// replaces the portfolio through stagedImportRepository.ts instead). Labels and relationship types come from the
// closed lists in server/domain/model (checked by the file's schema), never from input as such.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type {
  DumpDateStatement,
  DumpDocument,
  DumpNode,
  DumpProps,
  DumpRelationship,
  DumpSource,
  GraphDump,
} from '../../domain/model/graphDump.js';
import {
  type Captured,
  type ChangeSetMeta,
  diffSnapshots,
  keyOf,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  sameProps,
} from '../../domain/model/index.js';
import { invalid } from '../../errors.js';
import { capture, cypherName, entityRef, findLabelOf, recordChangeSet, type ScopeRef } from '../changeLog.js';
import type { Database } from '../database.js';

type Props = Record<string, unknown>;

/** The part of a dump that comes from the database (the file adds its header). */
export type GraphContent = Pick<
  GraphDump,
  'documents' | 'sources' | 'nodes' | 'relationships' | 'seedChecksum' | 'dateStatements'
>;

// Integer-typed keys (Neo4j keeps integers and floats apart; JSON does not), and keys of a type the
// file cannot carry (temporal, spatial, mixed lists), which make the export fail loudly.
const TYPE_COLUMNS = (x: string) => `
  [k IN keys(${x}) WHERE valueType(${x}[k]) STARTS WITH 'INTEGER' OR valueType(${x}[k]) STARTS WITH 'LIST<INTEGER'] AS integers,
  [k IN keys(${x}) WHERE NOT valueType(${x}[k]) =~ '(INTEGER|FLOAT|STRING|BOOLEAN|LIST<(INTEGER|FLOAT|STRING|BOOLEAN) NOT NULL>|LIST<NOTHING>) NOT NULL'] AS unsupported`;

// The type columns have checked every value is a string, number, boolean or a list of one of them.
function sortedProps(p: Props): DumpProps {
  return Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]]),
  ) as DumpProps;
}

function typed(
  record: { get(key: string): unknown },
  what: string,
): { props: DumpProps; integers?: string[] } {
  const unsupported = record.get('unsupported') as string[];
  if (unsupported.length) {
    throw new Error(`${what} has properties graph.json cannot carry: ${unsupported.join(', ')}`);
  }
  const integers = [...(record.get('integers') as string[])].sort();
  const props = sortedProps(record.get('props') as Props);
  return integers.length ? { props, integers } : { props };
}

/** The whole graph (ids null), or the nodes with these ids, the relationships among them and what they cite. */
export async function readGraphContent(db: Database, ids: readonly string[] | null): Promise<GraphContent> {
  return db.read(async (tx) => {
    const nodeResult = await tx.run(
      `MATCH (n) WHERE (n:Entity OR n:Scenario) AND ($ids IS NULL OR n.id IN $ids)
       RETURN labels(n) AS labels, properties(n) AS props, ${TYPE_COLUMNS('n')},
              [(n)-[:CITES]->(s:Source) | s.id] AS sources
       ORDER BY n.id`,
      { ids: ids ? [...ids] : null },
    );
    const nodes: DumpNode[] = nodeResult.records.map((r) => ({
      labels: [...(r.get('labels') as string[])].sort() as DumpNode['labels'],
      ...typed(r, `node ${String((r.get('props') as Props).id)}`),
      sources: [...new Set(r.get('sources') as string[])].sort(),
    }));
    const relResult = await tx.run(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE type(r) IN $types AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
       RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, ${TYPE_COLUMNS('r')}
       ORDER BY type, from, to`,
      { ids: ids ? [...ids] : null, types: [...RELATIONSHIP_TYPES] },
    );
    const relationships: DumpRelationship[] = relResult.records.map((r) => ({
      type: r.get('type') as DumpRelationship['type'],
      from: r.get('from') as string,
      to: r.get('to') as string,
      ...typed(r, `relationship ${String(r.get('type'))} ${String(r.get('from'))} → ${String(r.get('to'))}`),
    }));
    // The papers' dated statements of the nodes' dates, with the sources they cite.
    const statementResult = await tx.run(
      `MATCH (d:DateStatement) WHERE $ids IS NULL OR d.itemId IN $ids
       RETURN properties(d) AS props, ${TYPE_COLUMNS('d')}, [(d)-[:CITES]->(s:Source) | s.id] AS sources
       ORDER BY d.id`,
      { ids: ids ? [...ids] : null },
    );
    const dateStatements: DumpDateStatement[] = statementResult.records.map((r) => ({
      ...typed(r, `date statement ${String((r.get('props') as Props).id)}`),
      sources: [...new Set(r.get('sources') as string[])].sort(),
    }));
    // A part takes along every source its nodes and relationships cite (budgets cite theirs by id).
    const sourceIds = ids
      ? [
          ...new Set([
            ...nodes.flatMap((n) => [...n.sources, ...stringList(n.props.budgetSourceIds)]),
            ...dateStatements.flatMap((d) => d.sources),
            ...relationships.flatMap((r) => stringList(r.props.sourceIds)),
          ]),
        ]
      : null;
    const sourceResult = await tx.run(
      `MATCH (s:Source) WHERE $ids IS NULL OR s.id IN $ids
       RETURN properties(s) AS props, ${TYPE_COLUMNS('s')},
              head([(s)-[:IN_DOCUMENT]->(d:Document) | d.file]) AS document
       ORDER BY s.id`,
      { ids: sourceIds },
    );
    const sources: DumpSource[] = sourceResult.records.map((r) => ({
      ...typed(r, `source ${String((r.get('props') as Props).id)}`),
      document: (r.get('document') as string | null) ?? null,
    }));
    const files = ids ? [...new Set(sources.map((s) => s.document).filter((f): f is string => !!f))] : null;
    const documentResult = await tx.run(
      `MATCH (d:Document) WHERE $files IS NULL OR d.file IN $files
       RETURN properties(d) AS props, ${TYPE_COLUMNS('d')} ORDER BY d.file`,
      { files },
    );
    const documents: DumpDocument[] = documentResult.records.map((r) => typed(r, 'document'));
    const seed = ids ? null : await tx.run("MATCH (s:SeedInfo {id: 'seed'}) RETURN s.checksum AS checksum");
    return {
      documents,
      sources,
      nodes,
      relationships,
      dateStatements,
      seedChecksum: (seed?.records[0]?.get('checksum') as string | undefined) ?? null,
    };
  });
}

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Props as parameters: keys listed as integers become Neo4j integers, every other number a float. */
export function toParams(r: { props: Props; integers?: string[] | undefined }): Props {
  const out: Props = { ...r.props };
  for (const key of r.integers ?? []) {
    const v = out[key];
    out[key] = Array.isArray(v) ? v.map((x) => neo4j.int(x as number)) : neo4j.int(v as number);
  }
  return out;
}

export interface GraphWriteSummary {
  mode: 'replace' | 'merge';
  documents: number;
  sources: number;
  nodes: number;
  relationships: number;
  /** The change set the import wrote (null for a dry run). */
  changeSetId?: string | null;
}

/** Who imports, and why: kept in the change set; the importer is recorded as createdBy/updatedBy. */
export type ImportAudit = Pick<ChangeSetMeta, 'by' | 'reason' | 'sakId' | 'idempotency'>;

/** What the file may not set: the server records who created and changed what, and the version. */
const SERVER_SET = ['createdBy', 'createdAt', 'updatedBy', 'updatedAt', 'version'] as const;
const KEPT = `{${SERVER_SET.map((k) => `${k}: x.${k}`).join(', ')}}`;

const BATCH = 500;
function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/**
 * Merges a validated part into the portfolio: its nodes, sources and relationships are created or
 * overwritten (properties replaced, citations replaced), the rest of the graph is left alone. One
 * transaction, with a before and after of everything it touched in its change set (so it can be undone).
 */
export async function mergeGraphPart(
  db: Database,
  dump: GraphDump,
  audit: ImportAudit,
): Promise<GraphWriteSummary> {
  return db.write(async (tx) => {
    const scope = importScope(dump);
    const before = await capture(tx, scope);
    const summary = await writeDump(tx, dump);
    await stampChanges(tx, before, await capture(tx, scope), audit.by);
    const after = await capture(tx, scope);
    const changeSet = await recordChangeSet(
      tx,
      { ...audit, operation: 'import' },
      diffSnapshots(before, after),
    );
    return { ...summary, changeSetId: changeSet.id };
  });
}

/** The nodes a merge may touch: the file's nodes and the ends of its relationships. */
function importScope(dump: GraphDump): ScopeRef[] {
  const refs = new Map<string, ScopeRef>();
  for (const n of dump.nodes) {
    const id = String(n.props.id);
    refs.set(id, { id, label: n.labels.includes('Scenario') ? 'Scenario' : 'Entity' });
  }
  for (const r of dump.relationships)
    for (const id of [r.from, r.to]) if (!refs.has(id)) refs.set(id, entityRef(id));
  return [...refs.values()];
}

/**
 * The server's bookkeeping after a merge: every node and versioned relationship it changed gets
 * the next version and the importer as updatedBy (a planner holding the old version then gets
 * CONFLICT); a new one is version 1, created by the importer.
 */
async function stampChanges(
  tx: ManagedTransaction,
  before: readonly Captured[],
  written: readonly Captured[],
  by: string,
): Promise<void> {
  const was = new Map(before.map((c) => [keyOf(c), c]));
  const rows: { c: Captured; set: Props }[] = [];
  for (const c of written) {
    const b = was.get(keyOf(c));
    const versioned = c.kind === 'node' || c.props.version !== undefined || b?.props.version !== undefined;
    if (!versioned) continue;
    if (b && !sameProps(b.props, c.props, SERVER_SET)) {
      const version = Math.max(Number(b.props.version ?? 0), Number(c.props.version ?? 0)) + 1;
      rows.push({
        c,
        set: { version: neo4j.int(version), updatedBy: by, updatedAt: new Date().toISOString() },
      });
    } else if (!b) {
      rows.push({ c, set: { version: neo4j.int(1), createdBy: by, createdAt: new Date().toISOString() } });
    }
  }
  const nodes = rows.filter((r) => r.c.kind === 'node');
  for (const label of ['Entity', 'Scenario']) {
    const ofLabel = nodes.filter((r) => r.c.kind === 'node' && findLabelOf(r.c.labels) === label);
    for (const batch of batches(ofLabel)) {
      await tx.run(`UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.set`, {
        rows: batch.map((r) => ({ id: keyOf(r.c), set: r.set })),
      });
    }
  }
  for (const r of rows) {
    if (r.c.kind !== 'relationship') continue;
    await tx.run(
      `MATCH (a:${cypherName(r.c.from.label)} {id: $from})-[x:${cypherName(r.c.type)}]->(b:${cypherName(r.c.to.label)} {id: $to}) SET x += $set`,
      { from: r.c.from.id, to: r.c.to.id, set: r.set },
    );
  }
}

async function writeDump(tx: ManagedTransaction, dump: GraphDump): Promise<GraphWriteSummary> {
  // The server's fields of what is there are kept, whatever the file says.
  const keep = `WITH x, row, ${KEPT} AS kept SET x = row.props SET x += kept`;
  await refuseLabelChanges(tx, dump.nodes);
  for (const rows of batches(dump.documents)) {
    await tx.run('UNWIND $rows AS row MERGE (d:Document {file: row.file}) SET d = row.props', {
      rows: rows.map((d) => ({ file: d.props.file, props: toParams(d) })),
    });
  }
  for (const rows of batches(dump.sources)) {
    await tx.run(
      `UNWIND $rows AS row
         MERGE (s:Source {id: row.id}) SET s = row.props
         WITH s, row
         CALL (s) { MATCH (s)-[old:IN_DOCUMENT]->() DELETE old }
         WITH s, row WHERE row.document IS NOT NULL
         MATCH (d:Document {file: row.document})
         CREATE (s)-[:IN_DOCUMENT]->(d)`,
      { rows: rows.map((s) => ({ id: s.props.id, props: toParams(s), document: s.document })) },
    );
  }
  for (const rows of batches(dump.dateStatements ?? [])) {
    await tx.run(
      `UNWIND $rows AS row
         MERGE (d:DateStatement {id: row.id}) SET d = row.props
         WITH d, row
         CALL (d) { MATCH (d)-[old:CITES]->() DELETE old }
         WITH d, row
         UNWIND row.sources AS sid
         MATCH (s:Source {id: sid})
         CREATE (d)-[:CITES]->(s)`,
      { rows: rows.map((d) => ({ id: d.props.id, props: toParams(d), sources: d.sources })) },
    );
  }
  const scenarios = dump.nodes.filter((n) => n.labels.includes('Scenario'));
  for (const rows of batches(scenarios)) {
    await tx.run(`UNWIND $rows AS row MERGE (x:Scenario {id: row.id}) ${keep}`, {
      rows: rows.map((n) => ({ id: n.props.id, props: toParams(n) })),
    });
  }
  for (const label of NODE_LABELS) {
    const ofLabel = dump.nodes.filter((n) => n.labels.includes(label));
    for (const rows of batches(ofLabel)) {
      await tx.run(
        `UNWIND $rows AS row
           MERGE (x:Entity {id: row.id}) ${keep} SET x:${label}
           WITH x AS n, row
           CALL (n) { MATCH (n)-[old:CITES]->() DELETE old }
           WITH n, row
           UNWIND row.sources AS sid
           MATCH (s:Source {id: sid})
           CREATE (n)-[:CITES]->(s)`,
        { rows: rows.map((n) => ({ id: n.props.id, props: toParams(n), sources: n.sources })) },
      );
    }
  }
  // Every relationship's ends must exist by now (from the file or, for a part, the database);
  // throwing rolls the whole import back, so nothing is written.
  const ends = await tx.run(
    `UNWIND $rows AS row
       OPTIONAL MATCH (a:Entity {id: row.from})
       OPTIONAL MATCH (b:Entity {id: row.to})
       WITH row, a, b WHERE a IS NULL OR b IS NULL
       RETURN row.type AS type, CASE WHEN a IS NULL THEN row.from ELSE row.to END AS missing LIMIT 20`,
    { rows: dump.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to })) },
  );
  if (ends.records.length) {
    throw invalid(
      ends.records.map((r) => ({
        field: `relationships.${String(r.get('type'))}`,
        message: `no node "${String(r.get('missing'))}" in the file or the database`,
      })),
    );
  }
  for (const type of RELATIONSHIP_TYPES) {
    const ofType = dump.relationships.filter((r) => r.type === type);
    for (const rows of batches(ofType)) {
      await tx.run(
        `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from})
           MATCH (b:Entity {id: row.to})
           MERGE (a)-[x:${type}]->(b) ${keep}`,
        { rows: rows.map((r) => ({ from: r.from, to: r.to, props: toParams(r) })) },
      );
    }
  }
  return {
    mode: 'merge',
    documents: dump.documents.length,
    sources: dump.sources.length,
    nodes: dump.nodes.length,
    relationships: dump.relationships.length,
  };
}

/** Merging must not turn a milestone into an initiative: an id keeps its kind. */
async function refuseLabelChanges(tx: ManagedTransaction, nodes: DumpNode[]): Promise<void> {
  const wanted = new Map(nodes.map((n) => [String(n.props.id), [...n.labels].sort().join(',')]));
  const result = await tx.run(
    'MATCH (n) WHERE (n:Entity OR n:Scenario) AND n.id IN $ids RETURN n.id AS id, labels(n) AS labels',
    { ids: [...wanted.keys()] },
  );
  const problems = result.records
    .map((r) => ({ id: r.get('id') as string, has: [...(r.get('labels') as string[])].sort().join(',') }))
    .filter((r) => wanted.get(r.id) !== r.has)
    .map((r) => ({
      field: `nodes.${r.id}`,
      message: `is ${r.has} in the database but ${wanted.get(r.id)} in the file`,
    }));
  if (problems.length) throw invalid(problems.slice(0, 20));
}
