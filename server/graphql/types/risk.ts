// Risk / event: court rulings, the pandemic, budget decisions … and what they delay.
import { createRisk, deleteRisk, updateRisk } from '../../services/edits/riskEdits.js';
import { builder } from '../builder.js';
import { editorOf, type InputFieldBuilder, versionArg, whyArgs } from '../editArgs.js';
import { DateWithPrecisionRef } from './common.js';
import { RiskEffectRef } from './dependency.js';
import { entityObjectOptions, RiskRef } from './entities.js';
import { loadRiskEffects } from './entityLoaders.js';
import { RiskKindEnum } from './enums.js';

RiskRef.implement({
  ...entityObjectOptions('Risk'),
  description: 'A risk or an external event that hits the portfolio.',
  fields: (t) => ({
    aliases: t.exposeStringList('aliases'),
    kind: t.expose('kind', { type: RiskKindEnum }),
    date: t.expose('date', { type: DateWithPrecisionRef, nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    affects: t.loadableList({ type: RiskEffectRef, load: loadRiskEffects('out'), resolve: (n) => n.id }),
  }),
});

// Planner edits of a risk: create requires name and kind; `effects` replaces what it delays.
const RiskEffectInput = builder.inputType('RiskEffectInput', {
  fields: (t) => ({
    targetId: t.id({ required: true }),
    expectedDelayDays: t.field({ type: 'Days', required: false }),
    delayText: t.string({ required: false }),
  }),
});

const riskFields = (t: InputFieldBuilder) => ({
  date: t.field({ type: 'PrecisionDate', required: false }),
  description: t.string({ required: false }),
  effects: t.field({ type: [RiskEffectInput], required: false }),
});

const CreateRiskInput = builder.inputType('CreateRiskInput', {
  fields: (t) => ({
    id: t.id({ required: false }),
    name: t.string({ required: true }),
    kind: t.field({ type: RiskKindEnum, required: true }),
    ...riskFields(t),
  }),
});

const UpdateRiskInput = builder.inputType('UpdateRiskInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    kind: t.field({ type: RiskKindEnum, required: false }),
    ...riskFields(t),
  }),
});

builder.mutationFields((t) => ({
  createRisk: t.field({
    type: RiskRef,
    args: { input: t.arg({ type: CreateRiskInput, required: true }), ...whyArgs(t) },
    resolve: (_r, { input, ...why }, ctx) =>
      createRisk(ctx.db, { ...input, id: input.id == null ? null : String(input.id) }, editorOf(ctx, why)),
  }),
  updateRisk: t.field({
    type: RiskRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t),
      input: t.arg({ type: UpdateRiskInput, required: true }),
      ...whyArgs(t),
    },
    resolve: (_r, { id, version, input, ...why }, ctx) =>
      updateRisk(ctx.db, String(id), version, input, editorOf(ctx, why)),
  }),
  deleteRisk: t.id({
    args: { id: t.arg.id({ required: true }), version: versionArg(t), ...whyArgs(t) },
    resolve: async (_r, { id, version, ...why }, ctx) => {
      await deleteRisk(ctx.db, String(id), version, editorOf(ctx, why));
      return String(id);
    },
  }),
}));
