// The roadmap query: lanes of initiatives and milestones overlapping a period, with their dependencies.
import { graphql, type ResultOf } from '../../gql/graphql';

export const RoadmapQuery = graphql(`
  query Roadmap(
    $from: Day!
    $to: Day!
    $groupBy: RoadmapGrouping
    $filter: RoadmapFilter
    $locale: Locale
    $withDependencies: Boolean!
    $baselineId: ID
    $withBaseline: Boolean!
  ) {
    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter, baselineId: $baselineId) {
      from
      to
      lanes {
        key
        label
        initiatives {
          id
          name
          kind
          status
          start {
            firstDay
            lastDay
            label(locale: $locale)
          }
          end {
            firstDay
            lastDay
            label(locale: $locale)
          }
          baseline @include(if: $withBaseline) {
            start
            end
            varianceDays
          }
        }
        milestones {
          id
          name
          status
          date {
            firstDay
            lastDay
            label(locale: $locale)
          }
          baseline @include(if: $withBaseline) {
            start
            end
            varianceDays
          }
        }
      }
      # 40,000 at 10,000 tiltak: only when the arrows are shown, and only the ends' ids (no objects
      # for the cache to normalise, no kind to resolve per end).
      dependencies @include(if: $withDependencies) {
        fromId
        toId
      }
    }
  }
`);

export const ActorOptionsQuery = graphql(`
  query ActorOptions {
    actors(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export type RoadmapData = ResultOf<typeof RoadmapQuery>['roadmap'];
export type RoadmapLane = RoadmapData['lanes'][number];

/** Dependencies the planned dates already break: drawn as red arrows whether or not arrows are on. */
export const TimelineConflictsQuery = graphql(`
  query TimelineConflicts {
    dependencyConflicts {
      slackDays
      from {
        id
        name
      }
      to {
        id
        name
      }
    }
  }
`);
