// Batched loaders shared by the entity types: a node by id (checked against its label) and the
// neighbours over one relationship. Each field gets its own DataLoader per request, so a list of
// N parents costs one query per field, never N.
import {
  type Direction,
  findDependencies,
  findEntitiesByIds,
  findRelatedEntities,
  findRiskEffects,
} from '../../db/repositories/entityRepository.js';
import type {
  Dependency,
  EntityOf,
  NodeLabel,
  RelationshipType,
  RiskEffect,
} from '../../domain/model/index.js';
import type { GraphQLContext } from '../context.js';

export function loadByLabel<L extends NodeLabel>(label: L) {
  return async (ids: readonly string[], ctx: GraphQLContext): Promise<(EntityOf<L> | Error)[]> => {
    const rows = await findEntitiesByIds(ctx.db, ids);
    return rows.map((row, i) =>
      row?.label === label ? (row as EntityOf<L>) : new Error(`No ${label} with id "${String(ids[i])}"`),
    );
  };
}

/** Neighbours over one relationship; with a label, only neighbours of that kind (typed as such). */
export function loadRelatedNodes<L extends NodeLabel>(
  type: RelationshipType,
  direction: Direction,
  neighbourLabel: L,
) {
  return async (ids: readonly string[], ctx: GraphQLContext): Promise<EntityOf<L>[][]> =>
    (await findRelatedEntities(ctx.db, ids, type, direction, neighbourLabel)) as EntityOf<L>[][];
}

export function loadDependencies(direction: Direction) {
  return (ids: readonly string[], ctx: GraphQLContext): Promise<Dependency[][]> =>
    findDependencies(ctx.db, ids, direction);
}

export function loadRiskEffects(direction: Direction) {
  return (ids: readonly string[], ctx: GraphQLContext): Promise<RiskEffect[][]> =>
    findRiskEffects(ctx.db, ids, direction);
}
