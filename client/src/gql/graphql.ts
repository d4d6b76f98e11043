// Typed GraphQL documents: gql.tada reads the introspection generated from schema/schema.graphql
// (regenerate with `npx gql.tada generate output --tsconfig client/tsconfig.json`).
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  // Components read fragment data directly; colocated fragments still document what each needs.
  disableMasking: true;
  introspection: introspection;
  scalars: {
    Day: string;
    Days: number;
    NOK: number;
    PrecisionDate: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
