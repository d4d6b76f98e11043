// Planner edits. Updates carry the version that was edited; the API refuses a stale one (CONFLICT).
import { graphql } from '../../gql/graphql';

export const InitiativeForEditQuery = graphql(`
  query InitiativeForEdit($id: ID!) {
    initiative(id: $id) {
      id
      version
      name
      kind
      status
      phase
      description
      start {
        value
      }
      end {
        value
      }
    }
  }
`);

export const MilestoneForEditQuery = graphql(`
  query MilestoneForEdit($id: ID!) {
    entity(id: $id) {
      __typename
      id
      version
      name
      ... on Milestone {
        status
        dateText
        description
        date {
          value
        }
        initiative {
          id
          name
        }
      }
    }
  }
`);

export const CreateInitiativeMutation = graphql(`
  mutation CreateInitiative($input: CreateInitiativeInput!, $reason: String) {
    createInitiative(input: $input, reason: $reason) {
      id
      version
      name
    }
  }
`);

export const UpdateInitiativeMutation = graphql(`
  mutation UpdateInitiative($id: ID!, $version: Int!, $input: UpdateInitiativeInput!, $reason: String) {
    updateInitiative(id: $id, version: $version, input: $input, reason: $reason) {
      id
      version
      name
    }
  }
`);

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!, $reason: String) {
    createMilestone(input: $input, reason: $reason) {
      id
      version
      name
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($id: ID!, $version: Int!, $input: UpdateMilestoneInput!, $reason: String) {
    updateMilestone(id: $id, version: $version, input: $input, reason: $reason) {
      id
      version
      name
    }
  }
`);

export const CreateDependencyMutation = graphql(`
  mutation CreateDependency($input: CreateDependencyInput!, $reason: String) {
    createDependency(input: $input, reason: $reason) {
      id
      version
      from {
        id
      }
      to {
        id
      }
    }
  }
`);
