// The veikart view: initiatives and milestones in a period, each in a lane, and the dependencies
// between what is shown. Lane rules are a closed set of Cypher fragments, one per grouping.

import type {
  Dependency,
  Initiative,
  InitiativeKind,
  Milestone,
  RoadmapGrouping,
  StatusColour,
} from '../../domain/model/index.js';
import type { Database } from '../database.js';
import { decodeDependency } from '../decode.js';
import { toEntity, toEntityOf } from './entityRepository.js';

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
  milestones: { initiativeId: string; milestone: Milestone }[];
  dependencies: Dependency[];
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

export async function readRoadmap(db: Database, q: RoadmapQuery): Promise<RoadmapData> {
  return db.read(async (tx) => {
    const initiatives = await tx.run(
      `MATCH (i:Initiative)
       WHERE coalesce(i.startFirst, i.endFirst) IS NOT NULL
         AND coalesce(i.startFirst, i.endFirst) <= $to
         AND coalesce(i.endLast, i.startLast) >= $from
         AND ($kinds IS NULL OR i.kind IN $kinds)
         AND ($statuses IS NULL OR coalesce(i.status, 'unknown') IN $statuses)
         AND ($tokens IS NULL OR all(t IN $tokens WHERE i.searchText CONTAINS t))
         AND ($actorIds IS NULL OR EXISTS { MATCH (a:Actor)-[:OWNS|PARTICIPATES_IN]->(i) WHERE a.id IN $actorIds })
       CALL (i) { ${LANE[q.groupBy]} }
       RETURN i, laneKey, laneLabel
       ORDER BY laneKey = '-', toLower(laneLabel), coalesce(i.startFirst, i.endFirst), i.name`,
      {
        from: q.from,
        to: q.to,
        kinds: q.kinds,
        statuses: q.statuses,
        tokens: q.tokens,
        actorIds: q.actorIds,
      },
    );
    const rows = initiatives.records.map((r) => ({
      initiative: toEntityOf('Initiative', r.get('i')),
      laneKey: r.get('laneKey') as string,
      laneLabel: r.get('laneLabel') as string,
    }));
    const ids = rows.map((r) => r.initiative.id);
    const milestones = await tx.run(
      `MATCH (i:Initiative)-[:HAS_MILESTONE]->(m:Milestone)
       WHERE i.id IN $ids AND m.dateFirst IS NOT NULL AND m.dateFirst <= $to AND m.dateLast >= $from
       RETURN i.id AS initiativeId, m ORDER BY m.dateFirst, m.id`,
      { ids, from: q.from, to: q.to },
    );
    const milestoneRows = milestones.records.map((r) => ({
      initiativeId: r.get('initiativeId') as string,
      milestone: toEntityOf('Milestone', r.get('m')),
    }));
    const shown = [...ids, ...milestoneRows.map((m) => m.milestone.id)];
    const deps = await tx.run(
      `MATCH (a:Entity)-[r:DEPENDS_ON]->(b:Entity) WHERE a.id IN $shown AND b.id IN $shown
       RETURN a, properties(r) AS props, b ORDER BY a.id, b.id`,
      { shown },
    );
    return {
      initiatives: rows,
      milestones: milestoneRows,
      dependencies: deps.records.map((r) =>
        decodeDependency(toEntity(r.get('a')), toEntity(r.get('b')), r.get('props')),
      ),
    };
  });
}
