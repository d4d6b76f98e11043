// dependencyGraph(): nodes and edges around some roots, for the graph view to expand step by step.
import {
  type GraphDirection,
  type GraphEdgeRow,
  readNeighbourhood,
} from '../../db/repositories/graphRepository.js';
import { invalid } from '../../errors.js';
import { builder } from '../builder.js';
import { EntityRef } from './common.js';
import { DependencyKindEnum, DependencyTypeEnum } from './dependency.js';

const DirectionEnum = builder.enumType('GraphDirection', {
  values: {
    UPSTREAM: { value: 'upstream' },
    DOWNSTREAM: { value: 'downstream' },
    BOTH: { value: 'both' },
  } as const,
});

const EdgeTypeEnum = builder.enumType('GraphEdgeType', {
  values: ['DEPENDS_ON', 'AFFECTS', 'OWNS'] as const,
});

const GraphEdgeRef = builder.objectRef<GraphEdgeRow>('GraphEdge').implement({
  description:
    'DEPENDS_ON: from needs to. AFFECTS: the risk `from` delays `to`. OWNS: the actor `from` owns `to`.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => `${e.type}:${e.from}->${e.to}` }),
    type: t.field({ type: EdgeTypeEnum, resolve: (e) => e.type }),
    from: t.id({ resolve: (e) => e.from }),
    to: t.id({ resolve: (e) => e.to }),
    kind: t.field({
      type: DependencyKindEnum,
      nullable: true,
      resolve: (e) => (e.props.kind as 'technical' | undefined) ?? null,
    }),
    dependencyType: t.field({
      type: DependencyTypeEnum,
      nullable: true,
      resolve: (e) => (e.props.type as 'FS' | undefined) ?? null,
    }),
    lagDays: t.field({
      type: 'Days',
      nullable: true,
      resolve: (e) => (typeof e.props.lagDays === 'number' ? e.props.lagDays : null),
    }),
    expectedDelayDays: t.field({
      type: 'Days',
      nullable: true,
      resolve: (e) => (typeof e.props.expectedDelayDays === 'number' ? e.props.expectedDelayDays : null),
    }),
    inferred: t.boolean({ resolve: (e) => e.props.inferred === true }),
  }),
});

interface Graph {
  nodes: Awaited<ReturnType<typeof readNeighbourhood>>['nodes'];
  edges: GraphEdgeRow[];
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
      direction: t.arg({ type: DirectionEnum, required: false, defaultValue: 'both' }),
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
      return readNeighbourhood(
        ctx.db,
        args.rootIds.map(String),
        (args.direction ?? 'both') as GraphDirection,
        depth,
        {
          includeOwners: args.includeOwners ?? false,
          maxNodes: MAX_GRAPH_NODES,
        },
      );
    },
  }),
}));
