// The client's window on the one vocabulary (server/domain/model/vocabulary.ts): the codes, words
// and colours the server, the exports and the GraphQL schema use. The client speaks the GraphQL
// spelling (NATIONAL_SOLUTION), so lists are derived in that spelling.
export {
  type CodeOf,
  codeFromAnySpelling,
  DATE_FIELD,
  DATE_STATEMENT_KIND,
  DEPENDENCY_STATE,
  enumValueName,
  type GraphQLNameOf,
  graphqlNames,
  INITIATIVE_KIND,
  type Locale as VocabularyLocale,
  labelOf,
  MILESTONE_STATUS,
  STATUS_COLOUR,
  STATUS_MEANING,
  STATUS_PALETTE,
  UNKNOWN_STATUS,
  VERDICT,
  type Words,
} from '../../../server/domain/model/vocabulary';
