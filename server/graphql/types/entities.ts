// Object refs for every kind of node, declared first so types can refer to each other in any order.
// Each is loadable by id (batched), over its typed entity.
import type { EntityOf, NodeLabel } from '../../domain/model/index.js';
import { builder } from '../builder.js';
import { EntityRef } from './common.js';
import { loadByLabel } from './entityLoaders.js';

function entityRef<L extends NodeLabel>(label: L) {
  return builder.loadableObjectRef<EntityOf<L>, string>(label, {
    load: loadByLabel(label),
    sort: (n) => n.id,
  });
}

export const InitiativeRef = entityRef('Initiative');
export const MilestoneRef = entityRef('Milestone');
export const ActorRef = entityRef('Actor');
export const RiskRef = entityRef('Risk');
export const GoalRef = entityRef('Goal');
export const ConditionRef = entityRef('Condition');
export const MeetingRef = entityRef('Meeting');
export const AgendaItemRef = entityRef('AgendaItem');
export const StatusReportRef = entityRef('StatusReport');
export const YearActivityRef = entityRef('YearActivity');
export const PortfolioSnapshotRef = entityRef('PortfolioSnapshot');

export const ENTITY_REFS = [
  [InitiativeRef, 'Initiative'],
  [MilestoneRef, 'Milestone'],
  [ActorRef, 'Actor'],
  [RiskRef, 'Risk'],
  [GoalRef, 'Goal'],
  [ConditionRef, 'Condition'],
  [MeetingRef, 'Meeting'],
  [AgendaItemRef, 'AgendaItem'],
  [StatusReportRef, 'StatusReport'],
  [YearActivityRef, 'YearActivity'],
  [PortfolioSnapshotRef, 'PortfolioSnapshot'],
] as const satisfies readonly (readonly [unknown, NodeLabel])[];

/** Every entity type implements Entity and knows itself by its label. */
export const entityObjectOptions = (label: NodeLabel) => ({
  interfaces: [EntityRef],
  isTypeOf: (n: unknown) => (n as { label?: string }).label === label,
});
