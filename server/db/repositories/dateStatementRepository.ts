// Dated statements: the papers' (:DateStatement) nodes, and the planners' edits of start, end, date and
// status read from the change log as statements of kind `edit`.
import {
  DATE_FIELD,
  type DateField,
  type DateStatement,
  type PlanSnapshot,
  type StatedItem,
} from '../../domain/model/index.js';
import type { Database } from '../database.js';

type Raw = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? null : String(v));

function toStatement(p: Raw, sourceIds: string[]): DateStatement {
  return {
    id: String(p.id),
    itemId: String(p.itemId),
    field: p.field as DateField,
    value: text(p.value),
    text: text(p.text),
    kind: p.kind as DateStatement['kind'],
    meetingId: text(p.meetingId),
    meetingDate: text(p.meetingDate),
    doc: text(p.doc),
    sourceIds,
    by: null,
    at: null,
    note: text(p.note),
    inferred: p.inferred === true,
    order: Number(p.order ?? 0),
  };
}

/** The papers' statements about the given items (all items when null), grouped by item. */
export async function findPaperStatements(
  db: Database,
  itemIds: readonly string[] | null,
): Promise<Map<string, DateStatement[]>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (d:DateStatement) WHERE $ids IS NULL OR d.itemId IN $ids
       OPTIONAL MATCH (d)-[:CITES]->(s:Source)
       WITH d, s ORDER BY s.doc, s.fromLine, s.id
       RETURN properties(d) AS d, [x IN collect(s.id) WHERE x IS NOT NULL] AS sourceIds`,
      { ids: itemIds ? [...new Set(itemIds)] : null },
    );
    return result.records.map((r) => toStatement(r.get('d') as Raw, r.get('sourceIds') as string[]));
  });
  return groupByItem(rows);
}

/** The planners' edits of start, end, date and status of the given items, each field change one statement. */
export async function findEditStatements(
  db: Database,
  itemIds: readonly string[],
): Promise<Map<string, DateStatement[]>> {
  const rows = await db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (cs:ChangeSet)-[:HAS_CHANGE]->(c:EntityChange {kind: 'node'})
       WHERE c.entityId IN $ids AND NOT cs.operation IN ['seed', 'import']
       RETURN c.entityId AS itemId, cs.seq AS seq, cs.at AS at, cs.by AS by, cs.reason AS reason,
              c.before AS before, c.after AS after
       ORDER BY cs.seq`,
      { ids: [...new Set(itemIds)] },
    );
    return result.records.flatMap((r) => {
      const before = JSON.parse(String(r.get('before') ?? 'null')) as Raw | null;
      const after = JSON.parse(String(r.get('after') ?? 'null')) as Raw | null;
      if (!after) return [];
      const seq = Number(r.get('seq'));
      return DATE_FIELD.codes
        .filter((f) => text(after[f]) !== text(before?.[f]))
        .map(
          (field): DateStatement => ({
            id: `edit-${seq}-${String(r.get('itemId'))}-${field}`,
            itemId: String(r.get('itemId')),
            field,
            value: text(after[field]),
            text: text(r.get('reason')),
            kind: 'edit',
            meetingId: null,
            meetingDate: null,
            doc: null,
            sourceIds: [],
            by: text(r.get('by')),
            at: text(r.get('at')),
            note: null,
            inferred: false,
            order: seq,
          }),
        );
    });
  });
  return groupByItem(rows);
}

function groupByItem(rows: DateStatement[]): Map<string, DateStatement[]> {
  const out = new Map<string, DateStatement[]>();
  for (const s of rows) out.set(s.itemId, [...(out.get(s.itemId) ?? []), s]);
  return out;
}

export interface PaperMeeting {
  readonly id: string;
  readonly body: string | null;
  readonly number: string | null;
  readonly date: string;
}

/** The dated council meetings (any body), oldest first: each is a paper baseline. */
export async function findDatedMeetings(db: Database): Promise<PaperMeeting[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (m:Meeting) WHERE m.date IS NOT NULL
       RETURN m.id AS id, m.body AS body, m.number AS number, m.date AS date
       ORDER BY m.dateFirst, m.id`,
    );
    return result.records.map((r) => ({
      id: String(r.get('id')),
      body: text(r.get('body')),
      number: text(r.get('number')),
      date: String(r.get('date')),
    }));
  });
}

/** The items that statements are about (name and kind) and the dependencies between them. */
export async function findStatedItems(
  db: Database,
): Promise<{ items: StatedItem[]; dependencies: PlanSnapshot['dependencies'] }> {
  return db.read(async (tx) => {
    const items = await tx.run(
      `MATCH (n:Entity) WHERE (n:Initiative OR n:Milestone)
       RETURN n.id AS id, coalesce(n.name, n.id) AS name, CASE WHEN n:Milestone THEN 'milestone' ELSE 'initiative' END AS kind
       ORDER BY n.id`,
    );
    const deps = await tx.run(
      `MATCH (a:Entity)-[:DEPENDS_ON]->(b:Entity) WHERE (a:Initiative OR a:Milestone) AND (b:Initiative OR b:Milestone)
       RETURN a.id AS from, b.id AS to ORDER BY a.id, b.id`,
    );
    return {
      items: items.records.map((r) => ({
        id: String(r.get('id')),
        name: String(r.get('name')),
        kind: r.get('kind') as StatedItem['kind'],
      })),
      dependencies: deps.records.map((r) => ({ from: String(r.get('from')), to: String(r.get('to')) })),
    };
  });
}
