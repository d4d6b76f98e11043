// The NUIT year view as a saksunderlag needs it: per veikart goal and tiltak the verdict with its
// reasons, status, owners, dependencies and their state, risks, the history of vedtak (saker about
// the tiltak or its goal, by meeting date) and the sources. Gathered with the year-agenda service
// and the entity repository; yearAgendaPdf.ts and yearAgendaMarkdown.ts only format it.
import type { Database } from '../db/database.js';
import {
  type EntityRow,
  findEntitiesByIds,
  findRelated,
  findSourcesOf,
  type SourceRow,
} from '../db/repositories/entityRepository.js';
import type { Reason, Verdict } from '../domain/agenda/assessTiltak.js';
import { buildYearAgenda } from '../services/yearAgendaView.js';
import { type ExportDate, exportDate } from './roadmapData.js';

export interface SakRow {
  id: string;
  number: string;
  title: string;
  kind: string | null;
  body: string | null;
  meetingDate: ExportDate | null;
  proposedDecision: string | null;
  decision: string | null;
  deferred: boolean;
}

export interface TiltakSheet {
  id: string;
  name: string;
  status: string | null;
  phase: string | null;
  start: ExportDate | null;
  end: ExportDate | null;
  owners: string[];
  activity: string | null;
  verdict: Verdict;
  reasons: Reason[];
  projectedSlipDays: number;
  dependencies: {
    targetName: string;
    targetKind: string;
    type: string;
    lagDays: number;
    kind: string;
    state: string;
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

const str = (n: EntityRow, key: string): string | null =>
  typeof n.props[key] === 'string' && n.props[key] !== '' ? (n.props[key] as string) : null;
const nameOf = (n: EntityRow) => String(n.props.name ?? n.props.title ?? n.id);
const kindOf = (n: EntityRow) =>
  n.labels.includes('Condition') ? 'condition' : n.labels.includes('Milestone') ? 'milestone' : 'initiative';

export async function gatherYearAgenda(db: Database, year: number): Promise<YearAgendaExportData> {
  const agenda = await buildYearAgenda(db, year);
  const all = agenda.goals.flatMap((g) => g.tiltak);
  const tiltakIds = all.map((t) => t.tiltak.id);
  const sakIds = [...new Set(all.flatMap((t) => t.agendaItemIds))];
  const [saker, meetings, sources, owners] = await Promise.all([
    findEntitiesByIds(db, sakIds),
    findRelated(db, sakIds, 'ON_AGENDA_OF', 'out'),
    findSourcesOf(db, tiltakIds),
    findRelated(db, tiltakIds, 'OWNS', 'in'),
  ]);
  const sakById = new Map<string, SakRow>();
  sakIds.forEach((id, i) => {
    const sak = saker[i];
    if (!sak) return;
    const meeting = meetings[i]?.[0]?.node ?? null;
    sakById.set(id, {
      id,
      number: str(sak, 'number') ?? id,
      title: nameOf(sak),
      kind: str(sak, 'kind'),
      body: meeting ? str(meeting, 'body') : null,
      meetingDate: meeting ? exportDate(meeting.props.date) : null,
      proposedDecision: str(sak, 'proposedDecision'),
      decision: str(sak, 'decision'),
      deferred: sak.props.deferred === true,
    });
  });
  const sheetOf = new Map<string, TiltakSheet>();
  all.forEach((t, i) => {
    const row = t.tiltak;
    sheetOf.set(row.id, {
      id: row.id,
      name: nameOf(row),
      status: str(row, 'status'),
      phase: str(row, 'phase'),
      start: exportDate(row.props.start),
      end: exportDate(row.props.end),
      owners: (owners[i] ?? []).map((o) => nameOf(o.node)),
      activity: t.activity,
      verdict: t.verdict,
      reasons: t.reasons,
      projectedSlipDays: t.projectedSlipDays,
      dependencies: t.dependencies.map((d) => ({
        targetName: nameOf(d.edge.to),
        targetKind: kindOf(d.edge.to),
        type: String(d.edge.props.type ?? 'FS'),
        lagDays: Number(d.edge.props.lagDays ?? 0),
        kind: String(d.edge.props.kind ?? 'technical'),
        state: d.state,
        reason: d.reason,
      })),
      risks: t.risks.map((r) => ({
        name: nameOf(r.from),
        expectedDelayDays: typeof r.props.expectedDelayDays === 'number' ? r.props.expectedDelayDays : null,
        delayText: typeof r.props.delayText === 'string' ? r.props.delayText : null,
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
  const summary: Record<Verdict, number> = { 'as-planned': 0, 'at-risk': 0, 'not-as-planned': 0 };
  for (const t of all) summary[t.verdict] += 1;
  return {
    year,
    summary,
    goals: agenda.goals.map((g) => ({
      id: g.goal?.id ?? null,
      title: g.goal ? nameOf(g.goal) : null,
      target: g.goal ? str(g.goal, 'target') : null,
      deadline: g.goal ? exportDate(g.goal.props.deadline) : null,
      conditionsText: g.goal ? str(g.goal, 'conditionsText') : null,
      tiltak: g.tiltak.map((t) => sheetOf.get(t.tiltak.id) as TiltakSheet),
    })),
  };
}
