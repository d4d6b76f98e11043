// yearAgenda(year): the NUIT view of next year's tiltak, answering "Kan tiltakene gjennomføres som
// planlagt?" per goal and tiltak, with the evidence: dependencies and their state, risks, saker.

import type { EntityRow } from '../../db/repositories/entityRepository.js';
import { readPlan } from '../../db/repositories/planRepository.js';
import { readAgendaYears, readYearAgenda } from '../../db/repositories/yearAgendaRepository.js';
import {
  assessDependency,
  assessTiltak,
  type DependencyState,
  type Reason,
  type Verdict,
} from '../../domain/agenda/assessTiltak.js';
import { analyseImpact, compilePlan } from '../../domain/schedule/index.js';
import { invalid } from '../../errors.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { DependencyRef, type EdgeShape, RiskEffectRef } from './dependency.js';
import { AgendaItemRef, GoalRef, InitiativeRef } from './entities.js';
import { loadByLabel } from './entityLoaders.js';

const VerdictEnum = builder.enumType('TiltakVerdict', {
  values: {
    AS_PLANNED: { value: 'as-planned' },
    AT_RISK: { value: 'at-risk' },
    NOT_AS_PLANNED: { value: 'not-as-planned' },
  } as const,
});

const DependencyStateEnum = builder.enumType('DependencyState', {
  values: {
    MET: { value: 'met' },
    ON_TRACK: { value: 'on-track' },
    AT_RISK: { value: 'at-risk' },
    DELAYED: { value: 'delayed' },
    NOT_MET: { value: 'not-met' },
    UNKNOWN: { value: 'unknown' },
  } as const,
});

const ReasonRef = builder.objectRef<Reason>('Reason').implement({
  fields: (t) => ({
    nb: t.exposeString('nb'),
    en: t.exposeString('en'),
    text: t.string({ description: "In the request's language.", resolve: (r, _a, ctx) => r[ctx.locale] }),
  }),
});

interface AgendaDependency {
  edge: EdgeShape;
  state: DependencyState;
  reason: Reason;
}

interface AgendaTiltak {
  tiltak: EntityRow;
  activity: string | null;
  verdict: Verdict;
  reasons: Reason[];
  projectedSlipDays: number;
  dependencies: AgendaDependency[];
  risks: EdgeShape[];
  agendaItemIds: string[];
}

interface AgendaGoal {
  goal: EntityRow | null;
  tiltak: AgendaTiltak[];
}

interface YearAgenda {
  year: number;
  goals: AgendaGoal[];
}

const AgendaDependencyRef = builder.objectRef<AgendaDependency>('AgendaDependency').implement({
  fields: (t) => ({
    dependency: t.field({ type: DependencyRef, resolve: (d) => d.edge }),
    state: t.field({ type: DependencyStateEnum, resolve: (d) => d.state }),
    reason: t.field({ type: ReasonRef, resolve: (d) => d.reason }),
  }),
});

const AgendaTiltakRef = builder.objectRef<AgendaTiltak>('AgendaTiltak').implement({
  description: 'One tiltak for the year and whether it can be carried out as planned, with the evidence.',
  fields: (t) => ({
    tiltak: t.field({ type: InitiativeRef, resolve: (a) => a.tiltak }),
    activity: t.string({ nullable: true, description: 'Hva skal skje i året.', resolve: (a) => a.activity }),
    verdict: t.field({ type: VerdictEnum, resolve: (a) => a.verdict }),
    reasons: t.field({ type: [ReasonRef], resolve: (a) => a.reasons }),
    projectedSlipDays: t.field({
      type: 'Days',
      description:
        'How far its end moves if every known risk happens (unknown lengths assumed), per the impact engine.',
      resolve: (a) => a.projectedSlipDays,
    }),
    dependencies: t.field({ type: [AgendaDependencyRef], resolve: (a) => a.dependencies }),
    risks: t.field({ type: [RiskEffectRef], resolve: (a) => a.risks }),
    saker: t.loadableList({
      type: AgendaItemRef,
      description: 'Saker about the tiltak or its goal, with their vedtak.',
      load: async (keys: string[], ctx: GraphQLContext) => {
        const ids = [...new Set(keys.flatMap((k) => k.split('|').filter(Boolean)))];
        const rows = await loadByLabel('AgendaItem')(ids, ctx);
        const byId = new Map(ids.map((id, i) => [id, rows[i]]));
        return keys.map((k) =>
          k
            .split('|')
            .filter(Boolean)
            .map((id) => byId.get(id))
            .filter((x): x is EntityRow => !!x && !(x instanceof Error)),
        );
      },
      resolve: (a) => a.agendaItemIds.join('|'),
    }),
  }),
});

const AgendaGoalRef = builder.objectRef<AgendaGoal>('AgendaGoal').implement({
  fields: (t) => ({
    goal: t.field({
      type: GoalRef,
      nullable: true,
      description: 'Null for tiltak under no veikart goal.',
      resolve: (g) => g.goal,
    }),
    tiltak: t.field({ type: [AgendaTiltakRef], resolve: (g) => g.tiltak }),
  }),
});

interface Summary {
  verdict: Verdict;
  count: number;
}

const SummaryRef = builder.objectRef<Summary>('VerdictCount').implement({
  fields: (t) => ({
    verdict: t.field({ type: VerdictEnum, resolve: (s) => s.verdict }),
    count: t.exposeInt('count'),
  }),
});

const YearAgendaRef = builder.objectRef<YearAgenda>('YearAgenda').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    question: t.string({
      resolve: (_y, _a, ctx) =>
        ctx.locale === 'en'
          ? 'Can the tiltak be carried out as planned?'
          : 'Kan tiltakene gjennomføres som planlagt?',
    }),
    goals: t.field({ type: [AgendaGoalRef], resolve: (y) => y.goals }),
    summary: t.field({
      type: [SummaryRef],
      resolve: (y) =>
        (['as-planned', 'at-risk', 'not-as-planned'] as const).map((verdict) => ({
          verdict,
          count: y.goals.flatMap((g) => g.tiltak).filter((x) => x.verdict === verdict).length,
        })),
    }),
  }),
});

builder.queryFields((t) => ({
  agendaYears: t.intList({
    description: 'Years that have tiltak, newest first.',
    resolve: (_r, _a, ctx) => readAgendaYears(ctx.db),
  }),
  yearAgenda: t.field({
    type: YearAgendaRef,
    complexity: 100,
    description: 'The tiltak for a year, per veikart goal, each assessed: can it be carried out as planned?',
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_r, args, ctx) => {
      if (args.year < 2000 || args.year > 2100)
        throw invalid([{ field: 'year', message: 'must be between 2000 and 2100' }]);
      const rows = await readYearAgenda(ctx.db, args.year);
      const projected = await projectedSlips(ctx);
      const yearStart = `${args.year}-01-01`;
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
      return { year: args.year, goals: [...goals.values()] };
    },
  }),
}));

/** Slip per item if every known risk happens: the engine's answer, used as evidence. */
async function projectedSlips(ctx: GraphQLContext): Promise<Map<string, number>> {
  const plan = await readPlan(ctx.db);
  const riskIds = (plan.risks ?? []).filter((r) => r.affects.length > 0).map((r) => r.id);
  if (riskIds.length === 0) return new Map();
  const result = analyseImpact(
    compilePlan(plan),
    riskIds.map((riskId) => ({ kind: 'risk' as const, riskId })),
    { drivingChains: 'last' },
  );
  return new Map(result.affected.map((a) => [a.id, a.slipDays]));
}
