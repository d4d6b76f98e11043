// The one Pothos builder: plugins, context type, auth scopes, limits and scalars are declared here, once.
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { hasRole } from '../auth/viewer.js';
import { forbidden } from '../errors.js';
import { refusal, roleNeededBy } from '../http/auth.js';
import type { GraphQLContext } from './context.js';

// A query is measured by its cost (complexity: 1 per field, lists ×5, the heavy fields more), not by
// how many fields it names: a broad but cheap query (the details panel's) passes, a broad and costly
// one is refused as too complex. tests/unit/queryCost.test.ts keeps the client's queries under half.
export const LIMITS = { depth: 12, complexity: 30_000 } as const;

/** The cost of one run of the schedule engine (impact, year agenda, a scenario's result): CPU-bound work
 * of tens of milliseconds to a second, so one request holds at most 15 of them (30,000 / 2,000). */
export const ENGINE_COST = 2_000;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  AuthScopes: { viewer: boolean; planner: boolean; admin: boolean };
  Scalars: {
    PrecisionDate: { Input: string; Output: string };
    Day: { Input: string; Output: string };
    Days: { Input: number; Output: number };
    NOK: { Input: number; Output: number };
  };
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [ScopeAuthPlugin, DataloaderPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      viewer: hasRole(ctx.viewer, 'viewer'),
      planner: hasRole(ctx.viewer, 'planner'),
      admin: hasRole(ctx.viewer, 'admin'),
    }),
    // The role comes from the typed failure (the scope that failed), never from its message.
    unauthorizedError: (_parent, ctx, _info, result) => {
      const needed = roleNeededBy(result.failure) ?? 'viewer';
      return refusal(ctx.viewer, needed) ?? forbidden(needed);
    },
  },
  relay: {},
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 5,
    limit: LIMITS,
    complexityError: (kind, result) => {
      const measure = kind.toLowerCase() as 'depth' | 'breadth' | 'complexity';
      const max = { depth: result.maxDepth, breadth: result.maxBreadth, complexity: result.maxComplexity }[
        measure
      ];
      return new GraphQLError(
        `The query is too ${{ depth: 'deep', breadth: 'broad', complexity: 'complex' }[measure]}: ${measure} ${result[measure]} exceeds the limit of ${max}.`,
        { extensions: { code: 'QUERY_TOO_COMPLEX', measure } },
      );
    },
  },
});

builder.queryType({ authScopes: { viewer: true } });
builder.mutationType({ authScopes: { planner: true } });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Number of items over all pages.', resolve: (connection) => connection.totalCount }),
);
