// The NUIT year view: the tiltak for a year, per veikart goal, each assessed ("Kan tiltaket
// gjennomføres som planlagt?") with its evidence. Shared by the GraphQL API and the saksunderlag
// exports; the Cypher is in yearAgendaRepository and planRepository, the rules in domain/agenda.
import type { Database } from '../db/database.js';
import { readCausingChanges } from '../db/repositories/dateChangeRepository.js';
import type { PortfolioPlan } from '../db/repositories/planRepository.js';
import {
  type AgendaTiltakRow,
  readAgendaYears,
  readYearAgenda,
} from '../db/repositories/yearAgendaRepository.js';
import {
  assessDependency,
  assessTiltak,
  brokenDependency,
  type DependencyFacts,
  type DependencyState,
  newestChange,
  type Reason,
  type ReasonChange,
  type Verdict,
} from '../domain/agenda/assessTiltak.js';
import {
  formatPrecisionDate,
  type PrecisionDate,
  parsePrecisionDate,
  toDayNumber,
  toIsoDay,
} from '../domain/dates/index.js';
import {
  type DateMoves,
  type DateStatement,
  type Dependency,
  dateMovesOf,
  type Entity,
  type Goal,
  type Initiative,
  lastIsoDayOf,
  REPEATED_MOVES,
  type RiskEffect,
  slipText,
  VERDICT,
} from '../domain/model/index.js';
import {
  analyseImpact,
  type CompiledPlan,
  type DependencyCheck,
  dependencyChecks,
  type ItemInput,
} from '../domain/schedule/index.js';
import { invalid } from '../errors.js';
import { type CurrentPlan, currentPlan } from './currentPlan.js';
import { statementsOf } from './dateHistory.js';
import { engineTurn } from './engineTurns.js';

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
  /** How its dates moved over the papers (and planners' edits); null when none gave it a date. */
  dateMoves: DateMoves | null;
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

/**
 * The year view from the plan as it is now (edits included): a tiltak whose own dates no longer fit the year,
 * or whose dependencies' current dates break a link, is not as planned, whatever its conditions. `plan`
 * replaces the stored plan (an edit preview runs the same rules on the plan with the edit applied).
 */
export async function buildYearAgenda(
  db: Database,
  year: number,
  options: { plan?: CurrentPlan } = {},
): Promise<YearAgenda> {
  checkAgendaYear(year);
  const rows = await readYearAgenda(db, year);
  const ids = [
    ...new Set(rows.flatMap((r) => [r.tiltak.id, ...r.dependencies.map((d) => d.dependency.to.id)])),
  ];
  const changes = await readCausingChanges(db, ids);
  const tiltakIds = rows.map((r) => r.tiltak.id);
  const statements = new Map((await statementsOf(db, tiltakIds)).map((s, i) => [tiltakIds[i] as string, s]));
  const plan = options.plan ?? (await currentPlan(db));
  return engineTurn(() => assembleYearAgenda(year, rows, plan, changes, statements));
}

/**
 * `changes`: per item the planner change that last moved its dates, per `from->to` the one that made or
 * changed the dependency (readCausingChanges); a date or broken-link reason names the newest that applies.
 * `statements`: per tiltak its dated statements (dateHistory), for how often its dates have moved.
 */
export function assembleYearAgenda(
  year: number,
  rows: AgendaTiltakRow[],
  current: CurrentPlan,
  changes: ReadonlyMap<string, ReasonChange> = new Map(),
  statements: ReadonlyMap<string, readonly DateStatement[]> = new Map(),
): YearAgenda {
  // Whole-plan answers that do not depend on the year: computed once per plan version.
  const projected = current.derived('projectedSlips', (c) => projectedSlips(c.plan, c.compiled()));
  const planItems = current.derived('planItems', (c) => new Map(c.plan.items.map((i) => [i.id, i])));
  const checks = current.derived(
    'dependencyChecks',
    (c) => new Map(dependencyChecks(c.compiled()).map((ch) => [`${ch.fromId}->${ch.toId}`, ch])),
  );
  const yearStart = `${year}-01-01`;
  const goals = new Map<string, AgendaGoal>();
  for (const row of rows) {
    const dependencies = row.dependencies.map((d) => {
      const target = planItems.get(d.dependency.to.id);
      const facts = dependencyFacts(d.dependency.to, d.targetRisks, target);
      const base = assessDependency(
        { ...facts, targetId: d.dependency.to.id, sourceIds: d.dependency.sourceIds },
        yearStart,
      );
      const check = checks.get(`${row.tiltak.id}->${d.dependency.to.id}`);
      const broken =
        check !== undefined && check.slackDays < 0
          ? brokenDependency(base, brokenFacts(check), d.dependency.to.name)
          : null;
      const change = newestChange(
        changes.get(row.tiltak.id),
        changes.get(d.dependency.to.id),
        changes.get(`${row.tiltak.id}->${d.dependency.to.id}`),
      );
      const assessed =
        broken && change ? { ...broken, reason: { ...broken.reason, change } } : (broken ?? base);
      return { dependency: d.dependency, ...assessed };
    });
    const projectedSlipDays = projected.get(row.tiltak.id) ?? 0;
    const own = planItems.get(row.tiltak.id);
    const dateMoves = dateMovesOf(statements.get(row.tiltak.id) ?? []);
    const signal = movedRepeatedly(dateMoves);
    const { verdict, reasons } = assessTiltak({
      dateProblems: dateProblems(row, own, year).map((r) => {
        const change = changes.get(row.tiltak.id);
        return change ? { ...r, change } : r;
      }),
      status: row.tiltak.status,
      dependencies,
      risks: [
        ...row.risks.map((r) => ({
          id: r.risk.id,
          name: r.risk.name,
          expectedDelayDays: r.expectedDelayDays,
          sourceIds: r.sourceIds,
        })),
        ...(signal ? [signal] : []),
      ],
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
      dateMoves,
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

/**
 * Dates that the papers (or planners) moved repeatedly count as a risk, named with its evidence:
 * "datoene flyttet 3 ganger siden 2021 (+2 kv.)". Its length is not stated, so none is assumed.
 */
function movedRepeatedly(m: DateMoves | null) {
  if (!m || m.moves < REPEATED_MOVES) return null;
  const since = m.sinceYear === null ? '' : ` siden ${m.sinceYear}`;
  const slip = slipText(m.sinceFirst);
  return {
    name: `datoene flyttet ${m.moves} ganger${since}${slip ? ` (${slip})` : ''}`,
    expectedDelayDays: null,
    sourceIds: m.evidence.flatMap((e) => e.statement.sourceIds),
  };
}

const parse = (text: string | undefined): PrecisionDate | null => {
  if (text === undefined) return null;
  try {
    return parsePrecisionDate(text);
  } catch {
    return null;
  }
};

/**
 * The tiltak's own dates against the year, from the plan as it is now: it starts after the year. (A
 * tiltak that goes on after the year is not a slip: the veikart rows state multi-year periods, such
 * as "2024 – 2029", and the year asks what happens in it.) The reason names the dates and the tiltak.
 */
function dateProblems(row: AgendaTiltakRow, own: ItemInput | undefined, year: number): Reason[] {
  const start = parse(own?.start);
  const yearEnd = toDayNumber(`${year}-12-31`);
  const name = row.tiltak.name;
  const ids = { kind: 'dates' as const, itemIds: [row.tiltak.id], sourceIds: [] };
  if (start !== null && start.first > yearEnd) {
    const nb = formatPrecisionDate(start, 'nb');
    const en = formatPrecisionDate(start, 'en');
    return [
      {
        nb: `Datoene passer ikke lenger året: ${name} starter ${nb}, etter ${year}`,
        en: `Its dates no longer fit the year: ${name} starts ${en}, after ${year}`,
        ...ids,
      },
    ];
  }
  return [];
}

function brokenFacts(check: DependencyCheck) {
  const needs = check.type === 'FS' || check.type === 'SS';
  const when = formatPrecisionDate(check.dependentPoint.date, 'nb');
  const whenEn = formatPrecisionDate(check.dependentPoint.date, 'en');
  return {
    byDays: -check.slackDays,
    targetEnds: {
      nb: formatPrecisionDate(check.predecessorPoint.date, 'nb'),
      en: formatPrecisionDate(check.predecessorPoint.date, 'en'),
    },
    tiltakNeeds: needs
      ? { nb: `tiltaket skal starte (${when})`, en: `the tiltak is to start (${whenEn})` }
      : { nb: `tiltaket skal være ferdig (${when})`, en: `the tiltak is to be done (${whenEn})` },
  };
}

/** What the agenda rules need to know of the thing a tiltak depends on. */
function dependencyFacts(
  target: Entity,
  risks: DependencyFacts['risks'],
  current: ItemInput | undefined,
): DependencyFacts {
  const base = { targetName: target.name, risks };
  // The plan as it is now (an edit, or a preview) decides when it ends; the stored entity otherwise.
  const currentEnd = parse(current?.end ?? current?.date);
  const endsOn = (stored: string | null) => (currentEnd !== null ? toIsoDay(currentEnd.last) : stored);
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
        endsOn: endsOn(target.date ? lastIsoDayOf(target.date) : null),
      };
    case 'Initiative':
      return {
        ...base,
        targetKind: 'initiative',
        status: target.status,
        endsOn: endsOn(target.end ? lastIsoDayOf(target.end) : null),
      };
    default:
      return { ...base, targetKind: 'initiative', status: null, endsOn: null };
  }
}

/** Slip per item if every known risk happens: the engine's answer, used as evidence. */
function projectedSlips(plan: PortfolioPlan, compiled: CompiledPlan): Map<string, number> {
  const riskIds = (plan.risks ?? []).filter((r) => r.affects.length > 0).map((r) => r.id);
  if (riskIds.length === 0) return new Map();
  const result = analyseImpact(
    compiled,
    riskIds.map((riskId) => ({ kind: 'risk' as const, riskId })),
    { drivingChains: 'last' },
  );
  return new Map(result.affected.map((a) => [a.id, a.slipDays]));
}
