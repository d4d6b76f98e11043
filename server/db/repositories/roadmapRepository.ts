// The veikart view: initiatives and milestones in a period, each in a lane, and the dependencies
// between what is shown. Lane rules are a closed set of Cypher fragments, one per grouping.

import type { ManagedTransaction } from 'neo4j-driver';
import type {
  Initiative,
  InitiativeKind,
  Milestone,
  RoadmapGrouping,
  StatusColour,
} from '../../domain/model/index.js';
import type { Database } from '../database.js';
import { columnsOf, decodeAs, type Props, projectionOf } from '../decode.js';

export interface RoadmapQuery {
  from: string;
  to: string;
  groupBy: RoadmapGrouping;
  actorIds: string[] | null;
  kinds: InitiativeKind[] | null;
  statuses: (StatusColour | 'unknown')[] | null;
  tokens: string[] | null;
}

export interface RoadmapInitiativeRow {
  initiative: Initiative;
  laneKey: string;
  laneLabel: string;
}

export interface RoadmapData {
  initiatives: RoadmapInitiativeRow[];
  /** In date order (first day, then id). */
  milestones: { initiativeId: string; milestone: Milestone }[];
}

/** A dependency between two shown items: their ids and the edge's own facts (no node read twice). */
export interface ShownDependency {
  fromId: string;
  toId: string;
  props: Props;
}

// Each returns laneKey/laneLabel for the initiative i; '-' is the lane of those that have none.
const LANE: Record<RoadmapGrouping, string> = {
  actor: `OPTIONAL MATCH (a:Actor)-[:OWNS]->(i)
          WITH a ORDER BY a.name LIMIT 1
          RETURN coalesce(a.id, '-') AS laneKey, coalesce(a.name, '') AS laneLabel`,
  programme: `OPTIONAL MATCH p = (i)-[:PART_OF*1..6]->(root:Initiative) WHERE NOT (root)-[:PART_OF]->(:Initiative)
              WITH root ORDER BY length(p) DESC LIMIT 1
              RETURN CASE WHEN root IS NOT NULL THEN root.id WHEN i.kind = 'programme' THEN i.id ELSE '-' END AS laneKey,
                     CASE WHEN root IS NOT NULL THEN root.name WHEN i.kind = 'programme' THEN i.name ELSE '' END AS laneLabel`,
  goal: `OPTIONAL MATCH (i)-[:CONTRIBUTES_TO]->(g:Goal)
         WITH g ORDER BY g.title LIMIT 1
         RETURN coalesce(g.id, '-') AS laneKey, coalesce(g.title, '') AS laneLabel`,
  status: `RETURN coalesce(i.status, 'unknown') AS laneKey, coalesce(i.status, 'unknown') AS laneLabel`,
};

/** A dated initiative with what the roadmap filters on, as the roadmap index keeps it (any period). */
export interface RoadmapIndexItem {
  initiative: Initiative;
  /** As stored (the filter compares codes as stored). */
  kind: string | null;
  /** The status code as stored, 'unknown' without one. */
  status: string;
  /** coalesce(startFirst, endFirst) and coalesce(endLast, startLast): ISO days. */
  first: string;
  last: string | null;
  /** Owners and participants. */
  actorIds: string[];
  /** Its dated milestones. */
  milestones: { milestone: Milestone; first: string; last: string | null }[];
}

// The roadmap index is filled from three flat statements (every dated tiltak; owner and participant
// pairs; dated milestones with their tiltak's id) joined here, not from one statement with a subquery
// per tiltak: each is a scan or one expansion whatever plan the planner picks, so planning on stale
// statistics (just after a whole-portfolio import, when the index samples still describe the portfolio
// before it) cannot turn them into a scan per row, and the rows come back as columns, which the driver
// decodes in about half the time of maps. 50k tiltak: ~1.3 s warm, against ~1.6 s for the one statement
// alone on a quiet database and over 12 minutes in the benchmark run that planned it after the import.

const DATED = 'coalesce(i.startFirst, i.endFirst) IS NOT NULL';

/** Every dated initiative with what the roadmap filters on; milestones and actors are joined later. */
export async function readRoadmapInitiatives(
  tx: ManagedTransaction,
): Promise<Omit<RoadmapIndexItem, 'actorIds' | 'milestones'>[]> {
  const result = await tx.run(
    `MATCH (i:Initiative) WHERE ${DATED}
     RETURN ${columnsOf('Initiative', 'i')},
            coalesce(i.startFirst, i.endFirst) AS rowFirst, coalesce(i.endLast, i.startLast) AS rowLast`,
  );
  return result.records.map((r) => {
    const p = r.toObject() as Props;
    return {
      initiative: decodeAs('Initiative', p) as Initiative,
      kind: typeof p.kind === 'string' ? p.kind : null,
      status: typeof p.status === 'string' ? p.status : 'unknown',
      first: p.rowFirst as string,
      last: typeof p.rowLast === 'string' ? p.rowLast : null,
    };
  });
}

/** The owners and participants of dated initiatives: [initiative id, actor id] pairs, each once. */
export async function readRoadmapActorPairs(tx: ManagedTransaction): Promise<[string, string][]> {
  const result = await tx.run(
    `MATCH (a:Actor)-[:OWNS|PARTICIPATES_IN]->(i:Initiative) WHERE ${DATED}
     RETURN DISTINCT i.id AS initiativeId, a.id AS actorId`,
  );
  return result.records.map((r) => [r.get('initiativeId') as string, r.get('actorId') as string]);
}

/** The dated milestones of dated initiatives, each with its initiative's id. */
export async function readRoadmapMilestones(
  tx: ManagedTransaction,
): Promise<{ initiativeId: string; milestone: Milestone; first: string; last: string | null }[]> {
  const result = await tx.run(
    `MATCH (i:Initiative)-[:HAS_MILESTONE]->(m:Milestone) WHERE ${DATED} AND m.dateFirst IS NOT NULL
     RETURN i.id AS rowInitiativeId, ${columnsOf('Milestone', 'm', ['dateFirst', 'dateLast'])}`,
  );
  return result.records.map((r) => {
    const p = r.toObject() as Props;
    return {
      initiativeId: p.rowInitiativeId as string,
      milestone: decodeAs('Milestone', p) as Milestone,
      first: String(p.dateFirst),
      last: typeof p.dateLast === 'string' ? p.dateLast : null,
    };
  });
}

/** The three reads joined by initiative id, in the initiatives' order. */
export function joinRoadmapItems(
  initiatives: readonly Omit<RoadmapIndexItem, 'actorIds' | 'milestones'>[],
  actorPairs: readonly (readonly [string, string])[],
  milestones: readonly { initiativeId: string; milestone: Milestone; first: string; last: string | null }[],
): RoadmapIndexItem[] {
  const actorsOf = new Map<string, string[]>();
  for (const [initiativeId, actorId] of actorPairs) {
    const list = actorsOf.get(initiativeId);
    if (list) list.push(actorId);
    else actorsOf.set(initiativeId, [actorId]);
  }
  const milestonesOf = new Map<string, RoadmapIndexItem['milestones'][number][]>();
  for (const { initiativeId, ...m } of milestones) {
    const list = milestonesOf.get(initiativeId);
    if (list) list.push(m);
    else milestonesOf.set(initiativeId, [m]);
  }
  return initiatives.map((i) => ({
    ...i,
    actorIds: actorsOf.get(i.initiative.id) ?? [],
    milestones: milestonesOf.get(i.initiative.id) ?? [],
  }));
}

/** Every dated initiative with its milestones, owners and participants, in one transaction. */
export async function readRoadmapItems(tx: ManagedTransaction): Promise<RoadmapIndexItem[]> {
  const initiatives = await readRoadmapInitiatives(tx);
  const actors = await readRoadmapActorPairs(tx);
  const milestones = await readRoadmapMilestones(tx);
  return joinRoadmapItems(initiatives, actors, milestones);
}

/** Every dependency between two initiatives or milestones, by id, for the roadmap index (ordered by ids). */
export async function readRoadmapDependencies(tx: ManagedTransaction): Promise<ShownDependency[]> {
  const result = await tx.run(
    `MATCH (a)-[r:DEPENDS_ON]->(b)
     WHERE (a:Initiative OR a:Milestone) AND (b:Initiative OR b:Milestone)
     RETURN a.id AS fromId, b.id AS toId, properties(r) AS props ORDER BY fromId, toId`,
  );
  return result.records.map((r) => ({
    fromId: r.get('fromId') as string,
    toId: r.get('toId') as string,
    props: r.get('props') as Props,
  }));
}

/** Each dated initiative's lane in one grouping (the same rule as readRoadmap's), by initiative id. */
export async function readRoadmapLanes(
  tx: ManagedTransaction,
  groupBy: RoadmapGrouping,
): Promise<Map<string, { laneKey: string; laneLabel: string }>> {
  const result = await tx.run(
    `MATCH (i:Initiative)
     WHERE coalesce(i.startFirst, i.endFirst) IS NOT NULL
     CALL (i) { ${LANE[groupBy]} }
     RETURN i.id AS id, laneKey, laneLabel`,
  );
  return new Map(
    result.records.map((r) => [
      r.get('id') as string,
      { laneKey: r.get('laneKey') as string, laneLabel: r.get('laneLabel') as string },
    ]),
  );
}

// The statement returns only the properties the model decodes (projectionOf), the lane and each
// initiative's milestones in the period, in one row per initiative: no whole nodes (a search text, for
// one, is most of a node's bytes) and no second statement for the milestones.
export async function readRoadmap(db: Database, q: RoadmapQuery): Promise<RoadmapData> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (i:Initiative)
       WHERE coalesce(i.startFirst, i.endFirst) IS NOT NULL
         AND coalesce(i.startFirst, i.endFirst) <= $to
         AND coalesce(i.endLast, i.startLast) >= $from
         AND ($kinds IS NULL OR i.kind IN $kinds)
         AND ($statuses IS NULL OR coalesce(i.status, 'unknown') IN $statuses)
         AND ($tokens IS NULL OR all(t IN $tokens WHERE i.searchText CONTAINS t))
         AND ($actorIds IS NULL OR EXISTS { MATCH (a:Actor)-[:OWNS|PARTICIPATES_IN]->(i) WHERE a.id IN $actorIds })
       CALL (i) { ${LANE[q.groupBy]} }
       RETURN ${projectionOf('Initiative', 'i')} AS item, laneKey, laneLabel,
              COLLECT {
                MATCH (i)-[:HAS_MILESTONE]->(m:Milestone)
                WHERE m.dateFirst IS NOT NULL AND m.dateFirst <= $to AND m.dateLast >= $from
                RETURN ${projectionOf('Milestone', 'm', ['dateFirst'])}
              } AS milestones
       ORDER BY laneKey = '-', toLower(laneLabel), coalesce(i.startFirst, i.endFirst), i.name`,
      {
        from: q.from,
        to: q.to,
        kinds: q.kinds,
        statuses: q.statuses,
        tokens: q.tokens,
        actorIds: q.actorIds,
      },
    ),
  );
  const initiatives: RoadmapInitiativeRow[] = [];
  const milestones: { initiativeId: string; milestone: Milestone; first: string }[] = [];
  for (const r of result.records) {
    const initiative = decodeAs('Initiative', r.get('item') as Props) as Initiative;
    initiatives.push({
      initiative,
      laneKey: r.get('laneKey') as string,
      laneLabel: r.get('laneLabel') as string,
    });
    for (const m of r.get('milestones') as Props[]) {
      milestones.push({
        initiativeId: initiative.id,
        milestone: decodeAs('Milestone', m) as Milestone,
        first: String(m.dateFirst),
      });
    }
  }
  milestones.sort((a, b) =>
    a.first < b.first ? -1 : a.first > b.first ? 1 : a.milestone.id < b.milestone.id ? -1 : 1,
  );
  return {
    initiatives,
    milestones: milestones.map(({ initiativeId, milestone }) => ({ initiativeId, milestone })),
  };
}

/**
 * The dependencies among the shown items, by id: only run when a client asks for them (the timeline
 * without arrows does not), and returning the ids and the edge's properties, not both nodes again.
 */
export async function readDependenciesAmong(
  db: Database,
  shown: readonly string[],
): Promise<ShownDependency[]> {
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (a:Entity)-[r:DEPENDS_ON]->(b:Entity) WHERE a.id IN $shown AND b.id IN $shown
       RETURN a.id AS fromId, b.id AS toId, properties(r) AS props ORDER BY fromId, toId`,
      { shown },
    ),
  );
  return result.records.map((r) => ({
    fromId: r.get('fromId') as string,
    toId: r.get('toId') as string,
    props: r.get('props') as Props,
  }));
}
