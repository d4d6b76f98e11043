// Reads the schedulable plan out of the graph for the engine: initiatives (start/end, with the
// deadline of the veikart goal they serve), milestones (a date, and the tiltak they belong to through
// HAS_MILESTONE, so they move with it), conditions (a date when known), every DEPENDS_ON edge, and
// every risk with what it affects.
import type { DependencyType, PlanInput } from '../../domain/schedule/index.js';
import { type PlanStamp, readPlanStamp, samePlanStamp } from '../changeLog.js';
import type { Database } from '../database.js';

export interface PortfolioPlan extends PlanInput {
  /** Initiatives whose dates were derived from their milestones (the papers give none of their own). */
  readonly derivedDates: ReadonlySet<string>;
  /** Where each plan item belongs: its veikart goals, its programme, its owners (for summaries and reports). */
  readonly context?: ReadonlyMap<string, ItemContext>;
  /** The veikart goals the items serve. */
  readonly goals?: ReadonlyMap<string, PlanGoal>;
  /** The plan version this read saw (in its own transaction); null when the graph has none to key by. */
  readonly stamp?: PlanStamp | null;
}

export interface ItemContext {
  readonly goalIds: readonly string[];
  /** The top programme it is part of (PART_OF), or itself when it is a programme; null if none. */
  readonly programmeId: string | null;
  readonly ownerIds: readonly string[];
}

export interface PlanGoal {
  readonly id: string;
  readonly name: string;
  /** The veikart year the goal is for: its tiltak should be done within it. */
  readonly veikartYear: number | null;
}

export async function readPlan(db: Database): Promise<PortfolioPlan> {
  return db.read(async (tx) => {
    const stamp = await readPlanStamp(tx);
    const items = await tx.run(
      `MATCH (n:Entity) WHERE n:Initiative OR n:Milestone OR n:Condition
       OPTIONAL MATCH (parent:Initiative)-[:HAS_MILESTONE]->(n:Milestone)
       WITH n, min(parent.id) AS parentId
       OPTIONAL MATCH (n)-[:CONTRIBUTES_TO]->(g:Goal) WHERE g.deadline IS NOT NULL
       WITH n, parentId, g ORDER BY g.deadlineLast
       WITH n, parentId, head(collect(g)) AS goal
       // An initiative the papers give no dates for spans its dated milestones (marked as derived).
       OPTIONAL MATCH (n:Initiative)-[:HAS_MILESTONE]->(m:Milestone) WHERE n.start IS NULL AND n.end IS NULL AND m.date IS NOT NULL
       WITH n, parentId, goal, m ORDER BY m.dateFirst
       WITH n, parentId, goal, collect(m) AS byFirst
       RETURN n.id AS id, coalesce(n.name, n.id) AS name,
              CASE WHEN n:Milestone THEN 'milestone' WHEN n:Condition THEN 'condition' ELSE 'initiative' END AS kind,
              coalesce(n.start, head(byFirst).date) AS start,
              coalesce(n.end, reduce(last = null, x IN byFirst | CASE WHEN last IS NULL OR x.dateLast > last.dateLast THEN x ELSE last END).date) AS end,
              n.date AS date, size(byFirst) > 0 AS derived,
              goal.deadline AS deadline, goal.id AS deadlineSource, parentId`,
    );
    const deps = await tx.run(
      `MATCH (a:Entity)-[r:DEPENDS_ON]->(b:Entity)
       RETURN a.id AS from, b.id AS to, coalesce(r.type, 'FS') AS type, coalesce(r.lagDays, 0) AS lagDays`,
    );
    const risks = await tx.run(
      `MATCH (r:Risk)
       OPTIONAL MATCH (r)-[a:AFFECTS]->(t:Entity) WHERE t:Initiative OR t:Milestone OR t:Condition
       RETURN r.id AS id, r.name AS name, collect({itemId: t.id, expectedDelayDays: a.expectedDelayDays}) AS affects`,
    );
    const context = await tx.run(
      `MATCH (n:Entity) WHERE n:Initiative OR n:Milestone OR n:Condition
       OPTIONAL MATCH (parent:Initiative)-[:HAS_MILESTONE]->(n)
       WITH n, coalesce(parent, n) AS owner
       OPTIONAL MATCH (owner)-[:CONTRIBUTES_TO]->(g:Goal)
       WITH n, owner, collect(DISTINCT g.id) AS goalIds
       OPTIONAL MATCH (owner)-[:PART_OF*1..6]->(root:Initiative) WHERE NOT (root)-[:PART_OF]->(:Initiative)
       WITH n, owner, goalIds, min(root.id) AS rootId
       OPTIONAL MATCH (a:Actor)-[:OWNS]->(owner)
       RETURN n.id AS id, goalIds,
              coalesce(rootId, CASE WHEN owner.kind = 'programme' THEN owner.id END) AS programmeId,
              collect(DISTINCT a.id) AS ownerIds`,
    );
    const goals = await tx.run(
      `MATCH (g:Goal) RETURN g.id AS id, coalesce(g.title, g.name, g.id) AS name, g.veikartYear AS veikartYear`,
    );
    const opt = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
    // Neo4j reads at read-committed: a write that committed while these statements ran (an import's
    // switch, above all) may show in part. The version read again tells: if it moved, the plan is not
    // kept under either version (null), and the next request reads it afresh.
    const settled = samePlanStamp(stamp, await readPlanStamp(tx));
    return {
      stamp: settled ? stamp : null,
      context: new Map(
        context.records.map((r) => [
          r.get('id') as string,
          {
            goalIds: (r.get('goalIds') as string[]).sort(),
            programmeId: (r.get('programmeId') as string | null) ?? null,
            ownerIds: (r.get('ownerIds') as string[]).sort(),
          },
        ]),
      ),
      goals: new Map(
        goals.records.map((r) => {
          const year = r.get('veikartYear') as unknown;
          return [
            r.get('id') as string,
            {
              id: r.get('id') as string,
              name: r.get('name') as string,
              veikartYear: year === null || year === undefined ? null : Number(year),
            },
          ];
        }),
      ),
      derivedDates: new Set(
        items.records.filter((r) => r.get('derived') === true).map((r) => r.get('id') as string),
      ),
      items: items.records.map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
        kind: r.get('kind') as string,
        start: opt(r.get('start')),
        end: opt(r.get('end')),
        date: opt(r.get('date')),
        deadline: opt(r.get('deadline')),
        deadlineSource: opt(r.get('deadlineSource')),
        parentId: opt(r.get('parentId')),
      })),
      dependencies: deps.records.map((r) => ({
        from: r.get('from') as string,
        to: r.get('to') as string,
        type: r.get('type') as DependencyType,
        lagDays: Number(r.get('lagDays')),
      })),
      risks: risks.records.map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
        affects: (r.get('affects') as { itemId: string | null; expectedDelayDays: number | null }[])
          .filter((a): a is { itemId: string; expectedDelayDays: number | null } => a.itemId !== null)
          .map((a) => ({
            itemId: a.itemId,
            expectedDelayDays: typeof a.expectedDelayDays === 'number' ? a.expectedDelayDays : null,
          })),
      })),
    };
  });
}
