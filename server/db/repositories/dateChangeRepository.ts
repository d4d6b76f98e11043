// Which planner change last moved an item's dates, or last created or changed a dependency: the year
// verdict's reasons link to it ("the change that caused them"). Seed loads and imports are not such
// changes (their facts cite the papers), so they are left out.
import type { Database } from '../database.js';

export interface CausingChange {
  readonly changeSetId: string;
  readonly seq: number;
  readonly by: string;
  readonly at: string;
}

/** Fields whose change moves an item in the schedule. */
const DATE_FIELDS = ['start', 'end', 'date'] as const;

const parse = (json: unknown): Record<string, unknown> | null =>
  typeof json === 'string' ? (JSON.parse(json) as Record<string, unknown>) : null;

const datesMoved = (before: unknown, after: unknown): boolean => {
  const a = parse(before);
  const b = parse(after);
  return DATE_FIELDS.some((f) => JSON.stringify(a?.[f] ?? null) !== JSON.stringify(b?.[f] ?? null));
};

/**
 * Per id: the newest change set that moved the item's dates (key: the id), and per dependency from one
 * of the ids the newest that created or changed it (key: `from->to`). One query for all ids.
 */
export async function readCausingChanges(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, CausingChange>> {
  if (ids.length === 0) return new Map();
  return db.read(async (tx) => {
    const result = await tx.run(
      `CALL (){
         MATCH (c:EntityChange) WHERE c.entityId IN $ids AND c.kind = 'node' RETURN c
         UNION MATCH (c:EntityChange) WHERE c.fromId IN $ids AND c.kind = 'relationship' AND c.label = 'DEPENDS_ON'
         RETURN c
       }
       MATCH (cs:ChangeSet {seq: c.seq}) WHERE NOT cs.operation IN ['seed', 'import']
       RETURN c.kind AS kind, c.entityId AS entityId, c.fromId AS fromId, c.toId AS toId,
              c.before AS before, c.after AS after, cs.id AS id, cs.seq AS seq, cs.by AS by, cs.at AS at
       ORDER BY cs.seq DESC`,
      { ids: [...ids] },
    );
    const found = new Map<string, CausingChange>();
    for (const r of result.records) {
      const node = r.get('kind') === 'node';
      if (node && !datesMoved(r.get('before'), r.get('after'))) continue;
      const key = node ? String(r.get('entityId')) : `${r.get('fromId')}->${r.get('toId')}`;
      if (found.has(key)) continue;
      found.set(key, {
        changeSetId: String(r.get('id')),
        seq: Number(r.get('seq')),
        by: String(r.get('by')),
        at: String(r.get('at')),
      });
    }
    return found;
  });
}
