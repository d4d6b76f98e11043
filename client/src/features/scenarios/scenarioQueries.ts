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

export const CompareScenariosQuery = graphql(`
  query CompareScenarios($ids: [ID!]!) {
    compareScenarios(ids: $ids) {
      planEndSlips
      scenarios {
        id
        name
      }
      rows {
        item {
          __typename
          id
          name
        }
        slips
      }
    }
  }
`);
