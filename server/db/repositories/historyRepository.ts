// Undo and redo: a change set's inverse, applied in one write transaction under the plan lock after
// checking that everything it touched is still as it left it (otherwise CONFLICT naming what changed,
// and nothing is written). The undo is itself a change set (operation undo, `undoes` its target); a
// redo applies the inverse of the latest undo of a change set.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  type Captured,
  type ChangeSet,
  type ChangeSetMeta,
  diffSnapshots,
  type EntityChange,
  keyOf,
  type PropMap,
  restoredProps,
  undoConflicts,
} from '../../domain/model/index.js';
import { historyConflict, historyRefused, notFound } from '../../errors.js';
import {
  capture,
  cypherName,
  entityChangesOf,
  findChangeSet,
  findLabelOf,
  lockPlan,
  recordChangeSet,
  type ScopeRef,
  toChangeSet,
} from '../changeLog.js';
import type { Database } from '../database.js';

type Props = Record<string, unknown>;

function toParams(props: PropMap, integerKeys: readonly string[]): Props {
  const out: Props = { ...props };
  for (const key of integerKeys) {
    const v = out[key];
    if (typeof v === 'number') out[key] = neo4j.int(v);
    else if (Array.isArray(v)) out[key] = v.map((x) => (typeof x === 'number' ? neo4j.int(x) : x));
  }
  return out;
}

/** The nodes to watch: every node changed and every end of a changed relationship but sources. */
function scopeOf(changes: readonly EntityChange[]): ScopeRef[] {
  const refs = new Map<string, ScopeRef>();
  for (const c of changes) {
    if (c.kind === 'node') refs.set(c.id, { label: findLabelOf(c.labels), id: c.id });
    for (const end of [c.from, c.to])
      if (end && end.label !== 'Source' && end.label !== 'Document') refs.set(end.id, end);
  }
  return [...refs.values()];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

const relMatch = (c: EntityChange) =>
  `MATCH (a:${cypherName(c.from?.label ?? 'Entity')} {id: row.from})-[r:${cypherName(c.label)}]->(b:${cypherName(c.to?.label ?? 'Entity')} {id: row.to})`;
const relGroup = (c: EntityChange) => `${c.label}|${c.from?.label}|${c.to?.label}`;

/** Writes `before` of every change (checked beforehand). */
async function applyInverse(
  tx: ManagedTransaction,
  targetId: string,
  changes: readonly EntityChange[],
  current: Map<string, Captured>,
): Promise<void> {
  const rels = changes.filter((c) => c.kind === 'relationship');
  const nodes = changes.filter((c) => c.kind === 'node');
  const row = (c: EntityChange) => {
    const restored = restoredProps(c, current.get(c.id));
    return {
      id: c.id,
      from: c.from?.id,
      to: c.to?.id,
      props: restored ? toParams(restored.props, restored.integerKeys) : null,
    };
  };
  // 1. relationships the change created, 2. nodes it created
  for (const group of groupBy(
    rels.filter((c) => c.before === null),
    relGroup,
  ).values()) {
    await tx.run(`UNWIND $rows AS row ${relMatch(group[0] as EntityChange)} DELETE r`, {
      rows: group.map(row),
    });
  }
  for (const group of groupBy(
    nodes.filter((c) => c.before === null),
    (c) => findLabelOf(c.labels),
  ).values()) {
    const label = findLabelOf((group[0] as EntityChange).labels);
    await tx.run(`UNWIND $rows AS row MATCH (n:${cypherName(label)} {id: row.id}) DETACH DELETE n`, {
      rows: group.map(row),
    });
  }
  // 3. nodes it deleted come back with every label, 4. nodes it changed get their properties back
  for (const group of groupBy(
    nodes.filter((c) => c.after === null),
    (c) => c.labels.join(':'),
  ).values()) {
    const labels = (group[0] as EntityChange).labels.map(cypherName).join(':');
    await tx.run(`UNWIND $rows AS row CREATE (n:${labels}) SET n = row.props`, { rows: group.map(row) });
  }
  for (const group of groupBy(
    nodes.filter((c) => c.before !== null && c.after !== null),
    (c) => findLabelOf(c.labels),
  ).values()) {
    const label = findLabelOf((group[0] as EntityChange).labels);
    await tx.run(`UNWIND $rows AS row MATCH (n:${cypherName(label)} {id: row.id}) SET n = row.props`, {
      rows: group.map(row),
    });
  }
  // 5. relationships it deleted come back, 6. relationships it changed get their properties back
  for (const group of groupBy(
    rels.filter((c) => c.after === null),
    relGroup,
  ).values()) {
    const c = group[0] as EntityChange;
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${cypherName(c.from?.label ?? 'Entity')} {id: row.from})
       MATCH (b:${cypherName(c.to?.label ?? 'Entity')} {id: row.to})
       CREATE (a)-[r:${cypherName(c.label)}]->(b) SET r = row.props RETURN count(r) AS n`,
      { rows: group.map(row) },
    );
    if (Number(result.records[0]?.get('n')) !== group.length) {
      const missing = await missingEnds(tx, group);
      throw historyConflict(targetId, missing);
    }
  }
  for (const group of groupBy(
    rels.filter((c) => c.before !== null && c.after !== null),
    relGroup,
  ).values()) {
    await tx.run(`UNWIND $rows AS row ${relMatch(group[0] as EntityChange)} SET r = row.props`, {
      rows: group.map(row),
    });
  }
}

async function missingEnds(tx: ManagedTransaction, rels: EntityChange[]): Promise<string[]> {
  const ends = rels.flatMap((c) => [c.from, c.to]).filter((e) => e !== null);
  const missing: string[] = [];
  for (const [label, group] of groupBy(ends, (e) => e.label)) {
    const ids = [...new Set(group.map((e) => e.id))];
    const found = await tx.run(
      `MATCH (n:${cypherName(label)}) WHERE n.id IN $ids RETURN collect(n.id) AS ids`,
      {
        ids,
      },
    );
    const there = new Set(found.records[0]?.get('ids') as string[]);
    missing.push(...ids.filter((id) => !there.has(id)));
  }
  return missing;
}

/** Refuses when an end of a relationship to restore is gone and not restored by this undo either. */
async function checkEnds(
  tx: ManagedTransaction,
  id: string,
  changes: readonly EntityChange[],
): Promise<void> {
  const restoredNodes = new Set(
    changes.filter((c) => c.kind === 'node' && c.before !== null).map((c) => c.id),
  );
  const deletedNodes = new Set(
    changes.filter((c) => c.kind === 'node' && c.before === null).map((c) => c.id),
  );
  const toRestore = changes.filter((c) => c.kind === 'relationship' && c.before !== null);
  const missing = (await missingEnds(tx, toRestore)).filter((e) => !restoredNodes.has(e));
  const doomed = toRestore
    .flatMap((c) => [c.from?.id, c.to?.id])
    .filter((e): e is string => e !== undefined && deletedNodes.has(e));
  if (missing.length || doomed.length)
    throw historyConflict(id, [...new Set([...missing, ...doomed])].sort());
}

/** Applies the inverse of `changes` and records it as a change set with `meta`. */
async function invert(
  tx: ManagedTransaction,
  targetId: string,
  changes: readonly EntityChange[],
  meta: ChangeSetMeta,
): Promise<ChangeSet> {
  const scope = scopeOf(changes);
  const before = await capture(tx, scope);
  const conflicts = undoConflicts(changes, before);
  if (conflicts.length) throw historyConflict(targetId, conflicts);
  await checkEnds(tx, targetId, changes);
  await applyInverse(tx, targetId, changes, new Map(before.map((c) => [keyOf(c), c])));
  const after = await capture(tx, scope);
  return recordChangeSet(tx, meta, diffSnapshots(before, after));
}

/** The latest undo of a change set that no later redo has taken back, or null. */
async function openUndoOf(tx: ManagedTransaction, id: string): Promise<ChangeSet | null> {
  const result = await tx.run(
    `MATCH (u:ChangeSet {undoes: $id})
     WITH u ORDER BY u.seq DESC LIMIT 1
     OPTIONAL MATCH (r:ChangeSet {redoes: $id}) WHERE r.seq > u.seq
     WITH u, count(r) AS redone WHERE redone = 0
     RETURN properties(u) AS u`,
    { id },
  );
  const record = result.records[0];
  return record ? toChangeSet(record.get('u') as Props) : null;
}

type Why = Pick<ChangeSetMeta, 'by' | 'reason' | 'sakId' | 'idempotency'>;

export async function undoChangeSet(db: Database, id: string, why: Why): Promise<ChangeSet> {
  return db.write(async (tx) => {
    await lockPlan(tx);
    const target = await findChangeSet(tx, id);
    if (!target) throw notFound('endring', id);
    if (target.importSummary)
      throw historyRefused(
        id,
        'er en import av hele porteføljen og kan ikke angres. Importer sikkerhetskopien eller graph.json-eksporten fra før importen i stedet.',
        'is an import of the whole portfolio and cannot be undone. Import the backup or the graph.json export from before it instead.',
      );
    if (await openUndoOf(tx, id))
      throw historyRefused(
        id,
        'er allerede angret (gjør om i stedet).',
        'is undone already (redo it instead).',
      );
    const changes = await entityChangesOf(tx, target.seq);
    return invert(tx, id, changes, { ...why, operation: 'undo', undoes: id, redoes: null });
  });
}

export async function redoChangeSet(db: Database, id: string, why: Why): Promise<ChangeSet> {
  return db.write(async (tx) => {
    await lockPlan(tx);
    const target = await findChangeSet(tx, id);
    if (!target) throw notFound('endring', id);
    const undo = await openUndoOf(tx, id);
    if (!undo) throw historyRefused(id, 'er ikke angret.', 'is not undone.');
    const changes = await entityChangesOf(tx, undo.seq);
    return invert(tx, id, changes, { ...why, operation: 'redo', undoes: null, redoes: id });
  });
}
