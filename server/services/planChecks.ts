// A live plan: the dependencies the current planned dates already violate (conflicts), those with little
// slack, and those across actors, per goal, programme or actor; and an edit preview: the engine run on the
// plan with a proposed change of dates applied, without saving, to see which successors and which year
// verdicts change.
import type { Database } from '../db/database.js';
import type { ItemContext, PortfolioPlan } from '../db/repositories/planRepository.js';
import { readAgendaYears, readYearAgenda } from '../db/repositories/yearAgendaRepository.js';
import type { Reason, Verdict } from '../domain/agenda/assessTiltak.js';
import { DateParseError, parsePrecisionDate } from '../domain/dates/index.js';
import type { Initiative } from '../domain/model/index.js';
import {
  type CompiledPlan,
  CycleError,
  compilePlan,
  type DayView,
  type DependencyCheck,
  dependencyChecks,
  PlanValidationError,
  type Schedule,
  schedule,
  scheduledItems,
} from '../domain/schedule/index.js';
import { invalid, notFound } from '../errors.js';
import { type CurrentPlan, currentPlan, preparePlan } from './currentPlan.js';
import { assembleYearAgenda } from './yearAgendaView.js';

export interface DependencyFinding {
  readonly check: DependencyCheck;
  readonly fromOwnerIds: readonly string[];
  readonly toOwnerIds: readonly string[];
  /** Owned by different actors (both ends have owners, and none in common). */
  readonly crossActor: boolean;
}

export interface DependencyReport {
  /** Dependencies the current planned dates violate (negative slack), worst first. */
  readonly conflicts: readonly DependencyFinding[];
  /** Dependencies that hold with at most `tightDays` of slack, least slack first. */
  readonly tight: readonly DependencyFinding[];
  /** Dependencies between items of different actors, least slack first. */
  readonly crossActor: readonly DependencyFinding[];
  readonly tightDays: number;
}

export interface ReportFilter {
  goalId?: string | null;
  programmeId?: string | null;
  actorId?: string | null;
  tightDays?: number | null;
}

export const DEFAULT_TIGHT_DAYS = 30;

export async function dependencyReport(db: Database, filter: ReportFilter): Promise<DependencyReport> {
  const tightDays = filter.tightDays ?? DEFAULT_TIGHT_DAYS;
  if (!Number.isInteger(tightDays) || tightDays < 0 || tightDays > 3650)
    throw invalid([{ field: 'tightDays', message: 'must be a whole number of days, 0–3650' }]);
  const current = await currentPlan(db);
  return reportOf(current.plan, current.compiled(), filter, tightDays);
}

function reportOf(
  plan: PortfolioPlan,
  compiled: CompiledPlan,
  filter: ReportFilter,
  tightDays: number,
): DependencyReport {
  const context = plan.context ?? new Map<string, ItemContext>();
  const inScope = (id: string) => {
    const c = context.get(id);
    if (filter.goalId && !c?.goalIds.includes(filter.goalId)) return false;
    if (filter.programmeId && c?.programmeId !== filter.programmeId && id !== filter.programmeId)
      return false;
    if (filter.actorId && !c?.ownerIds.includes(filter.actorId)) return false;
    return true;
  };
  const findings = dependencyChecks(compiled)
    .filter((c) => inScope(c.fromId) || inScope(c.toId))
    .map((check): DependencyFinding => {
      const fromOwnerIds = context.get(check.fromId)?.ownerIds ?? [];
      const toOwnerIds = context.get(check.toId)?.ownerIds ?? [];
      return {
        check,
        fromOwnerIds,
        toOwnerIds,
        crossActor:
          fromOwnerIds.length > 0 &&
          toOwnerIds.length > 0 &&
          !fromOwnerIds.some((a) => toOwnerIds.includes(a)),
      };
    });
  const bySlack = (a: DependencyFinding, b: DependencyFinding) =>
    a.check.slackDays - b.check.slackDays || key(a).localeCompare(key(b));
  return {
    conflicts: findings.filter((f) => f.check.slackDays < 0).sort(bySlack),
    tight: findings.filter((f) => f.check.slackDays >= 0 && f.check.slackDays <= tightDays).sort(bySlack),
    crossActor: findings.filter((f) => f.crossActor).sort(bySlack),
    tightDays,
  };
}

const key = (f: DependencyFinding) => `${f.check.fromId}->${f.check.toId}`;

export interface ProposedDates {
  itemId: string;
  start?: string | null;
  end?: string | null;
  date?: string | null;
}

export interface MovedItem {
  readonly id: string;
  readonly undated: boolean;
  readonly oldStart: DayView | null;
  readonly oldEnd: DayView | null;
  readonly newStart: DayView | null;
  readonly newEnd: DayView | null;
  readonly startShiftDays: number;
  readonly endShiftDays: number;
}

export interface VerdictChange {
  readonly year: number;
  readonly tiltak: Initiative;
  readonly before: Verdict;
  readonly after: Verdict;
  /** The reasons for the verdict after the edit. */
  readonly reasons: readonly Reason[];
}

export interface EditPreview {
  readonly itemId: string;
  /** Items whose scheduled dates the edit changes (the edited item first), never saved. */
  readonly moved: readonly MovedItem[];
  /** Dependencies the edited dates violate that the plan did not violate before. */
  readonly newConflicts: readonly DependencyFinding[];
  /** Conflicts the edit resolves. */
  readonly resolvedConflicts: readonly DependencyFinding[];
  readonly verdictChanges: readonly VerdictChange[];
}

/** Runs the engine and the year rules on the plan with the proposed dates applied; saves nothing. */
export async function previewEdit(db: Database, proposal: ProposedDates): Promise<EditPreview> {
  const stored = await currentPlan(db);
  const { plan } = stored;
  const current = plan.items.find((i) => i.id === proposal.itemId);
  if (current === undefined) throw notFound('tiltak eller milepæl', proposal.itemId);
  for (const field of ['start', 'end', 'date'] as const) {
    const text = proposal[field];
    if (text === undefined || text === null) continue;
    try {
      parsePrecisionDate(text);
    } catch (e) {
      if (e instanceof DateParseError) throw invalid([{ field, message: e.message }]);
      throw e;
    }
  }
  const pick = (field: 'start' | 'end' | 'date') =>
    proposal[field] === undefined ? current[field] : (proposal[field] ?? undefined);
  const edited: PortfolioPlan = {
    ...plan,
    items: plan.items.map((i) =>
      i.id === proposal.itemId ? { ...i, start: pick('start'), end: pick('end'), date: pick('date') } : i,
    ),
  };
  const before = stored.compiled();
  let after: CompiledPlan;
  try {
    after = compilePlan(edited);
  } catch (e) {
    if (e instanceof PlanValidationError)
      throw invalid(e.issues.map((issue) => ({ field: 'dates', message: issue.message })));
    if (e instanceof CycleError) throw invalid([{ field: 'dates', message: e.message }]);
    throw e;
  }
  const moved = movedItems(stored.baseline('preserve'), schedule(after), proposal.itemId);
  const reportBefore = reportOf(plan, before, {}, 0);
  const reportAfter = reportOf(edited, after, {}, 0);
  const had = new Set(reportBefore.conflicts.map(key));
  const has = new Set(reportAfter.conflicts.map(key));
  return {
    itemId: proposal.itemId,
    moved,
    newConflicts: reportAfter.conflicts.filter((f) => !had.has(key(f))),
    resolvedConflicts: reportBefore.conflicts.filter((f) => !has.has(key(f))),
    verdictChanges: await verdictChanges(db, stored, preparePlan(edited), moved),
  };
}

function movedItems(before: Schedule, after: Schedule, editedId: string): MovedItem[] {
  const old = new Map(scheduledItems(before).map((s) => [s.id, s]));
  const out: MovedItem[] = [];
  for (const s of scheduledItems(after)) {
    const o = old.get(s.id);
    if (o === undefined) continue;
    if (o.earlyStart?.iso === s.earlyStart?.iso && o.earlyFinish?.iso === s.earlyFinish?.iso) continue;
    const shift = (a: DayView | null, b: DayView | null) =>
      a && b ? Math.round((Date.parse(b.iso) - Date.parse(a.iso)) / 86_400_000) : 0;
    // An undated item is never shown with days it does not have.
    const dated = !s.undated;
    out.push({
      id: s.id,
      undated: s.undated,
      oldStart: dated ? o.earlyStart : null,
      oldEnd: dated ? o.earlyFinish : null,
      newStart: dated ? s.earlyStart : null,
      newEnd: dated ? s.earlyFinish : null,
      startShiftDays: shift(o.earlyStart, s.earlyStart),
      endShiftDays: shift(o.earlyFinish, s.earlyFinish),
    });
  }
  return out.sort(
    (a, b) =>
      Number(b.id === editedId) - Number(a.id === editedId) ||
      Math.abs(b.endShiftDays) - Math.abs(a.endShiftDays) ||
      (a.id < b.id ? -1 : 1),
  );
}

/** The agenda years the edit could touch: those between the earliest and latest year of what moved. */
async function verdictChanges(
  db: Database,
  stored: CurrentPlan,
  editedPlan: CurrentPlan,
  moved: readonly MovedItem[],
): Promise<VerdictChange[]> {
  const plan = stored.plan;
  const edited = editedPlan.plan;
  if (moved.length === 0) return [];
  const years = new Set<number>();
  for (const m of moved) {
    for (const d of [m.oldStart, m.oldEnd, m.newStart, m.newEnd]) if (d) years.add(Number(d.iso.slice(0, 4)));
  }
  const editedItem = edited.items.find((i) => i.id === moved[0]?.id);
  const original = plan.items.find((i) => i.id === moved[0]?.id);
  for (const text of [editedItem?.start, editedItem?.end, original?.start, original?.end]) {
    if (text) years.add(Number(parsePrecisionDate(text).text.slice(0, 4)));
  }
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const agendaYears = (await readAgendaYears(db)).filter((y) => y >= lo && y <= hi).sort();
  const changes: VerdictChange[] = [];
  for (const year of agendaYears) {
    const rows = await readYearAgenda(db, year);
    const was = assembleYearAgenda(year, rows, stored);
    const now = assembleYearAgenda(year, rows, editedPlan);
    const verdictOf = new Map(was.goals.flatMap((g) => g.tiltak.map((t) => [t.tiltak.id, t.verdict])));
    for (const t of now.goals.flatMap((g) => g.tiltak)) {
      const before = verdictOf.get(t.tiltak.id);
      if (before !== undefined && before !== t.verdict)
        changes.push({ year, tiltak: t.tiltak, before, after: t.verdict, reasons: t.reasons });
    }
  }
  return changes;
}
