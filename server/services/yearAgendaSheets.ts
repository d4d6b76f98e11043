// The NUIT year view as a saksunderlag needs it: per veikart goal and tiltak the verdict with its
// reasons, status, owners, dependencies and their state, risks, the history of vedtak (saker about
// the tiltak or its goal, by meeting date) and the sources. Gathered with the year-agenda service
// and the entity repository; export/yearAgendaPdf.ts and yearAgendaMarkdown.ts only format it.
import type { Database } from '../db/database.js';
import {
  findEntitiesByIds,
  findRelatedEntities,
  findSourcesOf,
  type SourceRow,
} from '../db/repositories/entityRepository.js';
import type { Reason } from '../domain/agenda/assessTiltak.js';
import {
  type AgendaItemKind,
  type Body,
  type DependencyKind,
  type DependencyState,
  type DependencyType,
  type Entity,
  type StatusColour,
  slipText,
  spanOf,
  type Verdict,
} from '../domain/model/index.js';
import type { ExportDate } from './roadmapRows.js';
import { buildYearAgenda } from './yearAgendaView.js';

export interface SakRow {
  id: string;
  number: string;
  title: string;
  kind: AgendaItemKind | null;
  body: Body | null;
  meetingDate: ExportDate | null;
  proposedDecision: string | null;
  decision: string | null;
  deferred: boolean;
}

export interface TiltakSheet {
  id: string;
  name: string;
  status: StatusColour | null;
  phase: string | null;
  start: ExportDate | null;
  end: ExportDate | null;
  owners: string[];
  activity: string | null;
  verdict: Verdict;
  reasons: Reason[];
  projectedSlipDays: number;
  /** How its dates moved over the papers; null when none dated it. */
  dateMoves: {
    moves: number;
    sinceYear: number | null;
    sincePrevious: string | null;
    sinceFirst: string | null;
    statements: number;
  } | null;
  dependencies: {
    targetName: string;
    targetKind: 'initiative' | 'milestone' | 'condition';
    type: DependencyType;
    lagDays: number;
    kind: DependencyKind;
    state: DependencyState;
    reason: Reason;
  }[];
  risks: { name: string; expectedDelayDays: number | null; delayText: string | null }[];
  vedtak: SakRow[];
  sources: SourceRow[];
}

export interface GoalSheet {
  id: string | null;
  title: string | null;
  target: string | null;
  deadline: ExportDate | null;
  conditionsText: string | null;
  tiltak: TiltakSheet[];
}

export interface YearAgendaExportData {
  year: number;
  goals: GoalSheet[];
  summary: Record<Verdict, number>;
}

const kindOf = (n: Entity) =>
  n.label === 'Condition' ? 'condition' : n.label === 'Milestone' ? 'milestone' : 'initiative';

export async function gatherYearAgenda(db: Database, year: number): Promise<YearAgendaExportData> {
  const agenda = await buildYearAgenda(db, year);
  const all = agenda.goals.flatMap((g) => g.tiltak);
  const tiltakIds = all.map((t) => t.tiltak.id);
  const sakIds = [...new Set(all.flatMap((t) => t.agendaItemIds))];
  const [saker, meetings, sources, owners] = await Promise.all([
    findEntitiesByIds(db, sakIds),
    findRelatedEntities(db, sakIds, 'ON_AGENDA_OF', 'out', 'Meeting'),
    findSourcesOf(db, tiltakIds),
    findRelatedEntities(db, tiltakIds, 'OWNS', 'in', 'Actor'),
  ]);
  const sakById = new Map<string, SakRow>();
  sakIds.forEach((id, i) => {
    const sak = saker[i];
    if (sak?.label !== 'AgendaItem') return;
    const meeting = meetings[i]?.[0];
    sakById.set(id, {
      id,
      number: sak.number || id,
      title: sak.name,
      kind: sak.kind,
      body: meeting?.label === 'Meeting' ? meeting.body : null,
      meetingDate: meeting?.label === 'Meeting' ? spanOf(meeting.date) : null,
      proposedDecision: sak.proposedDecision,
      decision: sak.decision,
      deferred: sak.deferred,
    });
  });
  const sheetOf = new Map<string, TiltakSheet>();
  all.forEach((t, i) => {
    const row = t.tiltak;
    sheetOf.set(row.id, {
      id: row.id,
      name: row.name,
      status: row.status,
      phase: row.phase,
      start: spanOf(row.start),
      end: spanOf(row.end),
      owners: (owners[i] ?? []).map((o) => o.name),
      activity: t.activity,
      verdict: t.verdict,
      reasons: t.reasons,
      projectedSlipDays: t.projectedSlipDays,
      dateMoves: t.dateMoves && {
        moves: t.dateMoves.moves,
        sinceYear: t.dateMoves.sinceYear,
        sincePrevious: slipText(t.dateMoves.sincePrevious),
        sinceFirst: slipText(t.dateMoves.sinceFirst),
        statements: t.dateMoves.evidence.length,
      },
      dependencies: t.dependencies.map((d) => ({
        targetName: d.dependency.to.name,
        targetKind: kindOf(d.dependency.to),
        type: d.dependency.type,
        lagDays: d.dependency.lagDays,
        kind: d.dependency.kind,
        state: d.state,
        reason: d.reason,
      })),
      risks: t.risks.map((r) => ({
        name: r.risk.name,
        expectedDelayDays: r.expectedDelayDays,
        delayText: r.delayText,
      })),
      // Oldest first: the history of what was decided, undated saker last.
      vedtak: t.agendaItemIds
        .map((id) => sakById.get(id))
        .filter((s): s is SakRow => !!s)
        .sort(
          (a, b) =>
            (a.meetingDate?.first ?? '9999').localeCompare(b.meetingDate?.first ?? '9999') ||
            a.id.localeCompare(b.id),
        ),
      sources: sources[i] ?? [],
    });
  });
  // A literal, so a new verdict in the vocabulary is a type error here until it is counted.
  const summary: Record<Verdict, number> = { 'as-planned': 0, 'at-risk': 0, 'not-as-planned': 0 };
  for (const count of agenda.summary) summary[count.verdict] = count.count;
  return {
    year,
    summary,
    goals: agenda.goals.map((g) => ({
      id: g.goal?.id ?? null,
      title: g.goal?.name ?? null,
      target: g.goal?.target ?? null,
      deadline: spanOf(g.goal?.deadline ?? null),
      conditionsText: g.goal?.conditionsText ?? null,
      tiltak: g.tiltak.map((t) => sheetOf.get(t.tiltak.id) as TiltakSheet),
    })),
  };
}
