// The dependency graph around some roots: nodes of any kind, and dependency/risk/owner edges.
import { graphql, type ResultOf } from '../../gql/graphql';

export const DependencyGraphQuery = graphql(`
  query DependencyGraph($rootIds: [ID!]!, $direction: GraphDirection, $depth: Int, $includeOwners: Boolean) {
    dependencyGraph(rootIds: $rootIds, direction: $direction, depth: $depth, includeOwners: $includeOwners) {
      truncated
      nodes {
        __typename
        id
        name
        ... on Initiative {
          status
        }
        ... on Milestone {
          milestoneStatus: status
        }
        ... on Condition {
          state
        }
      }
      edges {
        id
        type
        from
        to
        kind
        dependencyType
        lagDays
        expectedDelayDays
        inferred
      }
    }
  }
`);

export type GraphResult = ResultOf<typeof DependencyGraphQuery>['dependencyGraph'];
export type GraphNode = GraphResult['nodes'][number];
export type GraphEdge = GraphResult['edges'][number];
