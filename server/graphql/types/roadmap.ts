// roadmap(): the veikart timeline's data — lanes of initiatives and milestones over a period, and
// the dependencies between what is shown.

import type { BaselineDates, Initiative, Milestone } from '../../domain/model/index.js';
import {
  buildRoadmap,
  type RoadmapLane,
  type RoadmapView,
  roadmapDependencies,
} from '../../services/roadmapView.js';
import { builder } from '../builder.js';
import { DependencyRef } from './dependency.js';
import { InitiativeRef, MilestoneRef } from './entities.js';
import { InitiativeKindEnum, RoadmapGroupingEnum } from './enums.js';

type Lane = RoadmapLane;
type Roadmap = RoadmapView;

const RoadmapFilter = builder.inputType('RoadmapFilter', {
  fields: (t) => ({
    actorIds: t.idList({
      required: false,
      description: 'Owned by or with participation of any of these actors.',
    }),
    kinds: t.field({ type: [InitiativeKindEnum], required: false }),
    statuses: t.stringList({ required: false, description: 'green, yellow, red, grey, blue or unknown.' }),
    text: t.string({
      required: false,
      description: 'Name, alias or abbreviation (folded: case, accents, æøå).',
    }),
  }),
});

// roadmap(baselineId) marks the items it returns with their baseline dates; the `baseline` field of an
// initiative or milestone reads them (null outside such a roadmap). Keyed by the very objects the
// roadmap returned, so two roadmaps in one request never mix.
const baselineOfShown = new WeakMap<Initiative | Milestone, BaselineDates>();

const BaselineDatesRef = builder.objectRef<BaselineDates>('BaselineDates').implement({
  description: "An item's dates in a baseline, and how far its finish has moved since.",
  fields: (t) => ({
    start: t.field({ type: 'PrecisionDate', nullable: true, resolve: (d) => d.start }),
    end: t.field({ type: 'PrecisionDate', nullable: true, resolve: (d) => d.end }),
    varianceDays: t.field({
      type: 'Days',
      nullable: true,
      description: 'Finish now minus finish in the baseline; positive = slipped.',
      resolve: (d) => d.varianceDays,
    }),
  }),
});

const baselineField = {
  type: BaselineDatesRef,
  nullable: true,
  description:
    'Only in roadmap(baselineId): the dates in that baseline and the variance; null elsewhere and for items not in the baseline.',
  resolve: (n: Initiative | Milestone) => baselineOfShown.get(n) ?? null,
} as const;
builder.objectField(InitiativeRef, 'baseline', (t) => t.field(baselineField));
builder.objectField(MilestoneRef, 'baseline', (t) => t.field(baselineField));

const LaneRef = builder.objectRef<Lane>('RoadmapLane').implement({
  description: 'A swimlane: an actor, a programme, a strategy goal or a status.',
  fields: (t) => ({
    key: t.exposeString('key', { description: '"-" is the lane of items with no actor/programme/goal.' }),
    label: t.exposeString('label'),
    initiatives: t.field({ type: [InitiativeRef], resolve: (l) => l.initiatives }),
    milestones: t.field({ type: [MilestoneRef], resolve: (l) => l.milestones }),
  }),
});

const RoadmapRef = builder.objectRef<Roadmap>('Roadmap').implement({
  fields: (t) => ({
    from: t.field({ type: 'Day', resolve: (r) => r.from }),
    to: t.field({ type: 'Day', resolve: (r) => r.to }),
    groupBy: t.field({ type: RoadmapGroupingEnum, resolve: (r) => r.groupBy }),
    lanes: t.field({ type: [LaneRef], resolve: (r) => r.lanes }),
    dependencies: t.field({
      type: [DependencyRef],
      description: 'Dependencies between shown items (read only when asked for).',
      resolve: (r) => roadmapDependencies(r),
    }),
  }),
});

builder.queryFields((t) => ({
  roadmap: t.field({
    type: RoadmapRef,
    description:
      'Initiatives and milestones overlapping [from, to], in lanes, with the dependencies between them.',
    complexity: 50,
    args: {
      from: t.arg({ type: 'Day', required: true }),
      to: t.arg({ type: 'Day', required: true }),
      groupBy: t.arg({ type: RoadmapGroupingEnum, required: false, defaultValue: 'actor' }),
      filter: t.arg({ type: RoadmapFilter, required: false }),
      baselineId: t.arg.id({
        required: false,
        description: "A saved baseline: each item's `baseline` field then gives its dates there.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      const view = await buildRoadmap(
        ctx.db,
        {
          from: args.from,
          to: args.to,
          groupBy: args.groupBy,
          actorIds: args.filter?.actorIds?.map(String),
          kinds: args.filter?.kinds,
          statuses: args.filter?.statuses,
          text: args.filter?.text,
          baselineId:
            args.baselineId === null || args.baselineId === undefined ? null : String(args.baselineId),
        },
        ctx.locale,
      );
      for (const lane of view.lanes)
        for (const item of [...lane.initiatives, ...lane.milestones]) {
          const dates = view.baseline?.get(item.id);
          if (dates) baselineOfShown.set(item, dates);
        }
      return view;
    },
  }),
}));
