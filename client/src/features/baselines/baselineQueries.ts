// Baselines: saving, deleting and comparing them (the list is shared: shared/history/historyQueries).
import { graphql, type ResultOf } from '../../gql/graphql';

export const SaveBaselineMutation = graphql(`
  mutation SaveBaseline($name: String!, $reason: String) {
    saveBaseline(name: $name, reason: $reason) {
      id
      name
    }
  }
`);

export const DeleteBaselineMutation = graphql(`
  mutation DeleteBaseline($id: ID!) {
    deleteBaseline(id: $id)
  }
`);

export const CompareBaselinesQuery = graphql(`
  query CompareBaselines($a: ID!, $b: ID) {
    compareBaselines(a: $a, b: $b) {
      a {
        id
        name
      }
      b {
        id
        name
      }
      summary {
        itemsSlipped
        itemsAhead
        itemsAdded
        itemsRemoved
        totalSlipDays
        maxSlipDays
        criticalPathChanged
        dependenciesAdded
        dependenciesRemoved
      }
      items {
        itemId
        name
        kind
        status
        varianceDays
        startVarianceDays
        a {
          start
          end
        }
        b {
          start
          end
        }
      }
      addedDependencies {
        fromId
        toId
      }
      removedDependencies {
        fromId
        toId
      }
    }
  }
`);

export type BaselineComparisonData = ResultOf<typeof CompareBaselinesQuery>['compareBaselines'];
