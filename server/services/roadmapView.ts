// The veikart view as the timeline, the GraphQL API and the exports all show it: validated
// arguments in, lanes of initiatives and milestones with their labels and the dependencies
// between what is shown out. The Cypher is in roadmapRepository; this only checks and groups.
import type { Database } from '../db/database.js';
import type { EntityRow } from '../db/repositories/entityRepository.js';
import { type RoadmapGrouping, readRoadmap } from '../db/repositories/roadmapRepository.js';
import { toDayNumber } from '../domain/dates/index.js';
import { searchTokens } from '../domain/text/foldForSearch.js';
import { invalid } from '../errors.js';

export type Locale = 'nb' | 'en';

export interface RoadmapLane {
  key: string;
  label: string;
  initiatives: EntityRow[];
  milestones: EntityRow[];
}

export interface RoadmapEdge {
  from: EntityRow;
  to: EntityRow;
  props: Record<string, unknown>;
}

export interface RoadmapView {
  from: string;
  to: string;
  groupBy: RoadmapGrouping;
  lanes: RoadmapLane[];
  dependencies: RoadmapEdge[];
  /** The initiative each shown milestone belongs to. */
  milestoneInitiative: Map<string, string>;
}

export interface RoadmapArgs {
  from: string;
  to: string;
  groupBy?: RoadmapGrouping | null;
  actorIds?: readonly string[] | null;
  kinds?: readonly string[] | null;
  statuses?: readonly string[] | null;
  text?: string | null;
}

export const NO_LANE: Record<RoadmapGrouping, Record<Locale, string>> = {
  actor: { nb: 'Uten eier', en: 'No owner' },
  programme: { nb: 'Utenfor program', en: 'Not in a programme' },
  goal: { nb: 'Uten veikartmål', en: 'No veikart goal' },
  status: { nb: 'Ukjent status', en: 'Unknown status' },
};

export const STATUS_LABEL: Record<string, Record<Locale, string>> = {
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

/** Throws VALIDATION when the period is not two days in order. */
export function checkPeriod(from: string, to: string): void {
  checkDay('from', from);
  checkDay('to', to);
  if (to < from) throw invalid([{ field: 'to', message: 'must not be before from' }]);
}

const listOrNull = (xs: readonly string[] | null | undefined) => (xs?.length ? [...xs] : null);

export async function buildRoadmap(db: Database, args: RoadmapArgs, locale: Locale): Promise<RoadmapView> {
  checkPeriod(args.from, args.to);
  const groupBy = args.groupBy ?? 'actor';
  const tokens = args.text ? searchTokens(args.text) : [];
  const data = await readRoadmap(db, {
    from: args.from,
    to: args.to,
    groupBy,
    actorIds: listOrNull(args.actorIds),
    kinds: listOrNull(args.kinds),
    statuses: listOrNull(args.statuses),
    tokens: tokens.length ? tokens : null,
  });
  const lanes = new Map<string, RoadmapLane>();
  const laneOf = new Map<string, RoadmapLane>();
  for (const row of data.initiatives) {
    let lane = lanes.get(row.laneKey);
    if (!lane) {
      const label =
        row.laneKey === '-'
          ? NO_LANE[groupBy][locale]
          : groupBy === 'status'
            ? (STATUS_LABEL[row.laneKey]?.[locale] ?? row.laneLabel)
            : row.laneLabel;
      lane = { key: row.laneKey, label, initiatives: [], milestones: [] };
      lanes.set(row.laneKey, lane);
    }
    lane.initiatives.push(row.initiative);
    laneOf.set(row.initiative.id, lane);
  }
  const milestoneInitiative = new Map<string, string>();
  for (const m of data.milestones) {
    laneOf.get(m.initiativeId)?.milestones.push(m.milestone);
    milestoneInitiative.set(m.milestone.id, m.initiativeId);
  }
  return {
    from: args.from,
    to: args.to,
    groupBy,
    lanes: [...lanes.values()],
    dependencies: data.dependencies,
    milestoneInitiative,
  };
}
