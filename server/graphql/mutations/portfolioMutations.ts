// Planner edits of initiatives, milestones, risks and dependencies. Resolvers validate and map; the
// edit repository does the writing, with version checks and cycle refusal.

import {
  createDependency,
  createEntity,
  deleteDependency,
  deleteEntity,
  type EditableLabel,
  type Props as EditProps,
  type Links,
  updateDependency,
  updateEntity,
} from '../../db/repositories/editRepository.js';
import { findEntitiesByIds } from '../../db/repositories/entityRepository.js';
import { invalid } from '../../errors.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { ActorKindEnum } from '../types/actor.js';
import { DependencyKindEnum, DependencyRef, DependencyTypeEnum } from '../types/dependency.js';
import { InitiativeRef, MilestoneRef, RiskRef } from '../types/entities.js';
import { InitiativeKindEnum, StatusColourEnum } from '../types/initiative.js';
import { MilestoneStatusEnum } from '../types/milestone.js';
import { RiskKindEnum } from '../types/risk.js';
import { checkId, dates, given, Problems, searchTextAfter, slugFor } from './editInputs.js';

void ActorKindEnum;

const audit = (ctx: GraphQLContext) => ({ by: ctx.viewer.label });

const InitiativeFields = (required: boolean) =>
  builder.inputType(required ? 'CreateInitiativeInput' : 'UpdateInitiativeInput', {
    fields: (t) => ({
      ...(required
        ? { id: t.id({ required: false, description: 'A slug; made from the name when left out.' }) }
        : {}),
      name: t.string({ required }),
      kind: t.field({ type: InitiativeKindEnum, required }),
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
    }),
  });

const CreateInitiativeInput = InitiativeFields(true);
const UpdateInitiativeInput = InitiativeFields(false);

const MilestoneFields = (required: boolean) =>
  builder.inputType(required ? 'CreateMilestoneInput' : 'UpdateMilestoneInput', {
    fields: (t) => ({
      ...(required ? { id: t.id({ required: false }) } : {}),
      initiativeId: t.id({ required }),
      name: t.string({ required }),
      date: t.field({ type: 'PrecisionDate', required: false }),
      dateText: t.string({ required: false, description: 'The date as written, e.g. "innen 15. oktober".' }),
      status: t.field({ type: MilestoneStatusEnum, required: false }),
      description: t.string({ required: false }),
    }),
  });

const CreateMilestoneInput = MilestoneFields(true);
const UpdateMilestoneInput = MilestoneFields(false);

const RiskEffectInput = builder.inputType('RiskEffectInput', {
  fields: (t) => ({
    targetId: t.id({ required: true }),
    expectedDelayDays: t.field({ type: 'Days', required: false }),
    delayText: t.string({ required: false }),
  }),
});

const RiskFields = (required: boolean) =>
  builder.inputType(required ? 'CreateRiskInput' : 'UpdateRiskInput', {
    fields: (t) => ({
      ...(required ? { id: t.id({ required: false }) } : {}),
      name: t.string({ required }),
      kind: t.field({ type: RiskKindEnum, required }),
      date: t.field({ type: 'PrecisionDate', required: false }),
      description: t.string({ required: false }),
      effects: t.field({ type: [RiskEffectInput], required: false }),
    }),
  });

const CreateRiskInput = RiskFields(true);
const UpdateRiskInput = RiskFields(false);

const CreateDependencyInput = builder.inputType('CreateDependencyInput', {
  fields: (t) => ({
    fromId: t.id({ required: true, description: 'The item that depends.' }),
    toId: t.id({ required: true, description: 'What it depends on.' }),
    kind: t.field({ type: DependencyKindEnum, required: true }),
    type: t.field({ type: DependencyTypeEnum, required: false, defaultValue: 'FS' }),
    lagDays: t.field({ type: 'Days', required: false, defaultValue: 0 }),
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

type Input = Record<string, unknown>;
const ids = (v: unknown) =>
  v === undefined ? undefined : v === null ? [] : (v as (string | number)[]).map(String);

async function currentRow(ctx: GraphQLContext, id: string) {
  return (await findEntitiesByIds(ctx.db, [id]))[0] ?? null;
}

function checkCommon(input: Input, creating: boolean): void {
  const p = new Problems();
  p.text('name', input.name as string | null | undefined, { required: creating, max: 300 });
  p.text('description', input.description as string | null | undefined, { max: 5000 });
  p.text('phase', input.phase as string | null | undefined, { max: 100 });
  p.text('dateText', input.dateText as string | null | undefined, { max: 200 });
  if (input.name === null) p.list.push({ field: 'name', message: 'must not be empty' });
  p.period(input.start as string | null | undefined, input.end as string | null | undefined);
  p.throwIfAny();
}

function initiativeProps(input: Input) {
  return {
    ...given(input, ['name', 'kind', 'aliases', 'description', 'status', 'phase', 'service']),
    ...dates(input, ['start', 'end']),
    ...(input.budget !== undefined ? { budgetNok: input.budget as number | null } : {}),
  };
}

function initiativeLinks(input: Input): Links {
  return {
    OWNED_BY: ids(input.ownerIds),
    PARTICIPANTS: ids(input.participantIds),
    PART_OF: ids(input.partOfIds),
  };
}

async function create(
  ctx: GraphQLContext,
  label: EditableLabel,
  input: Input,
  props: Record<string, unknown>,
  links: Links,
) {
  checkCommon(input, true);
  const id = checkId(input.id ? String(input.id) : slugFor(String(input.name)));
  const searchText = searchTextAfter(
    id,
    null,
    input.name as string,
    (input.aliases as string[] | undefined) ?? [],
  );
  return createEntity(ctx.db, label, id, { ...(props as EditProps), searchText }, links, audit(ctx));
}

async function update(
  ctx: GraphQLContext,
  label: EditableLabel,
  id: string,
  version: number,
  input: Input,
  props: Record<string, unknown>,
  links: Links,
) {
  checkCommon(input, false);
  const current = await currentRow(ctx, id);
  if (current) {
    const start =
      input.start === undefined
        ? (current.props.start as string | undefined)
        : (input.start as string | null);
    const end =
      input.end === undefined ? (current.props.end as string | undefined) : (input.end as string | null);
    const p = new Problems();
    p.period(start, end);
    p.throwIfAny();
  }
  const extra: EditProps =
    input.name !== undefined || input.aliases !== undefined
      ? {
          searchText: searchTextAfter(
            id,
            current,
            input.name as string | undefined,
            input.aliases as string[] | undefined,
          ),
        }
      : {};
  return updateEntity(ctx.db, label, id, version, { ...(props as EditProps), ...extra }, links, audit(ctx));
}

const versionArg = (t: { arg: { int: (o: { required: true; description: string }) => unknown } }) =>
  t.arg.int({
    required: true,
    description: 'The version you edited; a newer one in the database refuses the edit.',
  });

builder.mutationFields((t) => ({
  createInitiative: t.field({
    type: InitiativeRef,
    args: { input: t.arg({ type: CreateInitiativeInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      create(ctx, 'Initiative', input, initiativeProps(input), initiativeLinks(input)),
  }),
  updateInitiative: t.field({
    type: InitiativeRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t) as never,
      input: t.arg({ type: UpdateInitiativeInput, required: true }),
    },
    resolve: (_r, args, ctx) =>
      update(
        ctx,
        'Initiative',
        String(args.id),
        args.version as number,
        args.input,
        initiativeProps(args.input),
        initiativeLinks(args.input),
      ),
  }),
  deleteInitiative: t.id({
    description: 'Deletes the initiative with its milestones; returns its id.',
    args: { id: t.arg.id({ required: true }), version: versionArg(t) as never },
    resolve: async (_r, args, ctx) => {
      await deleteEntity(ctx.db, 'Initiative', String(args.id), args.version as number);
      return String(args.id);
    },
  }),
  createMilestone: t.field({
    type: MilestoneRef,
    args: { input: t.arg({ type: CreateMilestoneInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      create(
        ctx,
        'Milestone',
        input,
        { ...given(input, ['name', 'dateText', 'status', 'description']), ...dates(input, ['date']) },
        {
          MILESTONE_OF: [String(input.initiativeId)],
        },
      ),
  }),
  updateMilestone: t.field({
    type: MilestoneRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t) as never,
      input: t.arg({ type: UpdateMilestoneInput, required: true }),
    },
    resolve: (_r, args, ctx) =>
      update(
        ctx,
        'Milestone',
        String(args.id),
        args.version as number,
        args.input,
        {
          ...given(args.input, ['name', 'dateText', 'status', 'description']),
          ...dates(args.input, ['date']),
        },
        { MILESTONE_OF: args.input.initiativeId ? [String(args.input.initiativeId)] : undefined },
      ),
  }),
  deleteMilestone: t.id({
    args: { id: t.arg.id({ required: true }), version: versionArg(t) as never },
    resolve: async (_r, args, ctx) => {
      await deleteEntity(ctx.db, 'Milestone', String(args.id), args.version as number);
      return String(args.id);
    },
  }),
  createRisk: t.field({
    type: RiskRef,
    args: { input: t.arg({ type: CreateRiskInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      create(
        ctx,
        'Risk',
        input,
        { ...given(input, ['name', 'kind', 'description']), ...dates(input, ['date']) },
        { effects: effectsOf(input.effects) },
      ),
  }),
  updateRisk: t.field({
    type: RiskRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t) as never,
      input: t.arg({ type: UpdateRiskInput, required: true }),
    },
    resolve: (_r, args, ctx) =>
      update(
        ctx,
        'Risk',
        String(args.id),
        args.version as number,
        args.input,
        { ...given(args.input, ['name', 'kind', 'description']), ...dates(args.input, ['date']) },
        {
          effects: effectsOf(args.input.effects),
        },
      ),
  }),
  deleteRisk: t.id({
    args: { id: t.arg.id({ required: true }), version: versionArg(t) as never },
    resolve: async (_r, args, ctx) => {
      await deleteEntity(ctx.db, 'Risk', String(args.id), args.version as number);
      return String(args.id);
    },
  }),
  createDependency: t.field({
    type: DependencyRef,
    description:
      'Adds "from depends on to". Refused with code CYCLE (and the cycle path) if it would close a cycle.',
    args: { input: t.arg({ type: CreateDependencyInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const p = new Problems();
      p.text('note', input.note, { max: 2000 });
      p.throwIfAny();
      return createDependency(
        ctx.db,
        String(input.fromId),
        String(input.toId),
        { kind: input.kind, type: input.type ?? 'FS', lagDays: input.lagDays ?? 0, note: input.note ?? null },
        audit(ctx),
      );
    },
  }),
  updateDependency: t.field({
    type: DependencyRef,
    args: {
      id: t.arg.id({ required: true }),
      version: versionArg(t) as never,
      input: t.arg({ type: UpdateDependencyInput, required: true }),
    },
    resolve: (_r, args, ctx) => {
      if (args.input.kind === null || args.input.type === null || args.input.lagDays === null) {
        throw invalid([{ field: 'input', message: 'kind, type and lagDays cannot be cleared' }]);
      }
      return updateDependency(
        ctx.db,
        String(args.id),
        args.version as number,
        given(args.input, ['kind', 'type', 'lagDays', 'note']) as never,
        audit(ctx),
      );
    },
  }),
  deleteDependency: t.id({
    args: { id: t.arg.id({ required: true }), version: versionArg(t) as never },
    resolve: async (_r, args, ctx) => {
      await deleteDependency(ctx.db, String(args.id), args.version as number);
      return String(args.id);
    },
  }),
}));

function effectsOf(value: unknown): Links['effects'] {
  if (value === undefined) return undefined;
  if (value === null) return [];
  return (
    value as { targetId: string | number; expectedDelayDays?: number | null; delayText?: string | null }[]
  ).map((e) => ({
    targetId: String(e.targetId),
    expectedDelayDays: e.expectedDelayDays ?? null,
    delayText: e.delayText ?? null,
  }));
}
