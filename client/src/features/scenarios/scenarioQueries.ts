// Saved what-if scenarios: the list, saving, deleting and comparing them.
import { graphql } from '../../gql/graphql';

export const ScenariosQuery = graphql(`
  query Scenarios {
    scenarios {
      id
      name
      version
      mode
      createdAt
      createdBy
      riskIds
      riskDelays {
        itemId
        days
      }
      delays {
        itemId
        days
      }
    }
  }
`);

export const SaveScenarioMutation = graphql(`
  mutation SaveScenario($input: ScenarioInput!) {
    saveScenario(input: $input) {
      id
      name
      version
    }
  }
`);

export const DeleteScenarioMutation = graphql(`
  mutation DeleteScenario($id: ID!, $version: Int!) {
    deleteScenario(id: $id, version: $version)
  }
`);

export const RenameScenarioMutation = graphql(`
  mutation RenameScenario($id: ID!, $version: Int!, $name: String!) {
    renameScenario(id: $id, version: $version, name: $name) {
      id
      name
      version
    }
  }
`);

export const CompareScenariosQuery = graphql(`
  query CompareScenarios($ids: [ID!]!, $locale: Locale) {
    compareScenarios(ids: $ids) {
      planEndSlips
      scenarios {
        id
        name
      }
      summaries {
        slippingCount
        pastPeriodCount
        missedDeadlines {
          item {
            id
          }
        }
        goalTargets {
          year
          goal {
            id
            name
          }
        }
      }
      rows {
        item {
          __typename
          id
          name
        }
        slips
        undated
        differenceDays
        oldEnd {
          date {
            label(locale: $locale)
          }
        }
        newEnds {
          date {
            label(locale: $locale)
          }
        }
      }
    }
  }
`);
