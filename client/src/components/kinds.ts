// Entity kinds (GraphQL __typename) to their UI names.
import type { MessageKey } from '../i18n/messages';
import { enumValueName, type GraphQLNameOf, graphqlNames, INITIATIVE_KIND } from './vocabulary';

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

export function initiativeKindName(kind: string, locale: 'nb' | 'en'): string {
  const code = INITIATIVE_KIND.codes.find((c) => enumValueName(INITIATIVE_KIND, c) === kind);
  return code ? INITIATIVE_KIND.labels[code][locale] : kind;
}
