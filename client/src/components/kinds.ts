// Entity kinds (GraphQL __typename) to their UI names.
import type { MessageKey } from '../i18n/messages';
import {
  enumValueName,
  type GraphQLNameOf,
  graphqlNames,
  INITIATIVE_KIND,
  RISK_KIND,
  type Vocabulary,
} from './vocabulary';

export function kindMessageKey(typename: string | undefined): MessageKey {
  switch (typename) {
    case 'Initiative':
      return 'kindInitiative';
    case 'Milestone':
      return 'kindMilestone';
    case 'Risk':
      return 'kindRisk';
    case 'Actor':
      return 'kindActor';
    case 'Condition':
      return 'kindCondition';
    case 'Goal':
      return 'kindGoal';
    case 'Meeting':
      return 'kindMeeting';
    case 'AgendaItem':
      return 'kindAgendaItem';
    default:
      return 'kindOther';
  }
}

/** The initiative kinds in GraphQL spelling, in the vocabulary's order. */
export const INITIATIVE_KINDS = graphqlNames(INITIATIVE_KIND);
export type InitiativeKind = GraphQLNameOf<(typeof INITIATIVE_KIND.codes)[number]>;

/** The word for a kind in GraphQL spelling, from its vocabulary (the value itself if unknown). */
function kindName<C extends string>(vocab: Vocabulary<C>, kind: string, locale: 'nb' | 'en'): string {
  const code = vocab.codes.find((c) => enumValueName(vocab, c) === kind);
  return code ? vocab.labels[code][locale] : kind;
}

export function initiativeKindName(kind: string, locale: 'nb' | 'en'): string {
  return kindName(INITIATIVE_KIND, kind, locale);
}

export function riskKindName(kind: string, locale: 'nb' | 'en'): string {
  return kindName(RISK_KIND, kind, locale);
}
