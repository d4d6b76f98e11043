// Milestone: a dated point of an initiative, as coarse as the paper gave it.
import { createMilestone, deleteMilestone, updateMilestone } from '../../services/edits/milestoneEdits.js';
import { builder } from '../builder.js';
import { editorOf, type InputFieldBuilder, versionArg, whyArgs } from '../editArgs.js';
import { DateWithPrecisionRef } from './common.js';
import { DependencyRef, RiskEffectRef } from './dependency.js';
import { entityObjectOptions, InitiativeRef, MilestoneRef } from './entities.js';
import { loadDependencies, loadRelatedNodes, loadRiskEffects } from './entityLoaders.js';
import { MilestoneStatusEnum } from './enums.js';

MilestoneRef.implement({
  ...entityObjectOptions('Milestone'),
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    date: t.expose('date', { type: DateWithPrecisionRef, nullable: true }),
    dateText: t.exposeString('dateText', {
      nullable: true,
      description: 'The date as written ("innen 15. oktober").',
    }),
    status: t.expose('status', { type: MilestoneStatusEnum }),
    description: t.exposeString('description', { nullable: true }),
    initiative: t.loadableList({
      type: InitiativeRef,
      description: 'The initiative it belongs to (at most one).',
      load: loadRelatedNodes('HAS_MILESTONE', 'in', 'Initiative'),
      resolve: (n) => n.id,
    }),
    dependsOn: t.loadableList({ type: DependencyRef, load: loadDependencies('out'), resolve: (n) => n.id }),
    dependents: t.loadableList({ type: DependencyRef, load: loadDependencies('in'), resolve: (n) => n.id }),
    risks: t.loadableList({ type: RiskEffectRef, load: loadRiskEffects('in'), resolve: (n) => n.id }),
  }),
});

// Planner edits of a milestone: create requires its tiltak and name; update takes the version edited.
const milestoneFields = (t: InputFieldBuilder) => ({
  date: t.field({ type: 'PrecisionDate', required: false }),
  dateText: t.string({ required: false, description: 'The date as written, e.g. "innen 15. oktober".' }),
  status: t.field({ type: MilestoneStatusEnum, required: false }),
  description: t.string({ required: false }),
});

const CreateMilestoneInput = builder.inputType('CreateMilestoneInput', {
  fields: (t) => ({
    id: t.id({ required: false }),
    initiativeId: t.id({ required: true }),
    name: t.string({ required: true }),
    ...milestoneFields(t),
  }),
});

const UpdateMilestoneInput = builder.inputType('UpdateMilestoneInput', {
  fields: (t) => ({
    initiativeId: t.id({ required: false }),
    name: t.string({ required: false }),
    ...milestoneFields(t),
  }),
});

builder.mutationFields((t) => ({
  createMilestone: t.field({
    type: MilestoneRef,
    args: { input: t.arg({ type: CreateMilestoneInput, required: true }), ...whyArgs(t) },
    resolve: (_r, { input, ...why }, ctx) =>
      createMilestone(
        ctx.db,
        { ...input, id: input.id == null ? null : String(input.id) },
        editorOf(ctx, why),
      ),
  }),
  updateMilestone: t.field({
    type: MilestoneRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t),
      input: t.arg({ type: UpdateMilestoneInput, required: true }),
      ...whyArgs(t),
    },
    resolve: (_r, { id, version, input, ...why }, ctx) =>
      updateMilestone(ctx.db, String(id), version, input, editorOf(ctx, why)),
  }),
  deleteMilestone: t.id({
    args: { id: t.arg.id({ required: true }), version: versionArg(t), ...whyArgs(t) },
    resolve: async (_r, { id, version, ...why }, ctx) => {
      await deleteMilestone(ctx.db, String(id), version, editorOf(ctx, why));
      return String(id);
    },
  }),
}));
