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
import { decodeAs, type Props, projectionOf } from '../decode.js';

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

/**
 * Every dated initiative with its milestones, owners and participants, for the roadmap index kept per
 * plan version (services/roadmapIndex.ts): run once per version, in the transaction that reads the stamp.
 */
export async function readRoadmapItems(tx: ManagedTransaction): Promise<RoadmapIndexItem[]> {
  const result = await tx.run(
    `MATCH (i:Initiative)
     WHERE coalesce(i.startFirst, i.endFirst) IS NOT NULL
     RETURN ${projectionOf('Initiative', 'i')} AS item, i.kind AS kind, coalesce(i.status, 'unknown') AS status,
            coalesce(i.startFirst, i.endFirst) AS first, coalesce(i.endLast, i.startLast) AS last,
            COLLECT { MATCH (a:Actor)-[:OWNS|PARTICIPATES_IN]->(i) RETURN DISTINCT a.id } AS actorIds,
            COLLECT {
              MATCH (i)-[:HAS_MILESTONE]->(m:Milestone) WHERE m.dateFirst IS NOT NULL
              RETURN ${projectionOf('Milestone', 'm', ['dateFirst', 'dateLast'])}
            } AS milestones`,
  );
  return result.records.map((r) => ({
    initiative: decodeAs('Initiative', r.get('item') as Props) as Initiative,
    kind: (r.get('kind') as string | null) ?? null,
    status: r.get('status') as string,
    first: r.get('first') as string,
    last: (r.get('last') as string | null) ?? null,
    actorIds: r.get('actorIds') as string[],
    milestones: (r.get('milestones') as Props[]).map((m) => ({
      milestone: decodeAs('Milestone', m) as Milestone,
      first: String(m.dateFirst),
      last: typeof m.dateLast === 'string' ? m.dateLast : null,
    })),
  }));
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
