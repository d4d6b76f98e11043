// Goal (veikart målsetting) and Condition (a stated precondition such as financing).
import { builder } from '../builder.js';
import { DateWithPrecisionRef, dateOf, numOrNull, str, strList, strOrNull } from './common.js';
import { DependencyRef, loadEdges, RiskEffectRef } from './dependency.js';
import { AgendaItemRef, ConditionRef, entityObjectOptions, GoalRef, InitiativeRef } from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';

GoalRef.implement({
  ...entityObjectOptions('Goal'),
  description: 'A veikart goal with its målsetting/forutsetning.',
  fields: (t) => ({
    title: t.string({ resolve: (n) => str(n, 'title') }),
    target: t.string({
      nullable: true,
      description: 'Målsetting as written.',
      resolve: (n) => strOrNull(n, 'target'),
    }),
    deadline: t.field({ type: DateWithPrecisionRef, nullable: true, resolve: (n) => dateOf(n, 'deadline') }),
    conditionsText: t.string({
      nullable: true,
      description: 'Forutsetning as written.',
      resolve: (n) => strOrNull(n, 'conditionsText'),
    }),
    veikartYear: t.int({ nullable: true, resolve: (n) => numOrNull(n, 'veikartYear') }),
    tiltak: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('CONTRIBUTES_TO', 'in'),
      resolve: (n) => n.id,
    }),
    presentedIn: t.loadableList({
      type: AgendaItemRef,
      load: loadRelatedNodes('PRESENTED_IN', 'out'),
      resolve: (n) => n.id,
    }),
  }),
});

export const ConditionStateEnum = builder.enumType('ConditionState', {
  values: {
    MET: { value: 'met' },
    AT_RISK: { value: 'at-risk' },
    NOT_MET: { value: 'not-met' },
    UNKNOWN: { value: 'unknown' },
  } as const,
});

export const ConditionKindEnum = builder.enumType('ConditionKind', {
  values: {
    FINANCING: { value: 'financing' },
    LEGAL_BASIS: { value: 'legal-basis' },
    STANDARD: { value: 'standard' },
    TRUST_FRAMEWORK: { value: 'trust-framework' },
    DECISION: { value: 'decision' },
    OTHER: { value: 'other' },
  } as const,
});

ConditionRef.implement({
  ...entityObjectOptions('Condition'),
  description:
    'A precondition stated in the papers that is not itself an initiative (financing, legal basis …).',
  fields: (t) => ({
    aliases: t.stringList({ resolve: (n) => strList(n, 'aliases') }),
    kind: t.field({ type: ConditionKindEnum, resolve: (n) => (str(n, 'kind') || 'other') as 'other' }),
    state: t.field({ type: ConditionStateEnum, resolve: (n) => (str(n, 'state') || 'unknown') as 'unknown' }),
    stateNote: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'stateNote') }),
    date: t.field({ type: DateWithPrecisionRef, nullable: true, resolve: (n) => dateOf(n, 'date') }),
    dependents: t.loadableList({
      type: DependencyRef,
      load: loadEdges('DEPENDS_ON', 'in'),
      resolve: (n) => n.id,
    }),
    risks: t.loadableList({ type: RiskEffectRef, load: loadEdges('AFFECTS', 'in'), resolve: (n) => n.id }),
  }),
});
