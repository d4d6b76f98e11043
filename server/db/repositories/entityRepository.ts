// Loading portfolio nodes and their relationships in batches: one statement for many ids, so that
// the GraphQL loaders turn N lookups into one query. Rows are decoded into the typed model here;
// relationship types and labels come from the model's closed lists, never from input.
import {
  type Dependency,
  type Entity,
  type EntityOf,
  isEntityOf,
  NODE_LABELS,
  type NodeLabel,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  type RiskEffect,
} from '../../domain/model/index.js';
import type { Database } from '../database.js';
import { decodeDependency, decodeEntity, decodeRiskEffect, type Props, type RawNode } from '../decode.js';
import type { SourceRow as WrittenSource } from '../graphRows.js';

export type Direction = 'out' | 'in';

/** A driver node as its entity; a node without a portfolio label is a programming error. */
export function toEntity(node: RawNode): Entity {
  const entity = decodeEntity(node);
  if (!entity) throw new Error(`node ${String(node.properties.id)} has no portfolio label`);
  return entity;
}

/** A driver node known (by the query that matched it) to have one label, as that kind of entity. */
export function toEntityOf<L extends NodeLabel>(label: L, node: RawNode): EntityOf<L> {
  const entity = toEntity(node);
  if (!isEntityOf(label, entity)) throw new Error(`node ${entity.id} is a ${entity.label}, not a ${label}`);
  return entity;
}

/** Nodes by id, in the order asked; a missing id gives null. */
export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<(Entity | null)[]> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n', { ids: [...new Set(ids)] });
    return result.records.map((r) => toEntity(r.get('n')));
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

interface RelatedRow {
  anchor: Entity;
  rel: Props;
  node: Entity;
}

/**
 * For each anchor id, its neighbours over one relationship type in one direction (optionally only
 * neighbours with a label), sorted by the neighbour's name then id so every view lists them alike.
 */
async function findRelated(
  db: Database,
  anchors: readonly string[],
  type: RelationshipType,
  direction: Direction,
  neighbourLabel?: NodeLabel,
): Promise<RelatedRow[][]> {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  if (neighbourLabel !== undefined && !NODE_LABELS.includes(neighbourLabel)) throw new Error('bad label');
  const b = `b${neighbourLabel ? `:${neighbourLabel}` : ''}`;
  const pattern = direction === 'out' ? `(a)-[r:${type}]->(${b})` : `(a)<-[r:${type}]-(${b})`;
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Entity) WHERE a.id IN $ids
       MATCH ${pattern}
       RETURN a, properties(r) AS rel, b
       ORDER BY coalesce(b.name, b.title, b.id), b.id`,
      { ids: [...new Set(anchors)] },
    );
    return result.records.map((r) => ({
      anchor: toEntity(r.get('a')),
      rel: r.get('rel') as Props,
      node: toEntity(r.get('b')),
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

/** For each anchor id, its neighbours over one relationship type. */
export async function findRelatedEntities(
  db: Database,
  anchors: readonly string[],
  type: RelationshipType,
  direction: Direction,
  neighbourLabel?: NodeLabel,
): Promise<Entity[][]> {
  return (await findRelated(db, anchors, type, direction, neighbourLabel)).map((rows) =>
    rows.map((r) => r.node),
  );
}

/** For each anchor id, its dependencies: what it needs ('out', it is `from`) or what needs it ('in'). */
export async function findDependencies(
  db: Database,
  anchors: readonly string[],
  direction: Direction,
): Promise<Dependency[][]> {
  return (await findRelated(db, anchors, 'DEPENDS_ON', direction)).map((rows) =>
    rows.map((r) =>
      direction === 'out'
        ? decodeDependency(r.anchor, r.node, r.rel)
        : decodeDependency(r.node, r.anchor, r.rel),
    ),
  );
}

/** For each anchor id, the risks it poses ('out') or the risks that hit it ('in'). */
export async function findRiskEffects(
  db: Database,
  anchors: readonly string[],
  direction: Direction,
): Promise<RiskEffect[][]> {
  return (await findRelated(db, anchors, 'AFFECTS', direction)).map((rows) =>
    rows.map((r) =>
      direction === 'out'
        ? decodeRiskEffect(r.anchor, r.node, r.rel)
        : decodeRiskEffect(r.node, r.anchor, r.rel),
    ),
  );
}

/** A Source as read back: what the seed wrote, and the title and key of its paper. */
export interface SourceRow extends WrittenSource {
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
