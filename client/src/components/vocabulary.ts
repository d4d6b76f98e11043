// The client's window on the one vocabulary (server/domain/model/vocabulary.ts): the codes, words
// and colours the server, the exports and the GraphQL schema use. The client speaks the GraphQL
// spelling (NATIONAL_SOLUTION), so lists are derived in that spelling.
import {
  ACTOR_KIND,
  BODY,
  CONDITION_KIND,
  CONDITION_STATE,
  codeFromAnySpelling,
  DEPENDENCY_KIND,
  type Locale,
  MILESTONE_STATUS,
  RISK_KIND,
  type Vocabulary,
} from '../../../server/domain/model/vocabulary';

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
  STATUS_COLOUR,
  STATUS_MEANING,
  STATUS_PALETTE,
  UNKNOWN_STATUS,
  VERDICT,
  type Vocabulary,
  type Words,
} from '../../../server/domain/model/vocabulary';
export { ACTOR_KIND, BODY, CONDITION_KIND, CONDITION_STATE, DEPENDENCY_KIND, MILESTONE_STATUS, RISK_KIND };

/**
 * The word for an enum value as the API sends it (FINANCING, national-solution), in the UI's
 * language; never the code itself, unless the vocabulary does not know it.
 */
export function wordOf<C extends string>(
  vocab: Vocabulary<C>,
  value: string | null | undefined,
  locale: Locale,
): string {
  if (!value) return '';
  const code = codeFromAnySpelling(vocab, value);
  return code ? vocab.labels[code][locale] : value;
}
