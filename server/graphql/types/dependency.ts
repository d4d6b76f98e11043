// DEPENDS_ON and AFFECTS as objects: the edges planners reason about, each with its sources.
import { DEPENDENCY_DEFAULTS, type Dependency, type RiskEffect } from '../../domain/model/index.js';
import {
  createDependency,
  deleteDependency,
  updateDependency,
} from '../../services/edits/dependencyEdits.js';
import { builder } from '../builder.js';
import { editorOf, versionArg, whyArgs } from '../editArgs.js';
import { EntityRef, sourcesField } from './common.js';
import { DependencyKindEnum, DependencyTypeEnum } from './enums.js';

export const DependencyRef = builder.objectRef<Dependency>('Dependency').implement({
  description: '`from` depends on `to`: `to` must reach its constrained end (plus lag) before `from` can.',
  fields: (t) => ({
    id: t.exposeID('id'),
    from: t.expose('from', { type: EntityRef }),
    to: t.expose('to', { type: EntityRef }),
    // For long lists (the roadmap's arrows: 40,000 at 10k tiltak): plain ids, without resolving the
    // kind of each end.
    fromId: t.id({ description: 'The id of `from`.', resolve: (d) => d.from.id }),
    toId: t.id({ description: 'The id of `to`.', resolve: (d) => d.to.id }),
    kind: t.expose('kind', { type: DependencyKindEnum }),
    type: t.expose('type', { type: DependencyTypeEnum }),
    lagDays: t.expose('lagDays', { type: 'Days' }),
    inferred: t.exposeBoolean('inferred'),
    note: t.exposeString('note', { nullable: true }),
    version: t.exposeInt('version'),
    sources: sourcesField(t, (e) => e.sourceIds),
  }),
});

export const RiskEffectRef = builder.objectRef<RiskEffect>('RiskEffect').implement({
  description: 'A risk or event that delays something, with the expected delay where a paper gives one.',
  fields: (t) => ({
    risk: t.expose('risk', { type: EntityRef }),
    target: t.expose('target', { type: EntityRef }),
    expectedDelayDays: t.expose('expectedDelayDays', {
      type: 'Days',
      nullable: true,
      description: 'Null when the papers give no length ("ikke tidfestet").',
    }),
    delayText: t.exposeString('delayText', { nullable: true }),
    inferred: t.exposeBoolean('inferred'),
    note: t.exposeString('note', { nullable: true }),
    sources: sourcesField(t, (e) => e.sourceIds),
  }),
});

// Planner edits of a dependency; one that would close a cycle is refused with CYCLE and the path.
const CreateDependencyInput = builder.inputType('CreateDependencyInput', {
  fields: (t) => ({
    fromId: t.id({ required: true, description: 'The item that depends.' }),
    toId: t.id({ required: true, description: 'What it depends on.' }),
    kind: t.field({ type: DependencyKindEnum, required: true }),
    type: t.field({ type: DependencyTypeEnum, required: false, defaultValue: DEPENDENCY_DEFAULTS.type }),
    lagDays: t.field({ type: 'Days', required: false, defaultValue: DEPENDENCY_DEFAULTS.lagDays }),
    note: t.string({ required: false }),
  }),
});

const UpdateDependencyInput = builder.inputType('UpdateDependencyInput', {
  fields: (t) => ({
    kind: t.field({ type: DependencyKindEnum, required: false }),
    type: t.field({ type: DependencyTypeEnum, required: false }),
    lagDays: t.field({ type: 'Days', required: false }),
    note: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createDependency: t.field({
    type: DependencyRef,
    description:
      'Adds "from depends on to". Refused with code CYCLE (and the cycle path) if it would close a cycle.',
    args: { input: t.arg({ type: CreateDependencyInput, required: true }), ...whyArgs(t) },
    resolve: (_r, { input, ...why }, ctx) => createDependency(ctx.db, input, editorOf(ctx, why)),
  }),
  updateDependency: t.field({
    type: DependencyRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t),
      input: t.arg({ type: UpdateDependencyInput, required: true }),
      ...whyArgs(t),
    },
    resolve: (_r, { id, version, input, ...why }, ctx) =>
      updateDependency(ctx.db, String(id), version, input, editorOf(ctx, why)),
  }),
  deleteDependency: t.id({
    args: { id: t.arg.id({ required: true }), version: versionArg(t), ...whyArgs(t) },
    resolve: async (_r, { id, version, ...why }, ctx) => {
      await deleteDependency(ctx.db, String(id), version, editorOf(ctx, why));
      return String(id);
    },
  }),
}));
