// The roadmap's rows kept per plan version, like the compiled plan (currentPlan.ts): every dated
// initiative with its milestones, owners and lane, decoded once, in the roadmap's order. A request checks
// the version with one index lookup and, while it has not moved, filters and slices the kept rows in
// memory (period, kinds, statuses, actors) instead of reading and decoding them again. A write anywhere
// (another server instance, an import) moves the version, so the server stays stateless behind a load
// balancer. The text filter needs the search texts, which are most of a node's bytes: it is not kept
// here (roadmapView.ts asks Neo4j for it).
import { type PlanStamp, readPlanStamp, samePlanStamp } from '../db/changeLog.js';
import type { Database } from '../db/database.js';
import {
  joinRoadmapItems,
  type RoadmapData,
  type RoadmapIndexItem,
  type RoadmapQuery,
  readDependenciesAmong,
  readRoadmapActorPairs,
  readRoadmapDependencies,
  readRoadmapInitiatives,
  readRoadmapItems,
  readRoadmapLanes,
  readRoadmapMilestones,
  type ShownDependency,
} from '../db/repositories/roadmapRepository.js';
import type { Milestone, RoadmapGrouping } from '../domain/model/index.js';
import { perDatabase } from './perDatabase.js';

interface LanedItem {
  readonly item: RoadmapIndexItem;
  readonly laneKey: string;
  readonly laneLabel: string;
}

interface IndexedMilestone {
  readonly initiativeId: string;
  readonly milestone: Milestone;
  readonly first: string;
  readonly last: string | null;
}

interface Index {
  /** In the roadmap's order: lanes (no lane last, then by label), then start, name, id. */
  readonly rows: readonly LanedItem[];
  /** In date order (first day, then id). */
  readonly milestones: readonly IndexedMilestone[];
  dependenciesAmong(ids: readonly string[]): Promise<ShownDependency[]>;
}

interface Entry {
  readonly stamp: PlanStamp;
  readonly items: Promise<readonly RoadmapIndexItem[]>;
  readonly milestones: Promise<readonly IndexedMilestone[]>;
  readonly rows: Map<RoadmapGrouping, Promise<readonly LanedItem[]>>;
  /** Read on the first request of the version that asks for dependencies. */
  dependencies?: Promise<readonly ShownDependency[]>;
}

/** A read found the plan at another version than the entry it was for: a write came in between. */
class StaleRead extends Error {}

const entriesOf = perDatabase<Entry>();

export interface IndexedRoadmap {
  readonly data: RoadmapData;
  /** The dependencies among these ids, of the same plan version as the data. */
  dependenciesAmong(ids: readonly string[]): Promise<ShownDependency[]>;
}

/** The roadmap's data for a query without a text filter, from the index of the plan version as it is now. */
export async function roadmapFromIndex(
  db: Database,
  q: Omit<RoadmapQuery, 'tokens'>,
): Promise<IndexedRoadmap> {
  const index = await indexFor(db, q.groupBy);
  return { data: select(index, q), dependenciesAmong: index.dependenciesAmong };
}

async function indexFor(db: Database, groupBy: RoadmapGrouping): Promise<Index> {
  const stamp = await db.read(readPlanStamp);
  if (stamp === null) return readWhole(db, groupBy);
  const entries = entriesOf(db);
  let entry = entries.get(db.name);
  if (!entry || !samePlanStamp(entry.stamp, stamp)) {
    // Three reads side by side (each checks the version), so Neo4j's work overlaps the decoding here.
    const items = Promise.all([
      readAt(db, stamp, readRoadmapInitiatives),
      readAt(db, stamp, readRoadmapActorPairs),
      readAt(db, stamp, readRoadmapMilestones),
    ]).then(([initiatives, actors, milestones]) => joinRoadmapItems(initiatives, actors, milestones));
    items.catch(() => undefined); // the request that awaits it handles it
    const milestones = items.then(milestonesOf);
    milestones.catch(() => undefined); // the request that awaits it handles it
    entry = { stamp, items, milestones, rows: new Map() };
    entries.set(db.name, entry);
  }
  let rows = entry.rows.get(groupBy);
  if (!rows) {
    const lanes = readAt(db, stamp, (tx) => readRoadmapLanes(tx, groupBy));
    rows = Promise.all([entry.items, lanes]).then(([items, byId]) => inRoadmapOrder(items, byId));
    entry.rows.set(groupBy, rows);
  }
  const kept = entry;
  const dependenciesAmong = async (ids: readonly string[]) => {
    kept.dependencies ??= readAt(db, stamp, readRoadmapDependencies);
    try {
      return among(await kept.dependencies, ids);
    } catch (error) {
      if (!(error instanceof StaleRead)) throw error;
      // A write came in after the rows were read: these ids are of the version before it; read them as
      // the shown ids say (the statement the roadmap used before it kept anything).
      return readDependenciesAmong(db, ids);
    }
  };
  try {
    return { rows: await rows, milestones: await entry.milestones, dependenciesAmong };
  } catch (error) {
    // A failed or stale read is not kept: the next request reads again.
    if (entries.get(db.name) === entry) entries.delete(db.name);
    if (error instanceof StaleRead) return readWhole(db, groupBy);
    throw error;
  }
}

/** A read in a transaction of its own that first checks it sees the version the entry is for. */
function readAt<T>(
  db: Database,
  stamp: PlanStamp,
  work: (tx: Parameters<typeof readPlanStamp>[0]) => Promise<T>,
): Promise<T> {
  const read = db.read(async (tx) => {
    if (!samePlanStamp(await readPlanStamp(tx), stamp)) throw new StaleRead();
    return work(tx);
  });
  read.catch(() => undefined); // awaited by the request that asked; not an unhandled rejection meanwhile
  return read;
}

/** Without a usable version (none yet, or one that moved while reading): one transaction, not kept. */
async function readWhole(db: Database, groupBy: RoadmapGrouping): Promise<Index> {
  const [items, lanes] = await db.read(
    async (tx) => [await readRoadmapItems(tx), await readRoadmapLanes(tx, groupBy)] as const,
  );
  return {
    rows: inRoadmapOrder(items, lanes),
    milestones: milestonesOf(items),
    dependenciesAmong: (ids) => readDependenciesAmong(db, ids),
  };
}

/** The dependencies with both ends among the ids, in the kept order (by from id, then to id). */
function among(dependencies: readonly ShownDependency[], ids: readonly string[]): ShownDependency[] {
  const shown = new Set(ids);
  return dependencies.filter((d) => shown.has(d.fromId) && shown.has(d.toId));
}

const LANELESS = { laneKey: '-', laneLabel: '' };

/** The order readRoadmap's statement gives: no lane last, lane label (case-blind), start, name; then id. */
function inRoadmapOrder(
  items: readonly RoadmapIndexItem[],
  lanes: ReadonlyMap<string, { laneKey: string; laneLabel: string }>,
): LanedItem[] {
  const rows = items.map((item) => {
    const lane = lanes.get(item.initiative.id) ?? LANELESS;
    return { item, ...lane, sortLabel: lane.laneLabel.toLowerCase() };
  });
  rows.sort(
    (a, b) =>
      Number(a.laneKey === '-') - Number(b.laneKey === '-') ||
      compareText(a.sortLabel, b.sortLabel) ||
      compareText(a.item.first, b.item.first) ||
      compareText(a.item.initiative.name, b.item.initiative.name) ||
      compareText(a.item.initiative.id, b.item.initiative.id),
  );
  return rows.map(({ item, laneKey, laneLabel }) => ({ item, laneKey, laneLabel }));
}

function milestonesOf(items: readonly RoadmapIndexItem[]): IndexedMilestone[] {
  const out = items.flatMap((i) => i.milestones.map((m) => ({ initiativeId: i.initiative.id, ...m })));
  return out.sort((a, b) => compareText(a.first, b.first) || compareText(a.milestone.id, b.milestone.id));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows a query shows, in order: one walk over the index, no reads. */
function select(index: Index, q: Omit<RoadmapQuery, 'tokens'>): RoadmapData {
  const { from, to } = q;
  const kinds = q.kinds === null ? null : new Set<string>(q.kinds);
  const statuses = q.statuses === null ? null : new Set<string>(q.statuses);
  const actors = q.actorIds === null ? null : new Set(q.actorIds);
  const shown = new Set<string>();
  const initiatives: RoadmapData['initiatives'] = [];
  for (const { item, laneKey, laneLabel } of index.rows) {
    if (item.first > to || item.last === null || item.last < from) continue;
    if (kinds !== null && (item.kind === null || !kinds.has(item.kind))) continue;
    if (statuses !== null && !statuses.has(item.status)) continue;
    if (actors !== null && !item.actorIds.some((a) => actors.has(a))) continue;
    initiatives.push({ initiative: item.initiative, laneKey, laneLabel });
    shown.add(item.initiative.id);
  }
  const milestones: RoadmapData['milestones'] = [];
  for (const m of index.milestones) {
    if (m.first > to || m.last === null || m.last < from || !shown.has(m.initiativeId)) continue;
    milestones.push({ initiativeId: m.initiativeId, milestone: m.milestone });
  }
  return { initiatives, milestones };
}
