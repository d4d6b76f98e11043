// The veikart view as the timeline, the GraphQL API and the exports all show it: validated
// arguments in, lanes of initiatives and milestones with their labels and the dependencies
// between what is shown out. The Cypher is in roadmapRepository; this only checks and groups.
import type { Database } from '../db/database.js';
import { decodeDependency } from '../db/decode.js';
import {
  readDependenciesAmong,
  readRoadmap,
  type ShownDependency,
} from '../db/repositories/roadmapRepository.js';
import { toDayNumber } from '../domain/dates/index.js';
import {
  type BaselineDates,
  codeFromAnySpelling,
  type Dependency,
  INITIATIVE_KIND,
  type Initiative,
  type InitiativeKind,
  type ItemDates,
  type Locale,
  type Milestone,
  type RoadmapGrouping,
  STATUS_COLOUR,
  type StatusColour,
  UNKNOWN_STATUS,
  type Words,
} from '../domain/model/index.js';
import { searchTokens } from '../domain/text/foldForSearch.js';
import { invalid } from '../errors.js';
import { baselineDatesFor } from './baselines.js';
import { roadmapFromIndex } from './roadmapIndex.js';

export interface RoadmapLane {
  key: string;
  label: string;
  initiatives: Initiative[];
  milestones: Milestone[];
}

export interface RoadmapView {
  from: string;
  to: string;
  groupBy: RoadmapGrouping;
  lanes: RoadmapLane[];
  /** The initiative each shown milestone belongs to. */
  milestoneInitiative: Map<string, string>;
  /** With a baselineId: the baseline's dates of each shown item (absent when not in the baseline). */
  baseline: Map<string, BaselineDates> | null;
  /** The dependencies among shown ids, of the plan version the view was built from. */
  dependenciesAmong: (ids: readonly string[]) => Promise<ShownDependency[]>;
}

export interface RoadmapArgs {
  from: string;
  to: string;
  groupBy?: RoadmapGrouping | null;
  actorIds?: readonly string[] | null;
  kinds?: readonly string[] | null;
  /** Status colours or 'unknown'; checked here, since GraphQL passes them as strings. */
  statuses?: readonly string[] | null;
  text?: string | null;
  /** A saved baseline to give each item's baseline dates and variance beside the current ones. */
  baselineId?: string | null;
}

export const NO_LANE: Record<RoadmapGrouping, Words> = {
  actor: { nb: 'Uten eier', en: 'No owner' },
  programme: { nb: 'Utenfor program', en: 'Not in a programme' },
  goal: { nb: 'Uten veikartmål', en: 'No veikart goal' },
  status: UNKNOWN_STATUS,
};

/** A status filter value: a status colour, or 'unknown' for items without one. */
export type StatusFilter = StatusColour | 'unknown';

/** The label of a status lane: the colour's name, or the one phrase for no status. */
export function statusLabel(status: StatusFilter, locale: Locale): string {
  return status === 'unknown' ? UNKNOWN_STATUS[locale] : STATUS_COLOUR.labels[status][locale];
}

/** Filter codes as given (either spelling); unknown ones are a VALIDATION problem naming the field. */
function checkCodes<C extends string>(
  field: string,
  values: readonly string[] | null | undefined,
  parse: (value: string) => C | undefined,
  allowed: readonly string[],
): C[] | null {
  if (!values?.length) return null;
  return values.map((value) => {
    const parsed = parse(value);
    if (parsed === undefined)
      throw invalid([{ field, message: `"${value}" is not one of ${allowed.join(', ')}` }]);
    return parsed;
  });
}

export const parseStatusFilter = (value: string): StatusFilter | undefined =>
  value.toLowerCase() === 'unknown' ? 'unknown' : codeFromAnySpelling(STATUS_COLOUR, value);

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

export async function buildRoadmap(db: Database, args: RoadmapArgs, locale: Locale): Promise<RoadmapView> {
  checkPeriod(args.from, args.to);
  const groupBy = args.groupBy ?? 'actor';
  const tokens = args.text ? searchTokens(args.text) : [];
  const query = {
    from: args.from,
    to: args.to,
    groupBy,
    actorIds: args.actorIds?.length ? [...args.actorIds] : null,
    kinds: checkCodes<InitiativeKind>(
      'kinds',
      args.kinds,
      (v) => codeFromAnySpelling(INITIATIVE_KIND, v),
      INITIATIVE_KIND.codes,
    ),
    statuses: checkCodes('statuses', args.statuses, parseStatusFilter, [...STATUS_COLOUR.codes, 'unknown']),
  };
  // Kept per plan version and filtered in memory; a text search asks Neo4j (roadmapIndex.ts says why).
  const indexed = tokens.length ? null : await roadmapFromIndex(db, query);
  const data = indexed?.data ?? (await readRoadmap(db, { ...query, tokens }));
  const lanes = new Map<string, RoadmapLane>();
  const laneOf = new Map<string, RoadmapLane>();
  for (const row of data.initiatives) {
    let lane = lanes.get(row.laneKey);
    if (!lane) {
      const label =
        row.laneKey === '-'
          ? NO_LANE[groupBy][locale]
          : groupBy === 'status'
            ? statusLabel(parseStatusFilter(row.laneKey) ?? 'unknown', locale)
            : row.laneLabel;
      lane = { key: row.laneKey, label, initiatives: [], milestones: [] };
      lanes.set(row.laneKey, lane);
    }
    // The index's objects are shared by every request of the version; a roadmap with a baseline marks
    // the objects it returns (graphql/types/roadmap.ts), so it gets its own.
    lane.initiatives.push(args.baselineId ? { ...row.initiative } : row.initiative);
    laneOf.set(row.initiative.id, lane);
  }
  const milestoneInitiative = new Map<string, string>();
  for (const m of data.milestones) {
    laneOf.get(m.initiativeId)?.milestones.push(args.baselineId ? { ...m.milestone } : m.milestone);
    milestoneInitiative.set(m.milestone.id, m.initiativeId);
  }
  const shown = [...lanes.values()];
  return {
    from: args.from,
    to: args.to,
    groupBy,
    lanes: shown,
    milestoneInitiative,
    dependenciesAmong: indexed?.dependenciesAmong ?? ((ids) => readDependenciesAmong(db, ids)),
    baseline: args.baselineId ? await baselineDatesFor(db, args.baselineId, currentDates(shown)) : null,
  };
}

/**
 * The dependencies between the items a roadmap shows, only when asked for (the timeline without arrows
 * does not): kept with the roadmap's rows for the plan version (read once per version), or, for a text
 * search, a statement of ids and edge properties; both ends are the entities the roadmap already decoded.
 */
export async function roadmapDependencies(view: RoadmapView): Promise<Dependency[]> {
  const shown = new Map<string, Initiative | Milestone>();
  for (const lane of view.lanes)
    for (const item of [...lane.initiatives, ...lane.milestones]) shown.set(item.id, item);
  const rows = await view.dependenciesAmong([...shown.keys()]);
  const out: Dependency[] = [];
  for (const row of rows) {
    const from = shown.get(row.fromId);
    const to = shown.get(row.toId);
    if (from && to) out.push(decodeDependency(from, to, row.props));
  }
  return out;
}

/** The dates each shown item has now, as a baseline keeps them (a milestone's date as start and end). */
function currentDates(lanes: readonly RoadmapLane[]): Map<string, ItemDates> {
  const out = new Map<string, ItemDates>();
  for (const lane of lanes) {
    for (const i of lane.initiatives)
      out.set(i.id, { start: i.start?.text ?? null, end: i.end?.text ?? null });
    for (const m of lane.milestones)
      out.set(m.id, { start: m.date?.text ?? null, end: m.date?.text ?? null });
  }
  return out;
}
