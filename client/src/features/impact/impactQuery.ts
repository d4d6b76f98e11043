// Hva forsinkes hvis…: the impact of delays and risks, saved scenarios and their comparison.
import { graphql, type ResultOf } from '../../gql/graphql';

const ScheduledDateFields = graphql(`
  fragment ScheduledDateFields on ScheduledDate {
    day
    date {
      label(locale: $locale)
    }
  }
`);

export const ImpactResultFields = graphql(
  `
  fragment ImpactResultFields on ImpactResult {
    mode
    planEnd {
      before
      after
      slipDays
    }
    affected {
      item {
        __typename
        id
        name
        ... on Initiative {
          status
        }
      }
      slipDays
      startSlipDays
      nowCritical
      wasCritical
      undated
      oldStart {
        ...ScheduledDateFields
      }
      oldEnd {
        ...ScheduledDateFields
      }
      newStart {
        ...ScheduledDateFields
      }
      newEnd {
        ...ScheduledDateFields
      }
      causes {
        kind
        days
        assumed
        risk {
          id
          name
        }
      }
      missedDeadline {
        byDays
        newlyMissed
        deadline {
          label(locale: $locale)
        }
        source {
          id
          name
        }
      }
      drivingChain {
        slipDays
        item {
          __typename
          id
          name
        }
      }
    }
    criticalPath {
      itemIds
      steps {
        item {
          __typename
          id
          name
        }
        start {
          ...ScheduledDateFields
        }
        finish {
          ...ScheduledDateFields
        }
      }
    }
    assumptions {
      assumedDelayDays
      item {
        id
        name
      }
      risk {
        id
        name
      }
    }
  }
`,
  [ScheduledDateFields],
);

export const ImpactQuery = graphql(
  `
  query Impact($delays: [DelayInput!], $riskIds: [ID!], $mode: ImpactMode, $locale: Locale) {
    impact(delays: $delays, riskIds: $riskIds, mode: $mode) {
      ...ImpactResultFields
    }
  }
`,
  [ImpactResultFields],
);

export const EntityNameQuery = graphql(`
  query EntityName($id: ID!) {
    entity(id: $id) {
      __typename
      id
      name
    }
  }
`);

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

export type ImpactResult = ResultOf<typeof ImpactResultFields>;
export type AffectedItem = ImpactResult['affected'][number];
