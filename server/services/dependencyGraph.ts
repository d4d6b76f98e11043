// The neighbourhood of some items over dependencies and risk effects, for the graph view to expand
// step by step: the limits a caller may ask for are checked here, the walk is in graphRepository.
import type { Database } from '../db/database.js';
import { type GraphData, readNeighbourhood } from '../db/repositories/graphRepository.js';
import type { GraphDirection } from '../domain/model/index.js';
import { invalid } from '../errors.js';

export const MAX_GRAPH_DEPTH = 6;
export const MAX_GRAPH_NODES = 2000;
export const MAX_GRAPH_ROOTS = 100;

export function dependencyGraph(
  db: Database,
  rootIds: readonly string[],
  options: { direction: GraphDirection; depth: number; includeOwners: boolean },
): Promise<GraphData> {
  if (options.depth < 1 || options.depth > MAX_GRAPH_DEPTH) {
    throw invalid([{ field: 'depth', message: `must be between 1 and ${MAX_GRAPH_DEPTH}` }]);
  }
  if (rootIds.length === 0 || rootIds.length > MAX_GRAPH_ROOTS) {
    throw invalid([{ field: 'rootIds', message: `give between 1 and ${MAX_GRAPH_ROOTS} ids` }]);
  }
  return readNeighbourhood(db, [...rootIds], options.direction, options.depth, {
    includeOwners: options.includeOwners,
    maxNodes: MAX_GRAPH_NODES,
  });
}
