// Entity kinds (GraphQL __typename) to their UI names.
import type { MessageKey } from '../i18n/messages';

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

export const INITIATIVE_KINDS = [
  'NATIONAL_SOLUTION',
  'PLAN',
  'PROGRAMME',
  'PROJECT',
  'REGULATION',
  'SCHEME',
  'STANDARD',
  'STRATEGY',
  'TILTAK',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

const KIND_NAMES: Record<string, { nb: string; en: string }> = {
  NATIONAL_SOLUTION: { nb: 'Nasjonal løsning', en: 'National solution' },
  PLAN: { nb: 'Plan', en: 'Plan' },
  PROGRAMME: { nb: 'Program', en: 'Programme' },
  PROJECT: { nb: 'Prosjekt', en: 'Project' },
  REGULATION: { nb: 'Regelverk', en: 'Regulation' },
  SCHEME: { nb: 'Ordning', en: 'Scheme' },
  STANDARD: { nb: 'Standard', en: 'Standard' },
  STRATEGY: { nb: 'Strategi', en: 'Strategy' },
  TILTAK: { nb: 'Veikart-tiltak', en: 'Veikart tiltak' },
};

export function initiativeKindName(kind: string, locale: 'nb' | 'en'): string {
  return KIND_NAMES[kind]?.[locale] ?? kind;
}
