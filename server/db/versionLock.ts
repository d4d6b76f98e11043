// Optimistic locking for edits: take the write lock on the node or relationship first (by writing a
// property), then compare its version with the one the editor saw. Reading the version after the
// lock means two concurrent edits of the same version cannot both pass.
import type { ManagedTransaction } from 'neo4j-driver';
import { notFound, staleVersion } from '../errors.js';

/**
 * `pattern` binds the edited element to `x`, e.g. `MATCH (x:Initiative {id: $id})` or
 * `MATCH (:Entity)-[x:DEPENDS_ON {id: $id}]->()` (a pattern from the repositories, never from input).
 * Leaves x.editLock set: the caller's update removes it, a delete takes it along.
 */
export async function lockVersion(
  tx: ManagedTransaction,
  pattern: string,
  what: string,
  id: string,
  version: number,
): Promise<void> {
  const locked = await tx.run(`${pattern} SET x.editLock = true RETURN x.version AS version`, { id });
  if (!locked.records[0]) throw notFound(what, id);
  // A statement that waited for the lock of an element another transaction then deleted still returns
  // its row; only a new statement sees it gone (and reads the version it was left with).
  const result = await tx.run(`${pattern} RETURN x.version AS version`, { id });
  const record = result.records[0];
  if (!record) throw notFound(what, id);
  const current = Number(record.get('version') ?? 1);
  if (current !== version) throw staleVersion(id, version, current);
}
