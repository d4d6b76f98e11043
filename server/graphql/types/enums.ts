// The GraphQL enums, each derived from its vocabulary in server/domain/model: the codes are the
// enum's internal values, their GraphQL names are the codes in upper case (national-solution →
// NATIONAL_SOLUTION).
import {
  ACTOR_KIND,
  AGENDA_ITEM_KIND,
  BODY,
  CAUSE_COMBINATION,
  CAUSE_KIND,
  CONDITION_KIND,
  CONDITION_STATE,
  DEPENDENCY_KIND,
  DEPENDENCY_STATE,
  DEPENDENCY_TYPE,
  enumValueName,
  GRAPH_DIRECTION,
  IMPACT_MODE,
  INITIATIVE_KIND,
  LOCALES,
  MILESTONE_STATUS,
  PRECISION,
  REASON_KIND,
  RISK_KIND,
  ROADMAP_GROUPING,
  STATUS_COLOUR,
  VERDICT,
  type Vocabulary,
} from '../../domain/model/index.js';
import { builder } from '../builder.js';

export function enumOf<C extends string>(vocab: Vocabulary<C>) {
  const values: Record<string, { value: C; description?: string }> = {};
  for (const code of vocab.codes) {
    const description = vocab.explain?.[code];
    values[enumValueName(vocab, code)] = description ? { value: code, description } : { value: code };
  }
  return builder.enumType(vocab.name, {
    ...(vocab.description ? { description: vocab.description } : {}),
    values,
  });
}

export const InitiativeKindEnum = enumOf(INITIATIVE_KIND);
export const StatusColourEnum = enumOf(STATUS_COLOUR);
export const MilestoneStatusEnum = enumOf(MILESTONE_STATUS);
export const ActorKindEnum = enumOf(ACTOR_KIND);
export const ConditionKindEnum = enumOf(CONDITION_KIND);
export const ConditionStateEnum = enumOf(CONDITION_STATE);
export const DependencyKindEnum = enumOf(DEPENDENCY_KIND);
export const DependencyTypeEnum = enumOf(DEPENDENCY_TYPE);
export const RiskKindEnum = enumOf(RISK_KIND);
export const BodyEnum = enumOf(BODY);
export const AgendaItemKindEnum = enumOf(AGENDA_ITEM_KIND);
export const VerdictEnum = enumOf(VERDICT);
export const DependencyStateEnum = enumOf(DEPENDENCY_STATE);
export const RoadmapGroupingEnum = enumOf(ROADMAP_GROUPING);
export const ImpactModeEnum = enumOf(IMPACT_MODE);
export const GraphDirectionEnum = enumOf(GRAPH_DIRECTION);
export const PrecisionEnum = enumOf(PRECISION);
export const ReasonKindEnum = enumOf(REASON_KIND);
export const CauseKindEnum = enumOf(CAUSE_KIND);
export const CauseCombinationEnum = enumOf(CAUSE_COMBINATION);

export const LocaleEnum = builder.enumType('Locale', {
  values: Object.fromEntries(LOCALES.map((l) => [l.toUpperCase(), { value: l }])) as Record<
    string,
    { value: (typeof LOCALES)[number] }
  >,
});
