// Dates over time: every statement about an item's start, end, date and status (the papers' and the
// planners' edits), in time order with the slip from the one before; and the paper baselines, the
// plan as the papers known at each council meeting stated it.

import type { Database } from '../db/database.js';
import {
  findDatedMeetings,
  findEditStatements,
  findPaperStatements,
  findStatedItems,
  type PaperMeeting,
} from '../db/repositories/dateStatementRepository.js';
import { formatPrecisionDate, parsePrecisionDate } from '../domain/dates/index.js';
import {
  type Baseline,
  BODY,
  type DateStatement,
  dateHistoryOf,
  type FieldHistory,
  isCodeOf,
  paperPlanAt,
} from '../domain/model/index.js';

/** Each item's statements: the papers' and the planners' edits. */
export async function statementsOf(db: Database, itemIds: readonly string[]): Promise<DateStatement[][]> {
  const [papers, edits] = await Promise.all([
    findPaperStatements(db, itemIds),
    findEditStatements(db, itemIds),
  ]);
  return itemIds.map((id) => [...(papers.get(id) ?? []), ...(edits.get(id) ?? [])]);
}

/** Per item, the history of each field that has statements (start, end, date, status). */
export async function dateHistories(db: Database, itemIds: readonly string[]): Promise<FieldHistory[][]> {
  return (await statementsOf(db, itemIds)).map(dateHistoryOf);
}

export const PAPER_BASELINE_PREFIX = 'paper:';

export const isPaperBaselineId = (id: string) => id.startsWith(PAPER_BASELINE_PREFIX);

function paperBaselineName(m: PaperMeeting): string {
  const body = m.body && isCodeOf(BODY, m.body) ? BODY.labels[m.body].nb : (m.body ?? 'Møte');
  const number = m.number ? ` ${m.number}` : '';
  return `${body}${number}, ${formatPrecisionDate(parsePrecisionDate(m.date), 'nb')} (papirene)`;
}

/**
 * Every dated council meeting as a baseline: the plan as the papers of meetings on or before it stated
 * it (planners' edits left out), newest first. A meeting before any paper's statement has no plan and
 * is left out.
 */
export async function paperBaselines(db: Database): Promise<Baseline[]> {
  const [meetings, statements, { items, dependencies }] = await Promise.all([
    findDatedMeetings(db),
    findPaperStatements(db, null),
    findStatedItems(db),
  ]);
  const all = [...statements.values()].flat();
  return meetings
    .map(
      (m): Baseline => ({
        id: `${PAPER_BASELINE_PREFIX}${m.id}`,
        kind: 'paper',
        meetingId: m.id,
        name: paperBaselineName(m),
        by: m.body ?? '',
        at: parsePrecisionDate(m.date).precision === 'day' ? m.date : '',
        reason: 'Planen slik papirene kjent ved møtet oppga den.',
        planVersion: 0,
        plan: paperPlanAt(m.date, items, all, dependencies),
      }),
    )
    .filter((b) => b.plan.items.length > 0)
    .reverse();
}

/** One paper baseline by id (`paper:<meeting id>`), or null. */
export async function findPaperBaseline(db: Database, id: string): Promise<Baseline | null> {
  return (await paperBaselines(db)).find((b) => b.id === id) ?? null;
}
