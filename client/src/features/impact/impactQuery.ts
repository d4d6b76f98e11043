// Hva forsinkes hvis…: the impact of delays and risks.
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
    summary {
      slippingCount
      pastPeriodCount
      undatedMovedCount
      goalTargets {
        year
        goal {
          id
          name
        }
        items {
          id
        }
      }
      latestByGoal {
        slipDays
        group {
          id
          name
        }
        after {
          ...ScheduledDateFields
        }
      }
      target {
        id
        name
      }
    }
    reachedUndated {
      item {
        id
        name
      }
      pathIds
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
      window {
        before {
          text
        }
        after {
          text
        }
      }
      combination
      causeShares {
        kind
        days
        absorbedDays
        assumed
        driving
        item {
          id
          name
        }
        risk {
          id
          name
        }
      }
      chainOrigin {
        item {
          id
          name
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

export type ImpactResult = ResultOf<typeof ImpactResultFields>;
export type AffectedItem = ImpactResult['affected'][number];
