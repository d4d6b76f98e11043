// Plan history for the API: an item's changes, the portfolio's feed, the plan version, and undo and
// redo of a change set (each itself a change set). Arguments are checked here; the Cypher is in
// db/changeLog.ts and db/repositories/historyRepository.ts.
import {
  type ChangeFeedFilter,
  readChangeSet,
  readChangeSets,
  readEntityChanges,
  readPlanVersion,
} from '../db/changeLog.js';
import type { Database } from '../db/database.js';
import { redoChangeSet, undoChangeSet } from '../db/repositories/historyRepository.js';
import type { ChangeSet, EntityChange } from '../domain/model/index.js';
import { invalid, notFound } from '../errors.js';
import type { Editor } from './edits/editCommon.js';

export const MAX_PAGE = 100;

export interface ChangeSetPage {
  readonly changeSets: readonly ChangeSet[];
  readonly hasMore: boolean;
  /** Pass as `after` for the next (older) page; null on the last. */
  readonly endCursor: string | null;
}

export interface PageArgs {
  readonly first?: number | null;
  /** The cursor of the previous page (a change set's seq). */
  readonly after?: string | null;
}

function pageFilter(args: PageArgs): Pick<ChangeFeedFilter, 'first' | 'beforeSeq'> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw invalid([{ field: 'first', message: `must be 1 to ${MAX_PAGE}` }]);
  if (args.after !== null && args.after !== undefined && !/^\d+$/.test(args.after))
    throw invalid([{ field: 'after', message: 'is not a cursor from this list' }]);
  return { first, beforeSeq: args.after ? Number(args.after) : null };
}

async function page(db: Database, filter: ChangeFeedFilter): Promise<ChangeSetPage> {
  const rows = await readChangeSets(db, filter);
  const changeSets = rows.slice(0, filter.first);
  const hasMore = rows.length > filter.first;
  return { changeSets, hasMore, endCursor: hasMore ? String(changeSets.at(-1)?.seq) : null };
}

/** The change sets that touched an item (it, or a relationship at it), newest first. */
export function itemHistory(db: Database, id: string, args: PageArgs): Promise<ChangeSetPage> {
  return page(db, { ...pageFilter(args), entityId: id });
}

export interface FeedArgs extends PageArgs {
  /** An ISO date or timestamp. */
  readonly since?: string | null;
  readonly by?: string | null;
  /** Node labels (Initiative, Milestone, Risk, Scenario …) or relationship types (DEPENDS_ON …). */
  readonly kinds?: readonly string[] | null;
}

/** The portfolio's change feed, newest first. */
export function changeFeed(db: Database, args: FeedArgs): Promise<ChangeSetPage> {
  let sinceMs: number | null = null;
  if (args.since) {
    sinceMs = Date.parse(args.since);
    if (Number.isNaN(sinceMs))
      throw invalid([
        { field: 'since', message: 'must be a date or timestamp such as 2025-01-31T12:00:00Z' },
      ]);
  }
  return page(db, { ...pageFilter(args), sinceMs, by: args.by ?? null, kinds: args.kinds ?? null });
}

export const planVersion = (db: Database): Promise<number> => readPlanVersion(db);

export async function openChangeSet(db: Database, id: string): Promise<ChangeSet> {
  const row = await readChangeSet(db, id);
  if (!row) throw notFound('endring', id);
  return row;
}

/** What a change set did to each node and relationship (or only those at `touching`). */
export function changesOf(
  db: Database,
  changeSet: ChangeSet,
  touching: string | null,
): Promise<EntityChange[]> {
  return readEntityChanges(db, changeSet.seq, touching);
}

const why = (editor: Editor) => ({
  by: editor.by,
  reason: editor.reason ?? null,
  sakId: editor.sakId ?? null,
  idempotency: editor.idempotency ?? null,
});

/** Undoes a change set whole (its cascade included), or refuses with CONFLICT naming what changed since. */
export function undo(db: Database, id: string, editor: Editor): Promise<ChangeSet> {
  return undoChangeSet(db, id, why(editor));
}

/** Applies an undone change set again. */
export function redo(db: Database, id: string, editor: Editor): Promise<ChangeSet> {
  return redoChangeSet(db, id, why(editor));
}
