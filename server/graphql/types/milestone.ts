// Milestone: a dated point of an initiative, as coarse as the paper gave it.
import { builder } from '../builder.js';
import { DateWithPrecisionRef, dateOf, strList, strOrNull } from './common.js';
import { DependencyRef, loadEdges, RiskEffectRef } from './dependency.js';
import { entityObjectOptions, InitiativeRef, MilestoneRef } from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';

export const MilestoneStatusEnum = builder.enumType('MilestoneStatus', {
  values: {
    PLANNED: { value: 'planned' },
    DONE: { value: 'done' },
    DELAYED: { value: 'delayed' },
    CANCELLED: { value: 'cancelled' },
    UNKNOWN: { value: 'unknown' },
  } as const,
});

MilestoneRef.implement({
  ...entityObjectOptions('Milestone'),
  fields: (t) => ({
    aliases: t.stringList({ resolve: (n) => strList(n, 'aliases') }),
    date: t.field({
      type: DateWithPrecisionRef,
      nullable: true,
      resolve: (n) => dateOf(n, 'date', 'dateText'),
    }),
    dateText: t.string({
      nullable: true,
      description: 'The date as written ("innen 15. oktober").',
      resolve: (n) => strOrNull(n, 'dateText'),
    }),
    status: t.field({
      type: MilestoneStatusEnum,
      resolve: (n) => (strOrNull(n, 'status') ?? 'unknown') as 'planned',
    }),
    description: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'description') }),
    initiative: t.loadableList({
      type: InitiativeRef,
      description: 'The initiative it belongs to (at most one).',
      load: loadRelatedNodes('HAS_MILESTONE', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
    dependsOn: t.loadableList({
      type: DependencyRef,
      load: loadEdges('DEPENDS_ON', 'out'),
      resolve: (n) => n.id,
    }),
    dependents: t.loadableList({
      type: DependencyRef,
      load: loadEdges('DEPENDS_ON', 'in'),
      resolve: (n) => n.id,
    }),
    risks: t.loadableList({ type: RiskEffectRef, load: loadEdges('AFFECTS', 'in'), resolve: (n) => n.id }),
  }),
});
