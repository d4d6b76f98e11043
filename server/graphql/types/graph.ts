// dependencyGraph(): nodes and edges around some roots, for the graph view to expand step by step.

import type { GraphData } from '../../db/repositories/graphRepository.js';
import { GRAPH_EDGE_TYPES, type GraphEdge } from '../../domain/model/index.js';
import { dependencyGraph } from '../../services/dependencyGraph.js';
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

const GraphRef = builder.objectRef<GraphData>('DependencyGraph').implement({
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
    truncated: t.boolean({
      description: 'True when the node limit cut the walk short.',
      resolve: (g) => g.truncated,
    }),
  }),
});

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
    resolve: (_root, args, ctx) =>
      dependencyGraph(ctx.db, args.rootIds.map(String), {
        direction: args.direction ?? 'both',
        depth: args.depth ?? 2,
        includeOwners: args.includeOwners ?? false,
      }),
  }),
}));
