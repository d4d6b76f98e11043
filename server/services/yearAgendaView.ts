// The NUIT year view: the tiltak for a year, per veikart goal, each assessed ("Kan tiltaket
// gjennomføres som planlagt?") with its evidence. Shared by the GraphQL API and the saksunderlag
// exports; the Cypher is in yearAgendaRepository and planRepository, the rules in domain/agenda.
import type { Database } from '../db/database.js';
import type { EntityRow } from '../db/repositories/entityRepository.js';
import { readPlan } from '../db/repositories/planRepository.js';
import { readYearAgenda } from '../db/repositories/yearAgendaRepository.js';
import {
  assessDependency,
  assessTiltak,
  type DependencyState,
  type Reason,
  type Verdict,
} from '../domain/agenda/assessTiltak.js';
import { analyseImpact, compilePlan } from '../domain/schedule/index.js';
import { invalid } from '../errors.js';

export interface AgendaEdge {
  from: EntityRow;
  to: EntityRow;
  props: Record<string, unknown>;
}

export interface AgendaDependency {
  edge: AgendaEdge;
  state: DependencyState;
  reason: Reason;
}

export interface AgendaTiltak {
  tiltak: EntityRow;
  activity: string | null;
  verdict: Verdict;
  reasons: Reason[];
  projectedSlipDays: number;
  dependencies: AgendaDependency[];
  risks: AgendaEdge[];
  agendaItemIds: string[];
}

export interface AgendaGoal {
  goal: EntityRow | null;
  tiltak: AgendaTiltak[];
}

export interface YearAgenda {
  year: number;
  goals: AgendaGoal[];
}

export function checkAgendaYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw invalid([{ field: 'year', message: 'must be between 2000 and 2100' }]);
}

export async function buildYearAgenda(db: Database, year: number): Promise<YearAgenda> {
  checkAgendaYear(year);
  const rows = await readYearAgenda(db, year);
  const projected = await projectedSlips(db);
  const yearStart = `${year}-01-01`;
  const goals = new Map<string, AgendaGoal>();
  for (const row of rows) {
    const dependencies = row.dependencies.map((d) => {
      const target = d.edge.to;
      const kind = target.labels.includes('Condition')
        ? 'condition'
        : target.labels.includes('Milestone')
          ? 'milestone'
          : 'initiative';
      const assessment = assessDependency(
        {
          targetName: String(target.props.name ?? target.id),
          targetKind: kind,
          conditionState: target.props.state as never,
          conditionNote: (target.props.stateNote as string | undefined) ?? null,
          status: (target.props.status as string | undefined) ?? null,
          endsOn:
            (target.props.endLast as string | undefined) ??
            (target.props.dateLast as string | undefined) ??
            null,
          risks: d.targetRisks,
        },
        yearStart,
      );
      return { edge: d.edge, ...assessment };
    });
    const risks = row.risks.map((r) => ({
      name: String(r.risk.props.name ?? r.risk.id),
      expectedDelayDays: typeof r.props.expectedDelayDays === 'number' ? r.props.expectedDelayDays : null,
    }));
    const projectedSlipDays = projected.get(row.tiltak.id) ?? 0;
    const { verdict, reasons } = assessTiltak({
      status: (row.tiltak.props.status as string | undefined) ?? null,
      dependencies,
      risks,
      projectedSlipDays,
    });
    const key = row.goal?.id ?? '-';
    const group = goals.get(key) ?? { goal: row.goal, tiltak: [] };
    group.tiltak.push({
      tiltak: row.tiltak,
      activity: row.activity,
      verdict,
      reasons,
      projectedSlipDays,
      dependencies,
      risks: row.risks.map((r) => ({ from: r.risk, to: row.tiltak, props: r.props })),
      agendaItemIds: row.agendaItemIds,
    });
    goals.set(key, group);
  }
  return { year, goals: [...goals.values()] };
}

/** Slip per item if every known risk happens: the engine's answer, used as evidence. */
async function projectedSlips(db: Database): Promise<Map<string, number>> {
  const plan = await readPlan(db);
  const riskIds = (plan.risks ?? []).filter((r) => r.affects.length > 0).map((r) => r.id);
  if (riskIds.length === 0) return new Map();
  const result = analyseImpact(
    compilePlan(plan),
    riskIds.map((riskId) => ({ kind: 'risk' as const, riskId })),
    { drivingChains: 'last' },
  );
  return new Map(result.affected.map((a) => [a.id, a.slipDays]));
}
