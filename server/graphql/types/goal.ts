import { DateWithPrecisionRef } from './common.js';
import { DependencyRef, RiskEffectRef } from './dependency.js';
import { AgendaItemRef, ConditionRef, entityObjectOptions, GoalRef, InitiativeRef } from './entities.js';
import { loadDependencies, loadRelatedNodes, loadRiskEffects } from './entityLoaders.js';
import { ConditionKindEnum, ConditionStateEnum } from './enums.js';

GoalRef.implement({
  ...entityObjectOptions('Goal'),
  description: 'A veikart goal with its målsetting/forutsetning.',
  fields: (t) => ({
    title: t.exposeString('title'),
    target: t.exposeString('target', { nullable: true, description: 'Målsetting as written.' }),
    deadline: t.expose('deadline', { type: DateWithPrecisionRef, nullable: true }),
    conditionsText: t.exposeString('conditionsText', {
      nullable: true,
      description: 'Forutsetning as written.',
    }),
    veikartYear: t.exposeInt('veikartYear', { nullable: true }),
    tiltak: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('CONTRIBUTES_TO', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
    presentedIn: t.loadableList({
      type: AgendaItemRef,
      load: loadRelatedNodes('PRESENTED_IN', 'out', 'AgendaItem'),
      resolve: (n) => n.id,
    }),
  }),
});

ConditionRef.implement({
  ...entityObjectOptions('Condition'),
  description:
    'A precondition stated in the papers that is not itself an initiative (financing, legal basis …).',
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.expose('kind', { type: ConditionKindEnum }),
    state: t.expose('state', { type: ConditionStateEnum }),
    stateNote: t.exposeString('stateNote', { nullable: true }),
    date: t.expose('date', { type: DateWithPrecisionRef, nullable: true }),
    dependents: t.loadableList({
      type: DependencyRef,
      load: loadDependencies('in'),
      resolve: (n) => n.id,
    }),
    risks: t.loadableList({ type: RiskEffectRef, load: loadRiskEffects('in'), resolve: (n) => n.id }),
  }),
});
