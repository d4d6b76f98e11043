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

const LatestDateFields = graphql(
  `
  fragment LatestDateFields on LatestDate {
    slipDays
    group {
      id
      name
    }
    before {
      ...ScheduledDateFields
    }
    after {
      ...ScheduledDateFields
    }
    afterItem {
      id
      name
    }
  }
`,
  [ScheduledDateFields],
);

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
        ...LatestDateFields
      }
      latestByProgramme {
        ...LatestDateFields
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
      pastPeriodEnd
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
          reason
        }
        after {
          text
          reason
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
        undated
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
  [ScheduledDateFields, LatestDateFields],
);

export const ImpactQuery = graphql(
  `
  query Impact(
    $delays: [DelayInput!]
    $riskIds: [ID!]
    $riskDelays: [RiskDelayInput!]
    $targetId: ID
    $mode: ImpactMode
    $locale: Locale
  ) {
    impact(delays: $delays, riskIds: $riskIds, riskDelays: $riskDelays, targetId: $targetId, mode: $mode) {
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
