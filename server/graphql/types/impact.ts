// impact() and criticalPath(): the engine's answers over the plan read from the graph, with the
// chain that explains every slip, over services/impactQuestions.ts.

import { formatPrecisionDate } from '../../domain/dates/index.js';
import type { Entity } from '../../domain/model/index.js';
import type {
  AffectedItem,
  CauseShare,
  CriticalPath,
  DateWindow,
  DayView,
  DrivingLink,
  MissedDeadline,
  Push,
  UndatedReach,
} from '../../domain/schedule/index.js';
import { askImpact, criticalPathFor } from '../../services/impactQuestions.js';
import type { ImpactShape } from '../../services/impactRun.js';
import type { GoalTarget, ImpactSummary, LatestDate } from '../../services/impactSummary.js';
import { builder, ENGINE_COST } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { DateWithPrecisionRef, EntityRef, loadEntities, loadEntity } from './common.js';
import { CauseCombinationEnum, CauseKindEnum, DependencyTypeEnum, ImpactModeEnum } from './enums.js';

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

export const RiskDelayInput = builder.inputType('RiskDelayInput', {
  description:
    'The delay a planner assumes for a risk where the papers give no length ("what if Schrems II costs 180 days, not 90"). The risk then happens; its effects with a stated length keep it; the result still marks these days as assumed.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A risk.' }),
    days: t.field({ type: 'Days', required: true, description: 'Assumed calendar days.' }),
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

export const ScheduledDateRef = builder.objectRef<DayView>('ScheduledDate').implement({
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
    milestoneOfTiltak: t.boolean({
      description:
        "The link is the engine's, not the plan's: a milestone follows its tiltak (it keeps its distance to the tiltak's end).",
      resolve: (p) => p.milestoneOfTiltak === true,
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

const CauseShareRef = builder.objectRef<CauseShare>('CauseShare').implement({
  description:
    "One cause's part of an item's slip: a delay given to an item, or a risk. The driving shares' days add up to the slip.",
  fields: (t) => ({
    kind: t.field({ type: CauseKindEnum, resolve: (s) => s.cause.kind }),
    item: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The delayed item (for a delay).',
      resolve: async (s, _a, ctx) =>
        s.cause.kind === 'delay' ? await loadEntity(ctx, s.cause.itemId) : null,
    }),
    risk: t.field({
      type: EntityRef,
      nullable: true,
      resolve: async (s, _a, ctx) => (s.cause.kind === 'risk' ? await loadEntity(ctx, s.cause.riskId) : null),
    }),
    days: t.field({ type: 'Days', resolve: (s) => s.days }),
    absorbedDays: t.field({
      type: 'Days',
      description:
        'Days of this cause the buffers along the driving chain absorbed before it reached the item.',
      resolve: (s) => s.absorbedDays,
    }),
    assumed: t.boolean({
      description: 'Some of these days are assumed: a risk with no stated length (90 days unless told).',
      resolve: (s) => s.assumed,
    }),
    driving: t.boolean({
      description:
        'False for a cause that reaches the item along another path but does not move it (0 days).',
      resolve: (s) => s.driving,
    }),
  }),
});

const ChainOriginRef = builder.objectRef<AffectedItem['chainOrigin']>('ChainOrigin').implement({
  description:
    'Where a driving chain starts: the changes (a risk, a delay) and the item they were applied to.',
  fields: (t) => ({
    item: entityField(t, (o) => o.itemId),
    causes: t.field({ type: [CauseRef], resolve: (o) => [...o.causes] }),
  }),
});

type WindowEnd = NonNullable<DateWindow['notBefore']>;

const WindowEndRef = builder.objectRef<WindowEnd>('WindowEnd').implement({
  fields: (t) => ({
    item: entityField(t, (w) => w.itemId),
    date: t.field({ type: ScheduledDateRef, resolve: (w) => w.date }),
  }),
});

const DateWindowRef = builder.objectRef<DateWindow>('DateWindow').implement({
  description:
    'The window an undated item is constrained to: not before a dated predecessor, or needed by a dated successor.',
  fields: (t) => ({
    notBefore: t.field({ type: WindowEndRef, nullable: true, resolve: (w) => w.notBefore }),
    neededBy: t.field({ type: WindowEndRef, nullable: true, resolve: (w) => w.neededBy }),
    text: t.string({
      description:
        '"tidligst etter 3. kv. 2021", "trengs innen 1. kv. 2023" or "udatert", in the request\'s language.',
      resolve: (w, _a, ctx) => windowText(w, ctx.locale),
    }),
    reason: t.string({
      resolve: async (w, _a, ctx) => {
        const end = w.notBefore ?? w.neededBy;
        const name = end ? ((await loadEntity(ctx, end.itemId))?.name ?? end.itemId) : null;
        if (ctx.locale === 'en') {
          if (w.notBefore) return `No dates in the papers; it follows ${name}`;
          if (w.neededBy) return `No dates in the papers; assumed just in time for ${name}`;
          return 'No dates in the papers, and nothing dated around it';
        }
        if (w.notBefore) return `Ingen datoer i papirene; kommer etter ${name}`;
        if (w.neededBy) return `Ingen datoer i papirene; antatt klar akkurat tidsnok for ${name}`;
        return 'Ingen datoer i papirene, og ingenting datert rundt';
      },
    }),
  }),
});

function windowText(w: DateWindow, locale: 'nb' | 'en'): string {
  if (w.notBefore) {
    const label = formatPrecisionDate(w.notBefore.date.date, locale);
    return locale === 'en' ? `not before the end of ${label}` : `tidligst etter ${label}`;
  }
  if (w.neededBy) {
    const label = formatPrecisionDate(w.neededBy.date.date, locale);
    return locale === 'en' ? `needed by ${label}` : `trengs innen ${label}`;
  }
  return locale === 'en' ? 'undated' : 'udatert';
}

const UndatedWindowRef = builder.objectRef<NonNullable<AffectedItem['window']>>('UndatedWindow').implement({
  fields: (t) => ({
    before: t.field({ type: DateWindowRef, resolve: (w) => w.before }),
    after: t.field({ type: DateWindowRef, resolve: (w) => w.after }),
  }),
});

interface AffectedShape extends AffectedItem {
  derivedDates: boolean;
}

/** An undated item is never given the days the engine computed for it: its window says where it is. */
const datedOnly = (a: AffectedShape, d: DayView) => (a.undated ? null : d);

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
    oldStart: t.field({
      type: ScheduledDateRef,
      nullable: true,
      description: 'Null for an undated item (see window).',
      resolve: (a) => datedOnly(a, a.oldStart),
    }),
    oldEnd: t.field({ type: ScheduledDateRef, nullable: true, resolve: (a) => datedOnly(a, a.oldEnd) }),
    newStart: t.field({ type: ScheduledDateRef, nullable: true, resolve: (a) => datedOnly(a, a.newStart) }),
    newEnd: t.field({ type: ScheduledDateRef, nullable: true, resolve: (a) => datedOnly(a, a.newEnd) }),
    window: t.field({
      type: UndatedWindowRef,
      nullable: true,
      description:
        'For an item without dates of its own: the window it is constrained to, before and after. Null for dated items.',
      resolve: (a) => a.window,
    }),
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
      description: 'From the source change to this item (last); it starts at chainOrigin.',
      resolve: (a) => [...a.drivingChain],
    }),
    chainOrigin: t.field({
      type: ChainOriginRef,
      description: 'The cause the driving chain starts from: the changes and the item they hit.',
      resolve: (a) => a.chainOrigin,
    }),
    causeShares: t.field({
      type: [CauseShareRef],
      description: 'The slip split by cause; the driving shares add up to slipDays.',
      resolve: (a) => [...a.causeShares],
    }),
    combination: t.field({ type: CauseCombinationEnum, resolve: (a) => a.combination }),
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
    undated: t.boolean({
      description:
        'No dates of its own in the papers: start and finish are only where the engine placed it (show its window or "udatert").',
      resolve: (s) => s.undated,
    }),
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

const LatestDateRef = builder.objectRef<LatestDate>('LatestDate').implement({
  description: 'The latest date of a goal or programme, before and after the changes, and which item has it.',
  fields: (t) => ({
    group: entityField(t, (l) => l.groupId),
    beforeItem: entityField(t, (l) => l.beforeItemId),
    before: t.field({ type: ScheduledDateRef, resolve: (l) => l.before }),
    afterItem: entityField(t, (l) => l.afterItemId),
    after: t.field({ type: ScheduledDateRef, resolve: (l) => l.after }),
    slipDays: t.field({ type: 'Days', resolve: (l) => l.slipDays }),
  }),
});

const GoalTargetRef = builder.objectRef<GoalTarget>('GoalTargetMiss').implement({
  description: "Items of a veikart goal that the changes move past the end of the goal's year.",
  fields: (t) => ({
    goal: entityField(t, (g) => g.goalId),
    year: t.exposeInt('year'),
    items: t.field({
      type: [EntityRef],
      resolve: async (g, _a, ctx) =>
        (await loadEntities(ctx, [...g.itemIds])).filter((e): e is Entity => !(e instanceof Error)),
    }),
  }),
});

const MissedRef = builder
  .objectRef<ImpactSummary['missedDeadlines'][number]>('ItemMissedDeadline')
  .implement({
    fields: (t) => ({
      item: entityField(t, (m) => m.itemId),
      missedDeadline: t.field({ type: MissedDeadlineRef, resolve: (m) => m.missed }),
    }),
  });

export const SummaryRef = builder.objectRef<ImpactSummary>('ImpactSummary').implement({
  description: 'Consequences first: what the changes mean, before the item-by-item list.',
  fields: (t) => ({
    slippingCount: t.int({ description: 'Dated items whose dates move.', resolve: (s) => s.slipping }),
    pastPeriodCount: t.int({ resolve: (s) => s.pastPeriodIds.length }),
    pastPeriodIds: t.idList({
      description: 'Items moved past the end of the period the plan gave them.',
      resolve: (s) => [...s.pastPeriodIds],
    }),
    missedDeadlines: t.field({ type: [MissedRef], resolve: (s) => [...s.missedDeadlines] }),
    goalTargets: t.field({
      type: [GoalTargetRef],
      description: 'Veikart goals whose year some of their items now miss.',
      resolve: (s) => [...s.goalTargets],
    }),
    latestByGoal: t.field({ type: [LatestDateRef], resolve: (s) => [...s.latestByGoal] }),
    latestByProgramme: t.field({ type: [LatestDateRef], resolve: (s) => [...s.latestByProgramme] }),
    undatedMovedCount: t.int({
      description: 'Undated items among those that move (shown by their window, not by dates).',
      resolve: (s) => s.undatedMoved,
    }),
    reachedUndatedCount: t.int({ resolve: (s) => s.reachedUndated }),
    target: t.field({
      type: EntityRef,
      nullable: true,
      description:
        'What the critical path is drawn to: the chosen target, else the latest item of the goal that slips most.',
      resolve: async (s, _a, ctx) => (s.targetId ? await loadEntity(ctx, s.targetId) : null),
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
    planEnd: t.field({
      type: PlanEndRef,
      description: "The whole portfolio's last date; see summary.latestByGoal and latestByProgramme.",
      resolve: (r) => r.planEnd,
    }),
    summary: t.field({ type: SummaryRef, resolve: (r) => r.summary }),
    criticalPath: t.field({
      type: CriticalPathRef,
      description:
        'After the changes, to the target the planner cares about (summary.target: the chosen targetId, else the goal that slips most).',
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
      riskDelays: t.arg({
        type: [RiskDelayInput],
        required: false,
        description: 'Assumed lengths for risks the papers give none for; each such risk happens.',
      }),
      mode: t.arg({ type: ImpactModeEnum, required: false, defaultValue: 'preserve' }),
      targetId: t.arg.id({
        required: false,
        description: 'The item the planner cares about: the critical path is drawn to it.',
      }),
    },
    resolve: (_root, args, ctx) =>
      askImpact(ctx.db, {
        delays: (args.delays ?? []).map((d) => ({ id: String(d.id), days: d.days })),
        riskIds: (args.riskIds ?? []).map(String),
        riskDelays: (args.riskDelays ?? []).map((r) => ({ id: String(r.id), days: r.days })),
        mode: args.mode ?? 'preserve',
        targetId: args.targetId ? String(args.targetId) : null,
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
