// impact() and criticalPath(): the engine's answers over the plan read from the graph, with the
// chain that explains every slip, over services/impactQuestions.ts.

import type { Entity } from '../../domain/model/index.js';
import type {
  AffectedItem,
  CriticalPath,
  DayView,
  DrivingLink,
  MissedDeadline,
  Push,
  UndatedReach,
} from '../../domain/schedule/index.js';
import { askImpact, criticalPathFor } from '../../services/impactQuestions.js';
import type { ImpactShape } from '../../services/impactRun.js';
import { builder, ENGINE_COST } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { DateWithPrecisionRef, EntityRef, loadEntities, loadEntity } from './common.js';
import { DependencyTypeEnum, ImpactModeEnum } from './enums.js';

export const DelayInput = builder.inputType('DelayInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'An initiative, milestone or condition.' }),
    days: t.field({
      type: 'Days',
      required: true,
      description: 'How many calendar days it is delayed (weeks × 7).',
    }),
  }),
});

const entityField = <P>(t: PothosT<P>, id: (p: P) => string, description?: string) =>
  t.loadable({
    type: EntityRef,
    description,
    load: (ids: string[], ctx: GraphQLContext) => loadEntities(ctx, ids),
    sort: (e: Entity) => e.id,
    resolve: id,
  });

type PothosT<P> = Parameters<
  Parameters<ReturnType<typeof builder.objectRef<P>>['implement']>[0]['fields'] & object
>[0];

const ScheduledDateRef = builder.objectRef<DayView>('ScheduledDate').implement({
  description: 'A computed day, and the same day in the item\'s own precision ("2. kv. 2022").',
  fields: (t) => ({
    day: t.field({ type: 'Day', resolve: (d) => d.iso }),
    date: t.field({
      type: DateWithPrecisionRef,
      resolve: (d) => ({ text: d.date.text, precision: d.date.precision, writtenAs: null }),
    }),
  }),
});

const PushRef = builder.objectRef<Push>('Push').implement({
  description: "How a predecessor's slip reached an item through one dependency.",
  fields: (t) => ({
    predecessor: entityField(t, (p) => p.predecessorId),
    type: t.field({ type: DependencyTypeEnum, resolve: (p) => p.type }),
    lagDays: t.field({ type: 'Days', resolve: (p) => p.lagDays }),
    predecessorSlipDays: t.field({ type: 'Days', resolve: (p) => p.predecessorSlipDays }),
    slackAbsorbedDays: t.field({
      type: 'Days',
      description: 'The part of the slip the gap before this item absorbed.',
      resolve: (p) => p.slackAbsorbedDays,
    }),
  }),
});

type Cause = DrivingLink['causes'][number];

const CauseRef = builder.objectRef<Cause>('DelayCause').implement({
  description: 'A change applied directly to an item: a delay, or a risk with its (possibly assumed) delay.',
  fields: (t) => ({
    kind: t.string({ description: 'delay or risk', resolve: (c) => c.kind }),
    days: t.field({ type: 'Days', resolve: (c) => c.days }),
    risk: t.field({
      type: EntityRef,
      nullable: true,
      resolve: async (c, _a, ctx) => (c.kind === 'risk' ? await loadEntity(ctx, c.riskId) : null),
    }),
    assumed: t.boolean({
      description: 'The risk gives no delay length; `days` is an assumption.',
      resolve: (c) => c.kind === 'risk' && c.assumed,
    }),
  }),
});

const LinkRef = builder.objectRef<DrivingLink>('DrivingLink').implement({
  description: 'One step of a driving chain: an item, how much it slipped, and why.',
  fields: (t) => ({
    item: entityField(t, (l) => l.itemId),
    slipDays: t.field({ type: 'Days', resolve: (l) => l.slipDays }),
    startSlipDays: t.field({ type: 'Days', resolve: (l) => l.startSlipDays }),
    pushedBy: t.field({ type: PushRef, nullable: true, resolve: (l) => l.pushedBy }),
    causes: t.field({ type: [CauseRef], resolve: (l) => [...l.causes] }),
  }),
});

const MissedDeadlineRef = builder.objectRef<MissedDeadline>('MissedDeadline').implement({
  fields: (t) => ({
    deadline: t.field({
      type: DateWithPrecisionRef,
      resolve: (m) => ({ text: m.deadline.text, precision: m.deadline.precision, writtenAs: null }),
    }),
    deadlineDay: t.field({ type: 'Day', resolve: (m) => m.deadlineDay }),
    byDays: t.field({ type: 'Days', resolve: (m) => m.byDays }),
    source: entityField(t, (m) => m.source, 'Where the deadline comes from (a veikart goal).'),
    newlyMissed: t.boolean({
      description: 'False when the plan already missed it.',
      resolve: (m) => m.newlyMissed,
    }),
  }),
});

interface AffectedShape extends AffectedItem {
  derivedDates: boolean;
}

const AffectedRef = builder.objectRef<AffectedShape>('AffectedItem').implement({
  description: 'An item whose dates move, by how much, and the chain that explains it.',
  fields: (t) => ({
    item: entityField(t, (a) => a.id),
    undated: t.boolean({
      description: 'Neither the papers nor its milestones date it: the slip is relative.',
      resolve: (a) => a.undated,
    }),
    derivedDates: t.boolean({
      description: 'Its dates are derived from its milestones.',
      resolve: (a) => a.derivedDates,
    }),
    oldStart: t.field({ type: ScheduledDateRef, resolve: (a) => a.oldStart }),
    oldEnd: t.field({ type: ScheduledDateRef, resolve: (a) => a.oldEnd }),
    newStart: t.field({ type: ScheduledDateRef, resolve: (a) => a.newStart }),
    newEnd: t.field({ type: ScheduledDateRef, resolve: (a) => a.newEnd }),
    startSlipDays: t.field({ type: 'Days', resolve: (a) => a.startSlipDays }),
    slipDays: t.field({
      type: 'Days',
      description: "How far the end (a milestone's date) moves.",
      resolve: (a) => a.slipDays,
    }),
    wasCritical: t.boolean({ resolve: (a) => a.wasCritical }),
    nowCritical: t.boolean({ resolve: (a) => a.nowCritical }),
    pastPeriodEnd: t.boolean({
      description: 'The new date falls after the period the plan gave.',
      resolve: (a) => a.pastPeriodEnd,
    }),
    missedDeadline: t.field({ type: MissedDeadlineRef, nullable: true, resolve: (a) => a.missedDeadline }),
    dependsOnAssumedDelay: t.boolean({ resolve: (a) => a.dependsOnAssumedDelay }),
    pushedBy: t.field({ type: PushRef, nullable: true, resolve: (a) => a.pushedBy }),
    causes: t.field({ type: [CauseRef], resolve: (a) => [...a.causes] }),
    drivingChain: t.field({
      type: [LinkRef],
      description: 'From the source change to this item (last).',
      resolve: (a) => [...a.drivingChain],
    }),
  }),
});

interface Assumption {
  riskId: string;
  itemId: string;
  assumedDelayDays: number;
}

const AssumptionRef = builder.objectRef<Assumption>('DelayAssumption').implement({
  description: 'A risk effect the papers give no length for, and the delay assumed for it.',
  fields: (t) => ({
    risk: entityField(t, (a) => a.riskId),
    item: entityField(t, (a) => a.itemId),
    assumedDelayDays: t.field({ type: 'Days', resolve: (a) => a.assumedDelayDays }),
  }),
});

const CriticalStepRef = builder.objectRef<CriticalPath['path'][number]>('CriticalPathStep').implement({
  fields: (t) => ({
    item: entityField(t, (s) => s.id),
    start: t.field({ type: ScheduledDateRef, resolve: (s) => s.start }),
    finish: t.field({ type: ScheduledDateRef, resolve: (s) => s.finish }),
    dependencyType: t.field({
      type: DependencyTypeEnum,
      nullable: true,
      resolve: (s) => s.dependency?.type ?? null,
    }),
    lagDays: t.field({ type: 'Days', nullable: true, resolve: (s) => s.dependency?.lagDays ?? null }),
  }),
});

export const CriticalPathRef = builder.objectRef<CriticalPath>('CriticalPath').implement({
  description: "The chain of items with no slack that drives the target's date.",
  fields: (t) => ({
    target: t.field({
      type: EntityRef,
      nullable: true,
      resolve: async (c, _a, ctx) => (c.targetId ? await loadEntity(ctx, c.targetId) : null),
    }),
    steps: t.field({ type: [CriticalStepRef], resolve: (c) => [...c.path] }),
    itemIds: t.idList({
      description: 'Every item with zero slack towards the target.',
      resolve: (c) => [...c.items],
    }),
  }),
});

interface PlanEnd {
  before: string | null;
  after: string | null;
  slipDays: number;
}

const PlanEndRef = builder.objectRef<PlanEnd>('PlanEnd').implement({
  fields: (t) => ({
    before: t.field({ type: 'Day', nullable: true, resolve: (p) => p.before }),
    after: t.field({ type: 'Day', nullable: true, resolve: (p) => p.after }),
    slipDays: t.field({ type: 'Days', resolve: (p) => p.slipDays }),
  }),
});

const UndatedReachRef = builder.objectRef<UndatedReach>('UndatedReach').implement({
  fields: (t) => ({
    item: entityField(t, (u) => u.id),
    pathIds: t.idList({
      description: 'From the changed item to this one, each depending on the one before.',
      resolve: (u) => [...u.path],
    }),
  }),
});

export const ImpactRef = builder.objectRef<ImpactShape>('ImpactResult').implement({
  description: 'What slips, by how much and why, relative to the plan as it is (which is never changed).',
  fields: (t) => ({
    mode: t.field({ type: ImpactModeEnum, resolve: (r) => r.mode }),
    affected: t.field({
      type: [AffectedRef],
      description: 'Items whose dates move, largest slip first. Items that do not move are not listed.',
      resolve: (r) => r.affected.map((a) => ({ ...a, derivedDates: r.derived.has(a.id) })),
    }),
    assumptions: t.field({ type: [AssumptionRef], resolve: (r) => [...r.assumptions] }),
    reachedUndated: t.field({
      type: [UndatedReachRef],
      description:
        'Items the changes reach whose slip cannot be given in days: nothing around them is dated.',
      resolve: (r) => [...r.reachedUndated],
    }),
    planEnd: t.field({ type: PlanEndRef, resolve: (r) => r.planEnd }),
    criticalPath: t.field({
      type: CriticalPathRef,
      description: 'After the changes, to the end of the plan.',
      resolve: (r) => r.criticalPath,
    }),
  }),
});

builder.queryFields((t) => ({
  impact: t.field({
    type: ImpactRef,
    complexity: ENGINE_COST,
    description:
      'Hva forsinkes hvis…: delay items by some days and/or let risks happen; see what slips and why.',
    args: {
      delays: t.arg({ type: [DelayInput], required: false }),
      riskIds: t.arg.idList({ required: false }),
      mode: t.arg({ type: ImpactModeEnum, required: false, defaultValue: 'preserve' }),
    },
    resolve: (_root, args, ctx) =>
      askImpact(ctx.db, {
        delays: (args.delays ?? []).map((d) => ({ id: String(d.id), days: d.days })),
        riskIds: (args.riskIds ?? []).map(String),
        mode: args.mode ?? 'preserve',
      }),
  }),
  criticalPath: t.field({
    type: CriticalPathRef,
    complexity: 50,
    description: 'The critical path to an item, or to the end of the whole plan when no target is given.',
    args: { targetId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) => criticalPathFor(ctx.db, args.targetId ? String(args.targetId) : null),
  }),
}));
