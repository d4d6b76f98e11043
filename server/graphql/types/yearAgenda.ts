// yearAgenda(year): the NUIT view of next year's tiltak, answering "Kan tiltakene gjennomføres som
// planlagt?" per goal and tiltak, with the evidence: dependencies and their state, risks, saker.

import type { Reason, ReasonChange } from '../../domain/agenda/assessTiltak.js';
import { NUIT_QUESTION } from '../../domain/agenda/nuitQuestion.js';
import type { AgendaItem } from '../../domain/model/index.js';
import {
  type AgendaDependency,
  type AgendaGoal,
  type AgendaTiltak,
  agendaYears,
  buildYearAgenda,
  type VerdictCount,
  type YearAgenda,
} from '../../services/yearAgendaView.js';
import { builder, ENGINE_COST } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { sourcesField } from './common.js';
import { DateMovesRef } from './dateHistory.js';
import { DependencyRef, RiskEffectRef } from './dependency.js';
import { AgendaItemRef, GoalRef, InitiativeRef } from './entities.js';
import { loadByLabel } from './entityLoaders.js';
import { DependencyStateEnum, ReasonKindEnum, VerdictEnum } from './enums.js';

const ReasonChangeRef = builder.objectRef<ReasonChange>('ReasonChange').implement({
  description:
    'The recorded change (a change set) that caused a reason: the edit that moved the dates or made the link.',
  fields: (t) => ({
    changeSetId: t.id({ description: 'Open it with changeSet(id).', resolve: (c) => c.changeSetId }),
    seq: t.int({ description: 'The plan version it produced.', resolve: (c) => c.seq }),
    by: t.string({ resolve: (c) => c.by }),
    at: t.string({ resolve: (c) => c.at }),
  }),
});

export const ReasonRef = builder.objectRef<Reason>('Reason').implement({
  description:
    'Why a verdict or state was reached, with what it rests on: the items it names and their sources.',
  fields: (t) => ({
    nb: t.exposeString('nb'),
    en: t.exposeString('en'),
    text: t.string({ description: "In the request's language.", resolve: (r, _a, ctx) => r[ctx.locale] }),
    kind: t.field({ type: ReasonKindEnum, nullable: true, resolve: (r) => r.kind ?? null }),
    itemIds: t.idList({
      description:
        'The items the reason names: the tiltak for its dates, what it depends on, the risk. Open them for their sources.',
      resolve: (r) => [...(r.itemIds ?? [])],
    }),
    sources: sourcesField(t, (r) => r.sourceIds ?? []),
    change: t.field({
      type: ReasonChangeRef,
      nullable: true,
      description:
        "The planner's change that caused it (moved the tiltak's or a dependency's dates, or made the link); null when the papers' own dates do.",
      resolve: (r) => r.change ?? null,
    }),
  }),
});

const AgendaDependencyRef = builder.objectRef<AgendaDependency>('AgendaDependency').implement({
  fields: (t) => ({
    dependency: t.expose('dependency', { type: DependencyRef }),
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
    dateMoves: t.field({
      type: DateMovesRef,
      nullable: true,
      description: 'How its dates moved over the papers; null when none dated it.',
      resolve: (a) => a.dateMoves,
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
            .filter((x): x is AgendaItem => !!x && !(x instanceof Error)),
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

const SummaryRef = builder.objectRef<VerdictCount>('VerdictCount').implement({
  fields: (t) => ({
    verdict: t.field({ type: VerdictEnum, resolve: (s) => s.verdict }),
    count: t.exposeInt('count'),
  }),
});

const YearAgendaRef = builder.objectRef<YearAgenda>('YearAgenda').implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    question: t.string({
      description: "NUIT's question, in the request's language.",
      resolve: (_y, _a, ctx) => NUIT_QUESTION[ctx.locale],
    }),
    goals: t.field({ type: [AgendaGoalRef], resolve: (y) => y.goals }),
    summary: t.field({
      type: [SummaryRef],
      resolve: (y) => y.summary,
    }),
  }),
});

builder.queryFields((t) => ({
  agendaYears: t.intList({
    description: 'Years that have tiltak, newest first.',
    resolve: (_r, _a, ctx) => agendaYears(ctx.db),
  }),
  yearAgenda: t.field({
    type: YearAgendaRef,
    complexity: ENGINE_COST,
    description: 'The tiltak for a year, per veikart goal, each assessed: can it be carried out as planned?',
    args: { year: t.arg.int({ required: true }) },
    resolve: (_r, args, ctx) => buildYearAgenda(ctx.db, args.year),
  }),
}));
