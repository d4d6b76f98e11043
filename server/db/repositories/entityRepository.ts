// Loading portfolio nodes and their relationships in batches: one statement for many ids, so that
// the GraphQL loaders turn N lookups into one query. Relationship types and labels come from the
// closed lists below, never from input.

import { RELATIONSHIP_TYPES, type RelationshipType } from '../../domain/model/index.js';
import type { Database } from '../database.js';

export interface EntityRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

export interface RelatedRow {
  /** The node the lookup started from. */
  anchor: EntityRow;
  rel: Record<string, unknown>;
  node: EntityRow;
}

export { RELATIONSHIP_TYPES, type RelationshipType };
export type Direction = 'out' | 'in';

export function toEntityRow(node: { labels: string[]; properties: Record<string, unknown> }): EntityRow {
  return {
    id: String(node.properties.id),
    labels: node.labels.filter((l) => l !== 'Entity'),
    props: node.properties,
  };
}

/** Nodes by id, in the order asked; a missing id gives null. */
export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n', { ids: [...new Set(ids)] });
    return result.records.map((r) => toEntityRow(r.get('n')));
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * For each anchor id, its neighbours over one relationship type in one direction (optionally only
 * neighbours with a label), sorted by the neighbour's name then id so every view lists them alike.
 */
export async function findRelated(
  db: Database,
  anchors: readonly string[],
  type: RelationshipType,
  direction: Direction,
  neighbourLabel?: string,
): Promise<RelatedRow[][]> {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  if (neighbourLabel !== undefined && !/^[A-Z][A-Za-z]+$/.test(neighbourLabel)) throw new Error('bad label');
  const pattern =
    direction === 'out'
      ? `(a)-[r:${type}]->(b${neighbourLabel ? `:${neighbourLabel}` : ''})`
      : `(a)<-[r:${type}]-(b${neighbourLabel ? `:${neighbourLabel}` : ''})`;
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Entity) WHERE a.id IN $ids
       MATCH ${pattern}
       RETURN a, properties(r) AS rel, b
       ORDER BY coalesce(b.name, b.title, b.id), b.id`,
      { ids: [...new Set(anchors)] },
    );
    return result.records.map((r) => ({
      anchor: toEntityRow(r.get('a')),
      rel: r.get('rel') as Record<string, unknown>,
      node: toEntityRow(r.get('b')),
    }));
  });
  const grouped = new Map<string, RelatedRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.anchor.id) ?? [];
    list.push(row);
    grouped.set(row.anchor.id, list);
  }
  return anchors.map((id) => grouped.get(id) ?? []);
}

export interface SourceRow {
  id: string;
  doc: string;
  fromLine: number;
  toLine: number;
  sak: string | null;
  quote: string;
  documentTitle: string | null;
  documentKey: string | null;
}

const SOURCE_RETURN = `s.id AS id, s.doc AS doc, s.fromLine AS fromLine, s.toLine AS toLine, s.sak AS sak, s.quote AS quote,
  d.title AS documentTitle, d.key AS documentKey`;

function toSourceRow(r: { get(key: string): unknown }): SourceRow {
  return {
    id: r.get('id') as string,
    doc: r.get('doc') as string,
    fromLine: r.get('fromLine') as number,
    toLine: r.get('toLine') as number,
    sak: (r.get('sak') as string | null) ?? null,
    quote: r.get('quote') as string,
    documentTitle: (r.get('documentTitle') as string | null) ?? null,
    documentKey: (r.get('documentKey') as string | null) ?? null,
  };
}

/** The sources each node cites (CITES), ordered by paper and line. */
export async function findSourcesOf(db: Database, ids: readonly string[]): Promise<SourceRow[][]> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (n:Entity)-[:CITES]->(s:Source) WHERE n.id IN $ids
       OPTIONAL MATCH (s)-[:IN_DOCUMENT]->(d:Document)
       RETURN n.id AS owner, ${SOURCE_RETURN} ORDER BY s.doc, s.fromLine, s.id`,
      { ids: [...new Set(ids)] },
    );
    return result.records.map((r) => ({ owner: r.get('owner') as string, source: toSourceRow(r) }));
  });
  const grouped = new Map<string, SourceRow[]>();
  for (const { owner, source } of rows) grouped.set(owner, [...(grouped.get(owner) ?? []), source]);
  return ids.map((id) => grouped.get(id) ?? []);
}

/** Sources by their own ids (relationships cite sources by id). */
export async function findSourcesByIds(db: Database, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (s:Source) WHERE s.id IN $ids OPTIONAL MATCH (s)-[:IN_DOCUMENT]->(d:Document) RETURN ${SOURCE_RETURN}`,
      { ids: [...new Set(ids)] },
    );
    return result.records.map(toSourceRow);
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
