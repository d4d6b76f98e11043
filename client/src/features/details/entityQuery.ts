// Everything the details panel shows about one item, whatever its kind, in one query. The API measures
// a query by its cost (complexity), not by its number of fields; tests/unit/queryCost.test.ts keeps
// this one well under the limit.
import { graphql, type ResultOf } from '../../gql/graphql';

export const SourceFields = graphql(`
  fragment SourceFields on Source {
    id
    document
    documentTitle
    fromLine
    toLine
    sak
    quote
  }
`);

export const DependencyFields = graphql(`
  fragment DependencyFields on Dependency {
    id
    kind
    type
    lagDays
    inferred
    note
    version
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
  }
`);

/** One statement of "Datoer over tid" (features/details/DatesOverTime.tsx). */
export const DateStatementFields = graphql(
  `
  fragment DateStatementFields on DateStatement {
    id
    kind
    date { value label(locale: $locale) precision writtenAs }
    status
    text
    meetingId
    meetingDate
    meeting { id name body number }
    by
    at
    inferred
    current
    slip { days text }
    sources { ...SourceFields }
  }
`,
  [SourceFields],
);

export const EntityDetailsQuery = graphql(
  `
  query EntityDetails($id: ID!, $locale: Locale) {
    entity(id: $id) {
      __typename
      id
      name
      note
      inferred
      version
      sources {
        ...SourceFields
      }
      ... on Initiative {
        dateHistory {
          field
          moves
          slipSinceFirst { text }
          statements { ...DateStatementFields }
        }
        aliases
        kind
        description
        status
        risk
        phase
        periodText
        budget
        budgetYear
        service
        start {
          value
          label(locale: $locale)
        }
        end {
          value
          label(locale: $locale)
        }
        owners {
          id
          name
        }
        participants {
          id
          name
        }
        milestones {
          id
          name
          status
          version
          date {
            value
            label(locale: $locale)
          }
        }
        dependsOn {
          ...DependencyFields
        }
        dependents {
          ...DependencyFields
        }
        risks {
          expectedDelayDays
          delayText
          inferred
          risk {
            id
            name
          }
        }
        partOf {
          id
          name
        }
        parts {
          id
          name
        }
        goals {
          id
          name
        }
        discussedIn {
          id
          number
          title
          decision
          proposedDecision
          meeting {
            id
            name
            date {
              label(locale: $locale)
            }
          }
        }
      }
      ... on Milestone {
        dateHistory {
          field
          moves
          slipSinceFirst { text }
          statements { ...DateStatementFields }
        }
        aliases
        description
        milestoneStatus: status
        dateText
        date {
          value
          label(locale: $locale)
        }
        initiative {
          id
          name
        }
        dependsOn {
          ...DependencyFields
        }
        dependents {
          ...DependencyFields
        }
        risks {
          expectedDelayDays
          delayText
          inferred
          risk {
            id
            name
          }
        }
      }
      ... on Risk {
        aliases
        riskKind: kind
        description
        date {
          label(locale: $locale)
        }
        affects {
          expectedDelayDays
          delayText
          inferred
          target {
            __typename
            id
            name
          }
        }
      }
      ... on Actor {
        aliases
        actorKind: kind
        description
        owns {
          id
          name
        }
        participatesIn {
          id
          name
        }
      }
      ... on Condition {
        conditionKind: kind
        state
        stateNote
        dependents {
          ...DependencyFields
        }
      }
      ... on Goal {
        title
        target
        conditionsText
        veikartYear
        deadline {
          label(locale: $locale)
        }
        tiltak {
          id
          name
        }
      }
      ... on AgendaItem {
        number
        title
        decision
        proposedDecision
        concerns {
          id
          name
        }
        meeting {
          id
          name
        }
      }
      ... on Meeting {
        place
        meetingDate: date {
          label(locale: $locale)
        }
        agenda {
          id
          number
          title
        }
      }
    }
  }
`,
  [SourceFields, DependencyFields, DateStatementFields],
);

export type EntityDetails = ResultOf<typeof EntityDetailsQuery>['entity'];
