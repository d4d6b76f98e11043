// Batched loaders shared by the entity types: a node by id (checked against its label) and the
// neighbours over one relationship. Each field gets its own DataLoader per request, so a list of
// N parents costs one query per field, never N.
import {
  type Direction,
  type EntityRow,
  findEntitiesByIds,
  findRelated,
  type RelatedRow,
  type RelationshipType,
} from '../../db/repositories/entityRepository.js';
import type { GraphQLContext } from '../context.js';

export function loadByLabel(label: string) {
  return async (ids: readonly string[], ctx: GraphQLContext): Promise<(EntityRow | Error)[]> => {
    const rows = await findEntitiesByIds(ctx.db, ids);
    return rows.map((row, i) =>
      row?.labels.includes(label) ? row : new Error(`No ${label} with id "${String(ids[i])}"`),
    );
  };
}

export function loadRelatedNodes(type: RelationshipType, direction: Direction, neighbourLabel?: string) {
  return async (ids: readonly string[], ctx: GraphQLContext): Promise<EntityRow[][]> =>
    (await findRelated(ctx.db, ids, type, direction, neighbourLabel)).map((rows) => rows.map((r) => r.node));
}

export function loadRelatedRows(type: RelationshipType, direction: Direction, neighbourLabel?: string) {
  return (ids: readonly string[], ctx: GraphQLContext): Promise<RelatedRow[][]> =>
    findRelated(ctx.db, ids, type, direction, neighbourLabel);
}
