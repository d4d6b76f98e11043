// The neighbourhood of some nodes over DEPENDS_ON and AFFECTS, walked level by level (one query per
// level, depth ≤ 6), so the graph view can expand upstream or downstream from a node.

import type { Entity, GraphDirection, GraphEdge } from '../../domain/model/index.js';
import type { Database } from '../database.js';
import { decodeGraphEdge } from '../decode.js';
import { toEntity } from './entityRepository.js';

export interface GraphData {
  nodes: Entity[];
  edges: GraphEdge[];
  truncated: boolean;
}

// Upstream = what a node needs (its prerequisites and the risks hitting it); downstream = what needs it.
const STEP: Record<Exclude<GraphDirection, 'both'>, string> = {
  upstream: `MATCH (a:Entity) WHERE a.id IN $frontier
             CALL (a) {
               MATCH (a)-[r:DEPENDS_ON]->(b) RETURN a.id AS from, b.id AS to, b, 'DEPENDS_ON' AS type, properties(r) AS props
               UNION
               MATCH (a)<-[r:AFFECTS]-(b) RETURN b.id AS from, a.id AS to, b, 'AFFECTS' AS type, properties(r) AS props
             }
             RETURN from, to, b, type, props`,
  downstream: `MATCH (a:Entity) WHERE a.id IN $frontier
               CALL (a) {
                 MATCH (a)<-[r:DEPENDS_ON]-(b) RETURN b.id AS from, a.id AS to, b, 'DEPENDS_ON' AS type, properties(r) AS props
                 UNION
                 MATCH (a)-[r:AFFECTS]->(b) RETURN a.id AS from, b.id AS to, b, 'AFFECTS' AS type, properties(r) AS props
               }
               RETURN from, to, b, type, props`,
};

export async function readNeighbourhood(
  db: Database,
  rootIds: string[],
  direction: GraphDirection,
  depth: number,
  options: { includeOwners: boolean; maxNodes: number },
): Promise<GraphData> {
  return db.read(async (tx) => {
    const roots = await tx.run('MATCH (n:Entity) WHERE n.id IN $ids RETURN n', { ids: rootIds });
    const nodes = new Map<string, Entity>(
      roots.records.map((r) => [r.get('n').properties.id, toEntity(r.get('n'))]),
    );
    const edges = new Map<string, GraphEdge>();
    let truncated = false;
    const directions = direction === 'both' ? (['upstream', 'downstream'] as const) : ([direction] as const);
    for (const dir of directions) {
      let frontier = [...nodes.keys()].filter((id) => rootIds.includes(id));
      for (let level = 0; level < depth && frontier.length > 0 && !truncated; level++) {
        const result = await tx.run(STEP[dir], { frontier });
        const next: string[] = [];
        for (const r of result.records) {
          const b = toEntity(r.get('b'));
          const edge = decodeGraphEdge(r.get('from'), r.get('to'), r.get('type'), r.get('props'));
          edges.set(`${edge.type}:${edge.from}->${edge.to}`, edge);
          if (!nodes.has(b.id)) {
            if (nodes.size >= options.maxNodes) {
              truncated = true;
              break;
            }
            nodes.set(b.id, b);
            next.push(b.id);
          }
        }
        frontier = next;
      }
    }
    if (options.includeOwners) {
      const owners = await tx.run(
        `MATCH (a:Actor)-[r:OWNS]->(i:Entity) WHERE i.id IN $ids RETURN a, i.id AS to, properties(r) AS props`,
        { ids: [...nodes.keys()] },
      );
      for (const r of owners.records) {
        const actor = toEntity(r.get('a'));
        nodes.set(actor.id, actor);
        edges.set(
          `OWNS:${actor.id}->${r.get('to')}`,
          decodeGraphEdge(actor.id, r.get('to'), 'OWNS', r.get('props')),
        );
      }
    }
    // Keep only edges whose both ends are shown (a truncated walk may leave dangling ones).
    const shownEdges = [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to));
    return { nodes: [...nodes.values()], edges: shownEdges, truncated };
  });
}
