// Deleting: what goes with an item (for the confirmation), and the delete mutations.
import { graphql } from '../../gql/graphql';

export const DeletePreviewQuery = graphql(`
  query DeletePreview($id: ID!) {
    entity(id: $id) {
      __typename
      id
      name
      version
      ... on Initiative {
        milestones {
          id
          dependsOn {
            id
          }
          dependents {
            id
          }
        }
        dependsOn {
          id
        }
        dependents {
          id
        }
      }
      ... on Milestone {
        dependsOn {
          id
        }
        dependents {
          id
        }
      }
    }
  }
`);

export const DeleteInitiativeMutation = graphql(`
  mutation DeleteInitiative($id: ID!, $version: Int!) {
    deleteInitiative(id: $id, version: $version)
  }
`);

export const DeleteMilestoneMutation = graphql(`
  mutation DeleteMilestone($id: ID!, $version: Int!) {
    deleteMilestone(id: $id, version: $version)
  }
`);

export const DeleteDependencyMutation = graphql(`
  mutation DeleteDependency($id: ID!, $version: Int!) {
    deleteDependency(id: $id, version: $version)
  }
`);
