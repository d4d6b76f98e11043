// The NUIT year view: the tiltak for a year, per veikart goal, each assessed ("Kan tiltaket
// gjennomføres som planlagt?") with its evidence. Shared by the GraphQL API and the saksunderlag
// exports; the Cypher is in yearAgendaRepository and planRepository, the rules in domain/agenda.
import type { Database } from '../db/database.js';
import { readPlan } from '../db/repositories/planRepository.js';
import { readAgendaYears, readYearAgenda } from '../db/repositories/yearAgendaRepository.js';
import {
  assessDependency,
  assessTiltak,
  type DependencyFacts,
  type DependencyState,
  type Reason,
  type Verdict,
} from '../domain/agenda/assessTiltak.js';
import {
  type Dependency,
  type Entity,
  type Goal,
  type Initiative,
  lastIsoDayOf,
  type RiskEffect,
  VERDICT,
} from '../domain/model/index.js';
import { analyseImpact, compilePlan } from '../domain/schedule/index.js';
import { invalid } from '../errors.js';

export interface AgendaDependency {
  dependency: Dependency;
  state: DependencyState;
  reason: Reason;
}

export interface AgendaTiltak {
  tiltak: Initiative;
  activity: string | null;
  verdict: Verdict;
  reasons: Reason[];
  projectedSlipDays: number;
  dependencies: AgendaDependency[];
  risks: RiskEffect[];
  agendaItemIds: string[];
}

export interface AgendaGoal {
  goal: Goal | null;
  tiltak: AgendaTiltak[];
}

export interface VerdictCount {
  verdict: Verdict;
  count: number;
}

export interface YearAgenda {
  year: number;
  goals: AgendaGoal[];
  /** How many tiltak got each verdict, in the vocabulary's order. */
  summary: VerdictCount[];
}

/** Years that have tiltak, newest first. */
export function agendaYears(db: Database): Promise<number[]> {
  return readAgendaYears(db);
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
    const dependencies = row.dependencies.map((d) => ({
      dependency: d.dependency,
      ...assessDependency(dependencyFacts(d.dependency.to, d.targetRisks), yearStart),
    }));
    const projectedSlipDays = projected.get(row.tiltak.id) ?? 0;
    const { verdict, reasons } = assessTiltak({
      status: row.tiltak.status,
      dependencies,
      risks: row.risks.map((r) => ({ name: r.risk.name, expectedDelayDays: r.expectedDelayDays })),
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
      risks: row.risks,
      agendaItemIds: row.agendaItemIds,
    });
    goals.set(key, group);
  }
  const all = [...goals.values()].flatMap((g) => g.tiltak);
  const summary = VERDICT.codes.map((verdict) => ({
    verdict,
    count: all.filter((x) => x.verdict === verdict).length,
  }));
  return { year, goals: [...goals.values()], summary };
}

/** What the agenda rules need to know of the thing a tiltak depends on. */
function dependencyFacts(target: Entity, risks: DependencyFacts['risks']): DependencyFacts {
  const base = { targetName: target.name, risks };
  switch (target.label) {
    case 'Condition':
      return {
        ...base,
        targetKind: 'condition',
        conditionState: target.state,
        conditionNote: target.stateNote,
      };
    case 'Milestone':
      return {
        ...base,
        targetKind: 'milestone',
        status: target.status,
        endsOn: target.date ? lastIsoDayOf(target.date) : null,
      };
    case 'Initiative':
      return {
        ...base,
        targetKind: 'initiative',
        status: target.status,
        endsOn: target.end ? lastIsoDayOf(target.end) : null,
      };
    default:
      return { ...base, targetKind: 'initiative', status: null, endsOn: null };
  }
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
