// Initiative (tiltak): programmes, projects, national solutions … and the rows of the veikart tables.
import { builder } from '../builder.js';
import { DateWithPrecisionRef, dateOf, numOrNull, str, strList, strOrNull } from './common.js';
import { DependencyRef, loadEdges, RiskEffectRef } from './dependency.js';
import {
  ActorRef,
  AgendaItemRef,
  entityObjectOptions,
  GoalRef,
  InitiativeRef,
  MilestoneRef,
  StatusReportRef,
  YearActivityRef,
} from './entities.js';
import { loadRelatedNodes } from './entityLoaders.js';

export const InitiativeKindEnum = builder.enumType('InitiativeKind', {
  values: {
    PROGRAMME: { value: 'programme' },
    PROJECT: { value: 'project' },
    NATIONAL_SOLUTION: { value: 'national-solution' },
    PLAN: { value: 'plan' },
    STRATEGY: { value: 'strategy' },
    SCHEME: { value: 'scheme' },
    REGULATION: { value: 'regulation' },
    STANDARD: { value: 'standard' },
    TILTAK: { value: 'tiltak', description: 'A row of a veikart table: one actor, one service, one year.' },
  } as const,
});

export const StatusColourEnum = builder.enumType('StatusColour', {
  values: {
    GREEN: { value: 'green' },
    YELLOW: { value: 'yellow' },
    RED: { value: 'red' },
    GREY: { value: 'grey' },
    BLUE: { value: 'blue' },
  } as const,
});

type Colour = 'green' | 'yellow' | 'red' | 'grey' | 'blue';

InitiativeRef.implement({
  ...entityObjectOptions('Initiative'),
  description:
    'A tiltak: a programme, project, national solution, plan, strategy, scheme, regulation, standard or veikart row.',
  fields: (t) => ({
    aliases: t.stringList({ resolve: (n) => strList(n, 'aliases') }),
    kind: t.field({ type: InitiativeKindEnum, resolve: (n) => str(n, 'kind') as 'programme' }),
    description: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'description') }),
    start: t.field({
      type: DateWithPrecisionRef,
      nullable: true,
      resolve: (n) => dateOf(n, 'start', 'startText'),
    }),
    end: t.field({ type: DateWithPrecisionRef, nullable: true, resolve: (n) => dateOf(n, 'end', 'endText') }),
    periodText: t.string({
      nullable: true,
      description: 'Totalperiode as written.',
      resolve: (n) => strOrNull(n, 'periodText'),
    }),
    service: t.string({
      nullable: true,
      description: 'Tjeneste (veikart rows).',
      resolve: (n) => strOrNull(n, 'service'),
    }),
    status: t.field({
      type: StatusColourEnum,
      nullable: true,
      resolve: (n) => strOrNull(n, 'status') as Colour | null,
    }),
    risk: t.field({
      type: StatusColourEnum,
      nullable: true,
      resolve: (n) => strOrNull(n, 'risk') as Colour | null,
    }),
    phase: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'phase') }),
    budget: t.field({ type: 'NOK', nullable: true, resolve: (n) => numOrNull(n, 'budgetNok') }),
    budgetYear: t.int({ nullable: true, resolve: (n) => numOrNull(n, 'budgetYear') }),
    notes: t.stringList({ resolve: (n) => strList(n, 'notes') }),
    owners: t.loadableList({
      type: ActorRef,
      load: loadRelatedNodes('OWNS', 'in', 'Actor'),
      resolve: (n) => n.id,
    }),
    participants: t.loadableList({
      type: ActorRef,
      load: loadRelatedNodes('PARTICIPATES_IN', 'in', 'Actor'),
      resolve: (n) => n.id,
    }),
    milestones: t.loadableList({
      type: MilestoneRef,
      load: loadRelatedNodes('HAS_MILESTONE', 'out'),
      resolve: (n) => n.id,
    }),
    partOf: t.loadableList({
      type: InitiativeRef,
      description: 'The initiatives this one is a part or step of.',
      load: loadRelatedNodes('PART_OF', 'out', 'Initiative'),
      resolve: (n) => n.id,
    }),
    parts: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('PART_OF', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
    succeeds: t.loadableList({
      type: InitiativeRef,
      description: 'What this initiative renamed or replaced.',
      load: loadRelatedNodes('SUCCEEDS', 'out'),
      resolve: (n) => n.id,
    }),
    succeededBy: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('SUCCEEDS', 'in'),
      resolve: (n) => n.id,
    }),
    goals: t.loadableList({
      type: GoalRef,
      load: loadRelatedNodes('CONTRIBUTES_TO', 'out'),
      resolve: (n) => n.id,
    }),
    dependsOn: t.loadableList({
      type: DependencyRef,
      description: 'What this initiative needs (its predecessors).',
      load: loadEdges('DEPENDS_ON', 'out'),
      resolve: (n) => n.id,
    }),
    dependents: t.loadableList({
      type: DependencyRef,
      description: 'What needs this initiative (its successors).',
      load: loadEdges('DEPENDS_ON', 'in'),
      resolve: (n) => n.id,
    }),
    risks: t.loadableList({ type: RiskEffectRef, load: loadEdges('AFFECTS', 'in'), resolve: (n) => n.id }),
    discussedIn: t.loadableList({
      type: AgendaItemRef,
      description: 'The saker that discussed it, with their vedtak.',
      load: loadRelatedNodes('DISCUSSED_IN', 'out'),
      resolve: (n) => n.id,
    }),
    statusHistory: t.loadableList({
      type: StatusReportRef,
      load: loadRelatedNodes('HAS_STATUS', 'out'),
      resolve: (n) => n.id,
    }),
    yearActivities: t.loadableList({
      type: YearActivityRef,
      load: loadRelatedNodes('HAS_ACTIVITY', 'out'),
      resolve: (n) => n.id,
    }),
  }),
});

StatusReportRef.implement({
  ...entityObjectOptions('StatusReport'),
  description: "An initiative's status as one paper reports it.",
  fields: (t) => ({
    asOf: t.field({ type: DateWithPrecisionRef, nullable: true, resolve: (n) => dateOf(n, 'asOf') }),
    colour: t.field({
      type: StatusColourEnum,
      nullable: true,
      resolve: (n) => strOrNull(n, 'colour') as Colour | null,
    }),
    risk: t.field({
      type: StatusColourEnum,
      nullable: true,
      resolve: (n) => strOrNull(n, 'risk') as Colour | null,
    }),
    phase: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'phase') }),
  }),
});

YearActivityRef.implement({
  ...entityObjectOptions('YearActivity'),
  description: '"Hva skal skje i <år>?": what a veikart row plans for one year.',
  fields: (t) => ({
    year: t.int({ resolve: (n) => numOrNull(n, 'year') ?? 0 }),
    text: t.string({ resolve: (n) => str(n, 'text') }),
  }),
});
