// What NUIT needs to discuss next year's tiltak: the tiltak planned for a year (a year activity, or
// a veikart goal for that year), their goal, what they depend on (with the risks hitting that), the
// risks hitting them, and the saker about them or their goal.

import type { Dependency, Goal, Initiative, RiskEffect } from '../../domain/model/index.js';
import type { Database } from '../database.js';
import { decodeDependency, decodeRiskEffect, type Props, type RawNode } from '../decode.js';
import { toEntity, toEntityOf } from './entityRepository.js';

export interface AgendaDependencyRow {
  dependency: Dependency;
  /** The risks that hit what the tiltak depends on. */
  targetRisks: { id: string; name: string; expectedDelayDays: number | null }[];
}

export interface AgendaTiltakRow {
  tiltak: Initiative;
  goal: Goal | null;
  activity: string | null;
  dependencies: AgendaDependencyRow[];
  risks: RiskEffect[];
  agendaItemIds: string[];
}

export async function readYearAgenda(db: Database, year: number): Promise<AgendaTiltakRow[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (t:Initiative {kind: 'tiltak'})
       WHERE EXISTS { MATCH (t)-[:HAS_ACTIVITY]->(:YearActivity {year: $year}) }
          OR EXISTS { MATCH (t)-[:CONTRIBUTES_TO]->(:Goal {veikartYear: $year}) }
       OPTIONAL MATCH (t)-[:CONTRIBUTES_TO]->(g:Goal)
       OPTIONAL MATCH (t)-[:HAS_ACTIVITY]->(a:YearActivity {year: $year})
       CALL (t) {
         OPTIONAL MATCH (t)-[r:DEPENDS_ON]->(x:Entity)
         WITH r, x WHERE x IS NOT NULL
         RETURN collect({
           props: properties(r), target: x,
           risks: [(x)<-[ar:AFFECTS]-(rk:Risk) | {id: rk.id, name: rk.name, expectedDelayDays: ar.expectedDelayDays}]
         }) AS deps
       }
       CALL (t) {
         OPTIONAL MATCH (t)<-[ar:AFFECTS]-(rk:Risk)
         WITH ar, rk WHERE rk IS NOT NULL
         RETURN collect({risk: rk, props: properties(ar)}) AS risks
       }
       CALL (t, g) {
         OPTIONAL MATCH (t)-[:DISCUSSED_IN]->(s1:AgendaItem)
         OPTIONAL MATCH (g)-[:PRESENTED_IN]->(s2:AgendaItem)
         RETURN [x IN collect(DISTINCT s1) + collect(DISTINCT s2) WHERE x IS NOT NULL | x.id] AS saker
       }
       RETURN t, g, a.text AS activity, deps, risks, saker
       ORDER BY coalesce(g.title, '~'), t.name`,
      { year },
    );
    return result.records.map((r) => {
      const tiltak = toEntityOf('Initiative', r.get('t'));
      const goal = r.get('g') as RawNode | null;
      const deps = r.get('deps') as {
        props: Props;
        target: RawNode;
        risks: AgendaDependencyRow['targetRisks'];
      }[];
      const risks = r.get('risks') as { risk: RawNode; props: Props }[];
      return {
        tiltak,
        goal: goal ? toEntityOf('Goal', goal) : null,
        activity: (r.get('activity') as string | null) ?? null,
        dependencies: deps.map((d) => ({
          dependency: decodeDependency(tiltak, toEntity(d.target), d.props),
          targetRisks: d.risks.map((x) => ({
            id: x.id,
            name: x.name,
            expectedDelayDays: typeof x.expectedDelayDays === 'number' ? x.expectedDelayDays : null,
          })),
        })),
        risks: risks.map((x) => decodeRiskEffect(toEntity(x.risk), tiltak, x.props)),
        agendaItemIds: [...new Set(r.get('saker') as string[])],
      };
    });
  });
}

/** Years that have tiltak, newest first, for the year picker. */
export async function readAgendaYears(db: Database): Promise<number[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (t:Initiative {kind: 'tiltak'})
       OPTIONAL MATCH (t)-[:HAS_ACTIVITY]->(a:YearActivity)
       OPTIONAL MATCH (t)-[:CONTRIBUTES_TO]->(g:Goal)
       WITH [y IN collect(a.year) + collect(g.veikartYear) WHERE y IS NOT NULL] AS ys
       UNWIND ys AS y RETURN DISTINCT y ORDER BY y DESC`,
    );
    return result.records.map((r) => Number(r.get('y')));
  });
}
