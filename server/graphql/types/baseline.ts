// Baselines: saveBaseline, baselines, baseline, deleteBaseline, and compareBaselines(a, b | the plan now).
import type {
  Baseline,
  BaselineDependency,
  ComparisonSummary,
  Entity,
  ItemComparison,
  ItemDates,
} from '../../domain/model/index.js';
import {
  allBaselines,
  type BaselineComparison,
  compareBaselines,
  deleteBaseline,
  openBaseline,
  saveBaseline,
} from '../../services/baselines.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { editorOf } from '../editArgs.js';
import { EntityRef, loadEntities } from './common.js';

export const BaselineRef = builder.objectRef<Baseline>('Baseline').implement({
  description: 'The plan frozen under a name: who saved it, when and why. Never changes.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', {
      description:
        'planner (saved by a planner) or paper (the plan as the papers known at a council meeting stated it; id paper:<meeting id>).',
    }),
    meetingId: t.id({
      nullable: true,
      description: 'A paper baseline’s meeting.',
      resolve: (b) => b.meetingId,
    }),
    name: t.exposeString('name'),
    by: t.exposeString('by'),
    at: t.exposeString('at', { description: 'ISO timestamp.' }),
    reason: t.string({ nullable: true, resolve: (b) => b.reason }),
    planVersion: t.exposeInt('planVersion', { description: 'The plan version it froze.' }),
    itemCount: t.int({ resolve: (b) => b.plan.items.length }),
    dependencyCount: t.int({ resolve: (b) => b.plan.dependencies.length }),
  }),
});

const ItemDatesRef = builder.objectRef<ItemDates>('PlanDates').implement({
  fields: (t) => ({
    start: t.field({ type: 'PrecisionDate', nullable: true, resolve: (d) => d.start }),
    end: t.field({ type: 'PrecisionDate', nullable: true, resolve: (d) => d.end }),
  }),
});

const ItemComparisonStatusEnum = builder.enumType('ItemComparisonStatus', {
  values: {
    ADDED: { value: 'added' },
    REMOVED: { value: 'removed' },
    CHANGED: { value: 'changed' },
    UNCHANGED: { value: 'unchanged' },
  } as const,
});

const ItemComparisonRef = builder.objectRef<ItemComparison>('BaselineItemComparison').implement({
  fields: (t) => ({
    itemId: t.id({ resolve: (r) => r.id }),
    item: t.loadable({
      type: EntityRef,
      nullable: true,
      description: 'Null when the item no longer exists.',
      load: (ids: string[], ctx: GraphQLContext) => loadEntities(ctx, ids),
      sort: (e: Entity) => e.id,
      resolve: (r) => r.id,
    }),
    name: t.exposeString('name'),
    kind: t.exposeString('kind', { description: 'initiative or milestone' }),
    status: t.field({ type: ItemComparisonStatusEnum, resolve: (r) => r.status }),
    a: t.field({
      type: ItemDatesRef,
      nullable: true,
      description: 'Dates in the baseline.',
      resolve: (r) => r.a,
    }),
    b: t.field({
      type: ItemDatesRef,
      nullable: true,
      description: 'Dates in the other baseline or the plan now.',
      resolve: (r) => r.b,
    }),
    startVarianceDays: t.field({ type: 'Days', nullable: true, resolve: (r) => r.startVarianceDays }),
    varianceDays: t.field({
      type: 'Days',
      nullable: true,
      description: 'Days the finish moved; positive = slipped.',
      resolve: (r) => r.varianceDays,
    }),
  }),
});

const DependencyPairRef = builder.objectRef<BaselineDependency>('BaselineDependency').implement({
  fields: (t) => ({
    fromId: t.id({ resolve: (d) => d.from }),
    toId: t.id({ resolve: (d) => d.to }),
  }),
});

const SummaryRef = builder.objectRef<ComparisonSummary>('BaselineComparisonSummary').implement({
  fields: (t) => ({
    itemsSlipped: t.exposeInt('itemsSlipped'),
    itemsAhead: t.exposeInt('itemsAhead'),
    totalSlipDays: t.field({ type: 'Days', resolve: (s) => s.totalSlipDays }),
    maxSlipDays: t.field({ type: 'Days', resolve: (s) => s.maxSlipDays }),
    itemsAdded: t.exposeInt('itemsAdded'),
    itemsRemoved: t.exposeInt('itemsRemoved'),
    dependenciesAdded: t.exposeInt('dependenciesAdded'),
    dependenciesRemoved: t.exposeInt('dependenciesRemoved'),
    criticalPathChanged: t.exposeBoolean('criticalPathChanged'),
  }),
});

const ComparisonRef = builder.objectRef<BaselineComparison>('BaselineComparison').implement({
  fields: (t) => ({
    a: t.field({ type: BaselineRef, resolve: (c) => c.a }),
    b: t.field({
      type: BaselineRef,
      nullable: true,
      description: 'Null: the plan now.',
      resolve: (c) => c.b,
    }),
    items: t.field({
      type: [ItemComparisonRef],
      description: 'Every item in either, biggest slip first.',
      resolve: (c) => [...c.items],
    }),
    addedDependencies: t.field({ type: [DependencyPairRef], resolve: (c) => [...c.addedDependencies] }),
    removedDependencies: t.field({ type: [DependencyPairRef], resolve: (c) => [...c.removedDependencies] }),
    summary: t.field({ type: SummaryRef, resolve: (c) => c.summary }),
  }),
});

builder.queryFields((t) => ({
  baselines: t.field({
    type: [BaselineRef],
    description:
      'Saved baselines (newest first), then one paper baseline per dated council meeting (newest first).',
    resolve: (_r, _a, ctx) => allBaselines(ctx.db),
  }),
  baseline: t.field({
    type: BaselineRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => openBaseline(ctx.db, String(args.id)),
  }),
  compareBaselines: t.field({
    type: ComparisonRef,
    complexity: 100,
    description: 'Baseline a against baseline b, or against the plan now when b is left out.',
    args: { a: t.arg.id({ required: true }), b: t.arg.id({ required: false }) },
    resolve: (_r, args, ctx) =>
      compareBaselines(
        ctx.db,
        String(args.a),
        args.b === null || args.b === undefined ? null : String(args.b),
      ),
  }),
}));

builder.mutationFields((t) => ({
  saveBaseline: t.field({
    type: BaselineRef,
    description: 'Saves the plan as it is now as a named baseline. A baseline never changes.',
    args: { name: t.arg.string({ required: true }), reason: t.arg.string({ required: false }) },
    resolve: (_r, args, ctx) => saveBaseline(ctx.db, args, editorOf(ctx, args)),
  }),
  deleteBaseline: t.id({
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, args, ctx) => {
      await deleteBaseline(ctx.db, String(args.id));
      return String(args.id);
    },
  }),
}));
