// previewEdit: a proposed change of dates run through the engine and the year rules, without saving.
import { graphql, type ResultOf } from '../../gql/graphql';

export const PreviewEditQuery = graphql(`
  query PreviewEdit($itemId: ID!, $start: PrecisionDate, $end: PrecisionDate, $date: PrecisionDate, $locale: Locale) {
    previewEdit(itemId: $itemId, start: $start, end: $end, date: $date) {
      moved {
        item {
          id
          name
        }
        undated
        endShiftDays
        startShiftDays
        newEnd {
          date {
            label(locale: $locale)
          }
        }
      }
      newConflicts {
        slackDays
        type
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
      resolvedConflicts {
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
      verdictChanges {
        year
        before
        after
        tiltak {
          id
          name
        }
        reasons {
          text
        }
      }
    }
  }
`);

export type EditPreview = ResultOf<typeof PreviewEditQuery>['previewEdit'];
