// The plan history as the client asks for it: an item's history, the portfolio's change feed, one
// change set's changes, undo and redo, and the saved baselines.
import { graphql, type ResultOf } from '../../gql/graphql';

export const ChangeSetFields = graphql(`
  fragment ChangeSetFields on ChangeSet {
    id
    seq
    at
    by
    operation
    reason
    sakId
    undoes
    redoes
    changeCount
    kinds
  }
`);

export const EntityChangeFields = graphql(`
  fragment EntityChangeFields on EntityChange {
    id
    kind
    label
    action
    fromId
    toId
    before
    after
    fields {
      field
      before
      after
    }
  }
`);

export const ItemHistoryQuery = graphql(
  `
  query ItemHistory($id: ID!, $after: String) {
    history(id: $id, first: 10, after: $after) {
      changeSets {
        ...ChangeSetFields
        changes(touching: $id) {
          ...EntityChangeFields
        }
      }
      hasMore
      endCursor
    }
  }
`,
  [ChangeSetFields, EntityChangeFields],
);

/** The newest change set at an item: the one an edit just made, for its undo. */
export const LatestChangeQuery = graphql(`
  query LatestChange($id: ID!) {
    history(id: $id, first: 1) {
      changeSets {
        id
        operation
        changes {
          id
          before
          after
        }
      }
    }
  }
`);

export const ChangeFeedQuery = graphql(
  `
  query ChangeFeed($by: String, $since: String, $kinds: [String!], $after: String) {
    changes(by: $by, since: $since, kinds: $kinds, first: 20, after: $after) {
      changeSets {
        ...ChangeSetFields
      }
      hasMore
      endCursor
    }
  }
`,
  [ChangeSetFields],
);

export const ChangeSetChangesQuery = graphql(
  `
  query ChangeSetChanges($id: ID!) {
    changeSet(id: $id) {
      id
      changes {
        ...EntityChangeFields
      }
    }
  }
`,
  [EntityChangeFields],
);

export const UndoChangeSetMutation = graphql(`
  mutation UndoChangeSet($id: ID!) {
    undoChangeSet(id: $id) {
      id
      seq
    }
  }
`);

export const RedoChangeSetMutation = graphql(`
  mutation RedoChangeSet($id: ID!) {
    redoChangeSet(id: $id) {
      id
      seq
    }
  }
`);

export const BaselinesQuery = graphql(`
  query Baselines {
    baselines {
      id
      kind
      meetingId
      name
      reason
      at
      by
      planVersion
      itemCount
      dependencyCount
    }
  }
`);

export type ChangeSetSummary = ResultOf<typeof ChangeSetFields>;
export type EntityChangeData = ResultOf<typeof EntityChangeFields>;
export type BaselineSummary = ResultOf<typeof BaselinesQuery>['baselines'][number];

/** The next page of a change-set list appended to the ones shown (for fetchMore). */
export function appendPage<P extends { changeSets: readonly unknown[] }>(shown: P, next: P): P {
  return { ...next, changeSets: [...shown.changeSets, ...next.changeSets] };
}
