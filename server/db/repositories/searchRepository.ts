// Text search over every kind of node, and paged lists of one kind.
// JS numbers travel as floats; SKIP and LIMIT need integers.
import neo4j from 'neo4j-driver';
import type { Entity, EntityOf } from '../../domain/model/index.js';
import type { Database } from '../database.js';
import { toEntity, toEntityOf } from './entityRepository.js';

export const LISTABLE_LABELS = [
  'Initiative',
  'Actor',
  'Risk',
  'Meeting',
  'Milestone',
  'Goal',
  'Condition',
  'AgendaItem',
] as const;
export type ListableLabel = (typeof LISTABLE_LABELS)[number];

/** Nodes whose folded search text holds every token; at most `limit`, best first. */
export async function searchEntities(
  db: Database,
  tokens: string[],
  labels: readonly ListableLabel[],
  limit: number,
): Promise<Entity[]> {
  if (tokens.length === 0) return [];
  const phrase = tokens.join(' ');
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (n:Entity)
       WHERE n.searchText CONTAINS $first
         AND all(token IN $tokens WHERE n.searchText CONTAINS token)
         AND any(label IN labels(n) WHERE label IN $labels)
       WITH n,
         CASE
           WHEN n.searchText STARTS WITH $phrase OR n.searchText CONTAINS (' | ' + $phrase + ' |') THEN 0
           WHEN n.searchText CONTAINS (' ' + $phrase) OR n.searchText CONTAINS ('| ' + $phrase) THEN 1
           ELSE 2
         END AS rank
       RETURN n ORDER BY rank, size(coalesce(n.name, n.title, n.id)), n.id
       LIMIT $limit`,
      { first: tokens[0], tokens, labels, phrase, limit: neo4j.int(limit) },
    );
    return result.records.map((r) => toEntity(r.get('n')));
  });
}

export interface ListFilter<L extends ListableLabel> {
  label: L;
  kinds?: readonly string[] | null;
  tokens?: readonly string[] | null;
}

export async function listEntities<L extends ListableLabel>(
  db: Database,
  filter: ListFilter<L>,
  page: { offset: number; limit: number },
): Promise<{ rows: EntityOf<L>[]; totalCount: number }> {
  if (!LISTABLE_LABELS.includes(filter.label)) throw new Error(`unknown label ${filter.label}`);
  const where = `($kinds IS NULL OR n.kind IN $kinds) AND ($tokens IS NULL OR all(t IN $tokens WHERE n.searchText CONTAINS t))`;
  const params = {
    kinds: filter.kinds?.length ? filter.kinds : null,
    tokens: filter.tokens?.length ? filter.tokens : null,
  };
  return db.read(async (tx) => {
    const rows = await tx.run(
      `MATCH (n:${filter.label}) WHERE ${where}
       RETURN n ORDER BY coalesce(n.dateFirst, ''), toLower(coalesce(n.name, n.title, n.id)), n.id
       SKIP $offset LIMIT $limit`,
      { ...params, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit) },
    );
    const total = await tx.run(`MATCH (n:${filter.label}) WHERE ${where} RETURN count(n) AS total`, params);
    return {
      rows: rows.records.map((r) => toEntityOf(filter.label, r.get('n'))),
      totalCount: total.records[0]?.get('total') as number,
    };
  });
}
