// Initiative (tiltak): programmes, projects, national solutions … and the rows of the veikart tables.
import {
  createInitiative,
  deleteInitiative,
  updateInitiative,
} from '../../services/edits/initiativeEdits.js';
import { builder } from '../builder.js';
import { editorOf, type InputFieldBuilder, versionArg, whyArgs } from '../editArgs.js';
import { DateWithPrecisionRef } from './common.js';
import { DependencyRef, RiskEffectRef } from './dependency.js';
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
import { loadDependencies, loadRelatedNodes, loadRiskEffects } from './entityLoaders.js';
import { InitiativeKindEnum, StatusColourEnum } from './enums.js';

InitiativeRef.implement({
  ...entityObjectOptions('Initiative'),
  description:
    'A tiltak: a programme, project, national solution, plan, strategy, scheme, regulation, standard or veikart row.',
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.expose('kind', { type: InitiativeKindEnum }),
    description: t.exposeString('description', { nullable: true }),
    start: t.expose('start', { type: DateWithPrecisionRef, nullable: true }),
    end: t.expose('end', { type: DateWithPrecisionRef, nullable: true }),
    periodText: t.exposeString('periodText', { nullable: true, description: 'Totalperiode as written.' }),
    service: t.exposeString('service', { nullable: true, description: 'Tjeneste (veikart rows).' }),
    status: t.expose('status', { type: StatusColourEnum, nullable: true }),
    risk: t.expose('risk', { type: StatusColourEnum, nullable: true }),
    phase: t.exposeString('phase', { nullable: true }),
    budget: t.expose('budgetNok', { type: 'NOK', nullable: true }),
    budgetYear: t.exposeInt('budgetYear', { nullable: true }),
    notes: t.exposeStringList('notes'),
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
      load: loadRelatedNodes('HAS_MILESTONE', 'out', 'Milestone'),
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
      load: loadRelatedNodes('SUCCEEDS', 'out', 'Initiative'),
      resolve: (n) => n.id,
    }),
    succeededBy: t.loadableList({
      type: InitiativeRef,
      load: loadRelatedNodes('SUCCEEDS', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
    goals: t.loadableList({
      type: GoalRef,
      load: loadRelatedNodes('CONTRIBUTES_TO', 'out', 'Goal'),
      resolve: (n) => n.id,
    }),
    dependsOn: t.loadableList({
      type: DependencyRef,
      description: 'What this initiative needs (its predecessors).',
      load: loadDependencies('out'),
      resolve: (n) => n.id,
    }),
    dependents: t.loadableList({
      type: DependencyRef,
      description: 'What needs this initiative (its successors).',
      load: loadDependencies('in'),
      resolve: (n) => n.id,
    }),
    risks: t.loadableList({ type: RiskEffectRef, load: loadRiskEffects('in'), resolve: (n) => n.id }),
    discussedIn: t.loadableList({
      type: AgendaItemRef,
      description: 'The saker that discussed it, with their vedtak.',
      load: loadRelatedNodes('DISCUSSED_IN', 'out', 'AgendaItem'),
      resolve: (n) => n.id,
    }),
    statusHistory: t.loadableList({
      type: StatusReportRef,
      load: loadRelatedNodes('HAS_STATUS', 'out', 'StatusReport'),
      resolve: (n) => n.id,
    }),
    yearActivities: t.loadableList({
      type: YearActivityRef,
      load: loadRelatedNodes('HAS_ACTIVITY', 'out', 'YearActivity'),
      resolve: (n) => n.id,
    }),
  }),
});

StatusReportRef.implement({
  ...entityObjectOptions('StatusReport'),
  description: "An initiative's status as one paper reports it.",
  fields: (t) => ({
    asOf: t.expose('asOf', { type: DateWithPrecisionRef, nullable: true }),
    colour: t.expose('colour', { type: StatusColourEnum, nullable: true }),
    risk: t.expose('risk', { type: StatusColourEnum, nullable: true }),
    phase: t.exposeString('phase', { nullable: true }),
  }),
});

YearActivityRef.implement({
  ...entityObjectOptions('YearActivity'),
  description: '"Hva skal skje i <år>?": what a veikart row plans for one year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    text: t.exposeString('text'),
  }),
});

// Planner edits of a tiltak. Create requires name and kind; update takes the version edited, and a
// field left out keeps its value, null clears it (refused for name and kind).
const initiativeFields = (t: InputFieldBuilder) => ({
  aliases: t.stringList({ required: false }),
  description: t.string({ required: false }),
  start: t.field({ type: 'PrecisionDate', required: false }),
  end: t.field({ type: 'PrecisionDate', required: false }),
  status: t.field({ type: StatusColourEnum, required: false }),
  phase: t.string({ required: false }),
  service: t.string({ required: false }),
  budget: t.field({ type: 'NOK', required: false }),
  ownerIds: t.idList({ required: false }),
  participantIds: t.idList({ required: false }),
  partOfIds: t.idList({ required: false }),
});

const CreateInitiativeInput = builder.inputType('CreateInitiativeInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'A slug; made from the name when left out.' }),
    name: t.string({ required: true }),
    kind: t.field({ type: InitiativeKindEnum, required: true }),
    ...initiativeFields(t),
  }),
});

const UpdateInitiativeInput = builder.inputType('UpdateInitiativeInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    kind: t.field({ type: InitiativeKindEnum, required: false }),
    ...initiativeFields(t),
  }),
});

builder.mutationFields((t) => ({
  createInitiative: t.field({
    type: InitiativeRef,
    args: { input: t.arg({ type: CreateInitiativeInput, required: true }), ...whyArgs(t) },
    resolve: (_r, { input, ...why }, ctx) =>
      createInitiative(
        ctx.db,
        {
          ...input,
          id: input.id === undefined || input.id === null ? null : String(input.id),
          budgetNok: input.budget,
        },
        editorOf(ctx, why),
      ),
  }),
  updateInitiative: t.field({
    type: InitiativeRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t),
      input: t.arg({ type: UpdateInitiativeInput, required: true }),
      ...whyArgs(t),
    },
    resolve: (_r, { id, version, input, ...why }, ctx) =>
      updateInitiative(
        ctx.db,
        String(id),
        version,
        { ...input, budgetNok: input.budget },
        editorOf(ctx, why),
      ),
  }),
  deleteInitiative: t.id({
    description: 'Deletes the initiative with its milestones; returns its id.',
    args: { id: t.arg.id({ required: true }), version: versionArg(t), ...whyArgs(t) },
    resolve: async (_r, { id, version, ...why }, ctx) => {
      await deleteInitiative(ctx.db, String(id), version, editorOf(ctx, why));
      return String(id);
    },
  }),
}));
