// dependencyGraph(): nodes and edges around some roots, for the graph view to expand step by step.
import { readNeighbourhood } from '../../db/repositories/graphRepository.js';
import { GRAPH_EDGE_TYPES, type GraphEdge } from '../../domain/model/index.js';
import { invalid } from '../../errors.js';
import { builder } from '../builder.js';
import { EntityRef } from './common.js';
import { DependencyKindEnum, DependencyTypeEnum, GraphDirectionEnum } from './enums.js';

const EdgeTypeEnum = builder.enumType('GraphEdgeType', { values: GRAPH_EDGE_TYPES });

const GraphEdgeRef = builder.objectRef<GraphEdge>('GraphEdge').implement({
  description:
    'DEPENDS_ON: from needs to. AFFECTS: the risk `from` delays `to`. OWNS: the actor `from` owns `to`.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => `${e.type}:${e.from}->${e.to}` }),
    type: t.expose('type', { type: EdgeTypeEnum }),
    from: t.exposeID('from'),
    to: t.exposeID('to'),
    kind: t.expose('kind', { type: DependencyKindEnum, nullable: true }),
    dependencyType: t.expose('dependencyType', { type: DependencyTypeEnum, nullable: true }),
    lagDays: t.expose('lagDays', { type: 'Days', nullable: true }),
    expectedDelayDays: t.expose('expectedDelayDays', { type: 'Days', nullable: true }),
    inferred: t.exposeBoolean('inferred'),
  }),
});

interface Graph {
  nodes: Awaited<ReturnType<typeof readNeighbourhood>>['nodes'];
  edges: GraphEdge[];
  truncated: boolean;
}

const GraphRef = builder.objectRef<Graph>('DependencyGraph').implement({
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
    truncated: t.boolean({
      description: 'True when the node limit cut the walk short.',
      resolve: (g) => g.truncated,
    }),
  }),
});

export const MAX_GRAPH_DEPTH = 6;
export const MAX_GRAPH_NODES = 2000;

builder.queryFields((t) => ({
  dependencyGraph: t.field({
    type: GraphRef,
    complexity: 50,
    description:
      'The nodes reachable from the roots over dependencies and risk effects, up to `depth` steps.',
    args: {
      rootIds: t.arg.idList({ required: true }),
      direction: t.arg({ type: GraphDirectionEnum, required: false, defaultValue: 'both' }),
      depth: t.arg.int({ required: false, defaultValue: 2 }),
      includeOwners: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: (_root, args, ctx) => {
      const depth = args.depth ?? 2;
      if (depth < 1 || depth > MAX_GRAPH_DEPTH) {
        throw invalid([{ field: 'depth', message: `must be between 1 and ${MAX_GRAPH_DEPTH}` }]);
      }
      if (args.rootIds.length === 0 || args.rootIds.length > 100) {
        throw invalid([{ field: 'rootIds', message: 'give between 1 and 100 ids' }]);
      }
      return readNeighbourhood(ctx.db, args.rootIds.map(String), args.direction ?? 'both', depth, {
        includeOwners: args.includeOwners ?? false,
        maxNodes: MAX_GRAPH_NODES,
      });
    },
  }),
}));
