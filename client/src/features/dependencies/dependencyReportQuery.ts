// The dependency report: dependencies checked against the planned dates now.
import { graphql, type ResultOf } from '../../gql/graphql';

const FindingFields = graphql(`
  fragment FindingFields on DependencyFinding {
    type
    lagDays
    slackDays
    violated
    crossActor
    from {
      __typename
      id
      name
    }
    to {
      __typename
      id
      name
    }
    fromOwners {
      id
      name
    }
    toOwners {
      id
      name
    }
    predecessorPoint {
      day
      date {
        label(locale: $locale)
      }
    }
    dependentPoint {
      day
      date {
        label(locale: $locale)
      }
    }
  }
`);

export const DependencyReportQuery = graphql(
  `
  query DependencyReport($goalId: ID, $programmeId: ID, $actorId: ID, $tightDays: Days, $locale: Locale) {
    dependencyReport(goalId: $goalId, programmeId: $programmeId, actorId: $actorId, tightDays: $tightDays) {
      tightDays
      conflicts {
        ...FindingFields
      }
      tight {
        ...FindingFields
      }
      crossActor {
        ...FindingFields
      }
    }
  }
`,
  [FindingFields],
);

export const ScopeNameQuery = graphql(`
  query ScopeName($id: ID!) {
    entity(id: $id) {
      id
      name
    }
  }
`);

export type Finding = ResultOf<typeof FindingFields>;
