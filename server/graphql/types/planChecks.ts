// dependencyReport / dependencyConflicts and previewEdit: the plan checked against its own dependencies,
// and a proposed change of dates run through the engine and the year rules without saving
// (services/planChecks.ts).

import type { Entity } from '../../domain/model/index.js';
import {
  type DependencyFinding,
  dependencyReport,
  type EditPreview,
  type MovedItem,
  previewEdit,
  type VerdictChange,
} from '../../services/planChecks.js';
import { builder } from '../builder.js';
import { EntityRef, loadEntities, loadEntity } from './common.js';
import { InitiativeRef } from './entities.js';
import { DependencyTypeEnum, VerdictEnum } from './enums.js';
import { ScheduledDateRef } from './impact.js';
import { ReasonRef } from './yearAgenda.js';

const entity = (id: string) => async (_p: unknown, _a: unknown, ctx: Parameters<typeof loadEntity>[0]) =>
  loadEntity(ctx, id);

const owners = async (ids: readonly string[], ctx: Parameters<typeof loadEntities>[0]) =>
  (await loadEntities(ctx, [...ids])).filter((e): e is Entity => !(e instanceof Error));

const FindingRef = builder.objectRef<DependencyFinding>('DependencyFinding').implement({
  description:
    'A dependency checked against the planned dates: how much slack they leave (negative: already violated).',
  fields: (t) => ({
    from: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The dependent item.',
      resolve: (f, a, ctx) => entity(f.check.fromId)(f, a, ctx),
    }),
    to: t.field({
      type: EntityRef,
      nullable: true,
      description: 'What it depends on.',
      resolve: (f, a, ctx) => entity(f.check.toId)(f, a, ctx),
    }),
    type: t.field({ type: DependencyTypeEnum, resolve: (f) => f.check.type }),
    lagDays: t.field({ type: 'Days', resolve: (f) => f.check.lagDays }),
    slackDays: t.field({
      type: 'Days',
      description: 'Negative: the planned dates violate the dependency by that many days.',
      resolve: (f) => f.check.slackDays,
    }),
    violated: t.boolean({ resolve: (f) => f.check.slackDays < 0 }),
    predecessorPoint: t.field({
      type: ScheduledDateRef,
      description:
        'The planned date of what is depended on that the dependency looks at (its end for FS/FF).',
      resolve: (f) => f.check.predecessorPoint,
    }),
    dependentPoint: t.field({
      type: ScheduledDateRef,
      description: "The dependent's planned date the dependency constrains (its start for FS/SS).",
      resolve: (f) => f.check.dependentPoint,
    }),
    crossActor: t.boolean({ resolve: (f) => f.crossActor }),
    fromOwners: t.field({ type: [EntityRef], resolve: (f, _a, ctx) => owners(f.fromOwnerIds, ctx) }),
    toOwners: t.field({ type: [EntityRef], resolve: (f, _a, ctx) => owners(f.toOwnerIds, ctx) }),
  }),
});

const ReportRef = builder
  .objectRef<Awaited<ReturnType<typeof dependencyReport>>>('DependencyReport')
  .implement({
    description: 'The plan checked against its own dependencies.',
    fields: (t) => ({
      conflicts: t.field({
        type: [FindingRef],
        description: 'Dependencies the current planned dates already violate, worst first.',
        resolve: (r) => [...r.conflicts],
      }),
      tight: t.field({
        type: [FindingRef],
        description: 'Dependencies that hold with at most tightDays of slack.',
        resolve: (r) => [...r.tight],
      }),
      crossActor: t.field({
        type: [FindingRef],
        description: 'Dependencies between items of different actors.',
        resolve: (r) => [...r.crossActor],
      }),
      tightDays: t.field({ type: 'Days', resolve: (r) => r.tightDays }),
    }),
  });

const MovedRef = builder.objectRef<MovedItem>('PreviewMovedItem').implement({
  description: 'An item whose scheduled dates the proposed edit changes (undated items without dates).',
  fields: (t) => ({
    item: t.field({ type: EntityRef, nullable: true, resolve: (m, a, ctx) => entity(m.id)(m, a, ctx) }),
    undated: t.boolean({ resolve: (m) => m.undated }),
    oldStart: t.field({ type: ScheduledDateRef, nullable: true, resolve: (m) => m.oldStart }),
    oldEnd: t.field({ type: ScheduledDateRef, nullable: true, resolve: (m) => m.oldEnd }),
    newStart: t.field({ type: ScheduledDateRef, nullable: true, resolve: (m) => m.newStart }),
    newEnd: t.field({ type: ScheduledDateRef, nullable: true, resolve: (m) => m.newEnd }),
    startShiftDays: t.int({ resolve: (m) => m.startShiftDays }),
    endShiftDays: t.int({ resolve: (m) => m.endShiftDays }),
  }),
});

const VerdictChangeRef = builder.objectRef<VerdictChange>('VerdictChange').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    tiltak: t.field({ type: InitiativeRef, resolve: (v) => v.tiltak }),
    before: t.field({ type: VerdictEnum, resolve: (v) => v.before }),
    after: t.field({ type: VerdictEnum, resolve: (v) => v.after }),
    reasons: t.field({ type: [ReasonRef], resolve: (v) => [...v.reasons] }),
  }),
});

const PreviewRef = builder.objectRef<EditPreview>('EditPreview').implement({
  description:
    'What a proposed change of dates would do, computed on the plan with it applied; nothing is saved.',
  fields: (t) => ({
    item: t.field({ type: EntityRef, nullable: true, resolve: (p, a, ctx) => entity(p.itemId)(p, a, ctx) }),
    moved: t.field({ type: [MovedRef], resolve: (p) => [...p.moved] }),
    newConflicts: t.field({
      type: [FindingRef],
      description: 'Dependencies the proposed dates would violate.',
      resolve: (p) => [...p.newConflicts],
    }),
    resolvedConflicts: t.field({ type: [FindingRef], resolve: (p) => [...p.resolvedConflicts] }),
    verdictChanges: t.field({
      type: [VerdictChangeRef],
      description: 'Year verdicts (NUIT) that would change.',
      resolve: (p) => [...p.verdictChanges],
    }),
  }),
});

builder.queryFields((t) => ({
  dependencyReport: t.field({
    type: ReportRef,
    complexity: 50,
    description:
      'Dependencies checked against the planned dates, for a goal, programme or actor (or all): violated links, links with little slack, links across actors.',
    args: {
      goalId: t.arg.id({ required: false }),
      programmeId: t.arg.id({ required: false }),
      actorId: t.arg.id({ required: false }),
      tightDays: t.arg({ type: 'Days', required: false, description: 'Default 30.' }),
    },
    resolve: (_r, args, ctx) =>
      dependencyReport(ctx.db, {
        goalId: args.goalId ? String(args.goalId) : null,
        programmeId: args.programmeId ? String(args.programmeId) : null,
        actorId: args.actorId ? String(args.actorId) : null,
        tightDays: args.tightDays ?? null,
      }),
  }),
  dependencyConflicts: t.field({
    type: [FindingRef],
    complexity: 50,
    description: 'Dependencies the current planned dates already violate (dependencyReport.conflicts).',
    args: {
      goalId: t.arg.id({ required: false }),
      programmeId: t.arg.id({ required: false }),
      actorId: t.arg.id({ required: false }),
    },
    resolve: async (_r, args, ctx) =>
      (
        await dependencyReport(ctx.db, {
          goalId: args.goalId ? String(args.goalId) : null,
          programmeId: args.programmeId ? String(args.programmeId) : null,
          actorId: args.actorId ? String(args.actorId) : null,
        })
      ).conflicts.slice(),
  }),
  previewEdit: t.field({
    type: PreviewRef,
    complexity: 100,
    description:
      'A proposed change of dates on an item, run through the engine and the year rules without saving: which successors move, which links break, which year verdicts change.',
    args: {
      itemId: t.arg.id({ required: true }),
      start: t.arg({ type: 'PrecisionDate', required: false }),
      end: t.arg({ type: 'PrecisionDate', required: false }),
      date: t.arg({ type: 'PrecisionDate', required: false, description: "A milestone's date." }),
    },
    resolve: (_r, args, ctx) =>
      previewEdit(ctx.db, {
        itemId: String(args.itemId),
        ...(args.start !== undefined ? { start: args.start } : {}),
        ...(args.end !== undefined ? { end: args.end } : {}),
        ...(args.date !== undefined ? { date: args.date } : {}),
      }),
  }),
}));
