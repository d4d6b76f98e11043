// Object refs for every kind of node, declared first so types can refer to each other in any order.
import type { EntityRow } from '../../db/repositories/entityRepository.js';
import { builder } from '../builder.js';
import { EntityRef } from './common.js';
import { loadByLabel } from './entityLoaders.js';

const isA = (label: string) => (n: unknown) => (n as EntityRow).labels?.includes(label) ?? false;

function entityRef(name: string, label = name) {
  return builder.loadableObjectRef<EntityRow, string>(name, { load: loadByLabel(label), sort: (n) => n.id });
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
] as const;

/** Every entity type implements Entity and knows itself by its label. */
export const entityObjectOptions = (label: string) => ({ interfaces: [EntityRef], isTypeOf: isA(label) });
