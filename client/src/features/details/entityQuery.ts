// Everything the details panel shows about one item, whatever its kind.
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

export const EntityBaseQuery = graphql(
  `
  query EntityBase($id: ID!) {
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
    }
  }
`,
  [SourceFields],
);

export const InitiativeDetailsQuery = graphql(
  `
  query InitiativeDetails($id: ID!, $locale: Locale) {
    entity(id: $id) {
      __typename
      id
      note
      version
... on Initiative {
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
    }
  }
`,
  [DependencyFields],
);

export const MilestoneDetailsQuery = graphql(
  `
  query MilestoneDetails($id: ID!, $locale: Locale) {
    entity(id: $id) {
      __typename
      id
      note
      version
      ... on Milestone {
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
          risk {
            id
            name
          }
        }
      }
    }
  }
`,
  [DependencyFields],
);

export const OtherDetailsQuery = graphql(
  `
  query OtherDetails($id: ID!, $locale: Locale) {
    entity(id: $id) {
      __typename
      id
      note
      version
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
  [DependencyFields],
);

export type InitiativeDetails = ResultOf<typeof InitiativeDetailsQuery>['entity'];
export type MilestoneDetails = ResultOf<typeof MilestoneDetailsQuery>['entity'];
export type OtherDetails = ResultOf<typeof OtherDetailsQuery>['entity'];
