// Reading the portfolio graph whole (or the part around some ids) for graph.json, and writing such
// a file back: replacing the whole portfolio, or merging a part into it. Both in one transaction,
// so a failed import leaves the database as it was. Labels and relationship types come from the
// closed lists in server/domain/model (checked by the file's schema), never from input as such.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type {
  DumpDocument,
  DumpNode,
  DumpProps,
  DumpRelationship,
  DumpSource,
  GraphDump,
} from '../../domain/model/graphDump.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../domain/model/index.js';
import { invalid } from '../../errors.js';
import type { Database } from '../database.js';

type Props = Record<string, unknown>;

/** The part of a dump that comes from the database (the file adds its header). */
export type GraphContent = Pick<
  GraphDump,
  'documents' | 'sources' | 'nodes' | 'relationships' | 'seedChecksum'
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
    // A part takes along every source its nodes and relationships cite (budgets cite theirs by id).
    const sourceIds = ids
      ? [
          ...new Set([
            ...nodes.flatMap((n) => [...n.sources, ...stringList(n.props.budgetSourceIds)]),
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
      seedChecksum: (seed?.records[0]?.get('checksum') as string | undefined) ?? null,
    };
  });
}

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Props as parameters: keys listed as integers become Neo4j integers, every other number a float. */
function toParams(r: { props: Props; integers?: string[] | undefined }): Props {
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
}

const BATCH = 500;
function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/**
 * Writes a validated dump. A full dump replaces the portfolio (every Entity, Scenario, Source,
 * Document and the SeedInfo); a part is merged: its nodes, sources and relationships are created or
 * overwritten (properties replaced, citations replaced), the rest of the graph is left alone.
 */
export async function writeGraphDump(db: Database, dump: GraphDump): Promise<GraphWriteSummary> {
  return db.write(async (tx) => {
    const mode = dump.scope === 'full' ? 'replace' : 'merge';
    if (mode === 'replace') {
      await tx.run(
        'MATCH (n) WHERE n:Entity OR n:Scenario OR n:Source OR n:Document OR n:SeedInfo DETACH DELETE n',
      );
      if (dump.seedChecksum !== null) {
        await tx.run("CREATE (s:SeedInfo {id: 'seed', checksum: $checksum})", {
          checksum: dump.seedChecksum,
        });
      }
    } else {
      await refuseLabelChanges(tx, dump.nodes);
    }
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
    const scenarios = dump.nodes.filter((n) => n.labels.includes('Scenario'));
    for (const rows of batches(scenarios)) {
      await tx.run('UNWIND $rows AS row MERGE (n:Scenario {id: row.id}) SET n = row.props', {
        rows: rows.map((n) => ({ id: n.props.id, props: toParams(n) })),
      });
    }
    for (const label of NODE_LABELS) {
      const ofLabel = dump.nodes.filter((n) => n.labels.includes(label));
      for (const rows of batches(ofLabel)) {
        await tx.run(
          `UNWIND $rows AS row
           MERGE (n:Entity {id: row.id}) SET n = row.props SET n:${label}
           WITH n, row
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
           MERGE (a)-[r:${type}]->(b) SET r = row.props`,
          { rows: rows.map((r) => ({ from: r.from, to: r.to, props: toParams(r) })) },
        );
      }
    }
    return {
      mode,
      documents: dump.documents.length,
      sources: dump.sources.length,
      nodes: dump.nodes.length,
      relationships: dump.relationships.length,
    };
  });
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
