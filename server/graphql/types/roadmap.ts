// roadmap(): the veikart timeline's data — lanes of initiatives and milestones over a period, and
// the dependencies between what is shown.

import type { EntityRow } from '../../db/repositories/entityRepository.js';
import { type RoadmapGrouping, readRoadmap } from '../../db/repositories/roadmapRepository.js';
import { toDayNumber } from '../../domain/dates/index.js';
import { searchTokens } from '../../domain/text/foldForSearch.js';
import { invalid } from '../../errors.js';
import { builder } from '../builder.js';
import type { Locale } from '../context.js';
import { DependencyRef, type EdgeShape } from './dependency.js';
import { InitiativeRef, MilestoneRef } from './entities.js';
import { InitiativeKindEnum, StatusColourEnum } from './initiative.js';

interface Lane {
  key: string;
  label: string;
  initiatives: EntityRow[];
  milestones: EntityRow[];
}

interface Roadmap {
  from: string;
  to: string;
  groupBy: RoadmapGrouping;
  lanes: Lane[];
  dependencies: EdgeShape[];
}

const GroupByEnum = builder.enumType('RoadmapGrouping', {
  values: {
    ACTOR: { value: 'actor' },
    PROGRAMME: { value: 'programme' },
    STRATEGY_GOAL: { value: 'goal' },
    STATUS: { value: 'status' },
  } as const,
});

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
    groupBy: t.field({ type: GroupByEnum, resolve: (r) => r.groupBy }),
    lanes: t.field({ type: [LaneRef], resolve: (r) => r.lanes }),
    dependencies: t.field({
      type: [DependencyRef],
      description: 'Dependencies between shown items.',
      resolve: (r) => r.dependencies,
    }),
  }),
});

const NO_LANE: Record<RoadmapGrouping, Record<Locale, string>> = {
  actor: { nb: 'Uten eier', en: 'No owner' },
  programme: { nb: 'Utenfor program', en: 'Not in a programme' },
  goal: { nb: 'Uten veikartmål', en: 'No veikart goal' },
  status: { nb: 'Ukjent status', en: 'Unknown status' },
};

const STATUS_LABEL: Record<string, Record<Locale, string>> = {
  green: { nb: 'Grønn', en: 'Green' },
  yellow: { nb: 'Gul', en: 'Yellow' },
  red: { nb: 'Rød', en: 'Red' },
  grey: { nb: 'Grå', en: 'Grey' },
  blue: { nb: 'Blå', en: 'Blue' },
  unknown: { nb: 'Ukjent status', en: 'Unknown status' },
};

function checkDay(field: string, value: string): void {
  try {
    toDayNumber(value);
  } catch {
    throw invalid([{ field, message: 'must be a day such as 2023-01-01' }]);
  }
}

builder.queryFields((t) => ({
  roadmap: t.field({
    type: RoadmapRef,
    description:
      'Initiatives and milestones overlapping [from, to], in lanes, with the dependencies between them.',
    complexity: 50,
    args: {
      from: t.arg({ type: 'Day', required: true }),
      to: t.arg({ type: 'Day', required: true }),
      groupBy: t.arg({ type: GroupByEnum, required: false, defaultValue: 'actor' }),
      filter: t.arg({ type: RoadmapFilter, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      checkDay('from', args.from);
      checkDay('to', args.to);
      if (args.to < args.from) throw invalid([{ field: 'to', message: 'must not be before from' }]);
      const groupBy = args.groupBy ?? 'actor';
      const f = args.filter;
      const tokens = f?.text ? searchTokens(f.text) : [];
      const data = await readRoadmap(ctx.db, {
        from: args.from,
        to: args.to,
        groupBy,
        actorIds: f?.actorIds?.length ? f.actorIds.map(String) : null,
        kinds: f?.kinds?.length ? f.kinds : null,
        statuses: f?.statuses?.length ? f.statuses : null,
        tokens: tokens.length ? tokens : null,
      });
      const lanes = new Map<string, Lane>();
      const laneOf = new Map<string, Lane>();
      for (const row of data.initiatives) {
        let lane = lanes.get(row.laneKey);
        if (!lane) {
          const label =
            row.laneKey === '-'
              ? NO_LANE[groupBy][ctx.locale]
              : groupBy === 'status'
                ? (STATUS_LABEL[row.laneKey]?.[ctx.locale] ?? row.laneLabel)
                : row.laneLabel;
          lane = { key: row.laneKey, label, initiatives: [], milestones: [] };
          lanes.set(row.laneKey, lane);
        }
        lane.initiatives.push(row.initiative);
        laneOf.set(row.initiative.id, lane);
      }
      for (const m of data.milestones) laneOf.get(m.initiativeId)?.milestones.push(m.milestone);
      return {
        from: args.from,
        to: args.to,
        groupBy,
        lanes: [...lanes.values()],
        dependencies: data.dependencies,
      };
    },
  }),
}));
