// Planner edits: create, update and delete portfolio items with optimistic locking. Every update
// names the version it edited; a newer version in the database refuses it (no lost updates). The
// write lock is taken before the version is read, so two concurrent edits cannot both pass.
import type { ManagedTransaction } from 'neo4j-driver';
import {
  type ChangeOperation,
  type ChangeSetMeta,
  type Dependency,
  type DependencyFields,
  type DependencyPatch,
  EDITABLE_LABELS,
  type EditableLabel,
  type EntityLinks,
  type EntityOf,
  type EntityPatch,
  type IdempotencyClaim,
} from '../../domain/model/index.js';
import { findCycle } from '../../domain/schedule/cycles.js';
import { alreadyExists, cycleRefused, notFound } from '../../errors.js';
import { entityRef, type ScopeRef, tracked } from '../changeLog.js';
import type { Database } from '../database.js';
import { decodeDependency, encodePatch, type Props, type RawNode, type StoredValue } from '../decode.js';
import { lockVersion } from '../versionLock.js';
import { toEntity, toEntityOf } from './entityRepository.js';

const WHAT: Record<EditableLabel, string> = { Initiative: 'tiltak', Milestone: 'milepæl', Risk: 'risiko' };

/** Who writes, and why: recorded on the node (createdBy/updatedBy) and in the change set. */
export interface Audit {
  by: string;
  reason?: string | null;
  sakId?: string | null;
  idempotency?: IdempotencyClaim | null;
}

type Verb = 'create' | 'update' | 'delete';

function metaOf(verb: Verb, what: EditableLabel | 'Dependency', audit: Audit): ChangeSetMeta {
  return {
    operation: `${verb}${what}` as ChangeOperation,
    by: audit.by,
    reason: audit.reason ?? null,
    sakId: audit.sakId ?? null,
    idempotency: audit.idempotency ?? null,
  };
}

async function exists(tx: ManagedTransaction, id: string): Promise<boolean> {
  const result = await tx.run('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
  return (result.records[0]?.get('n') as number) > 0;
}

export async function createEntity<L extends EditableLabel>(
  db: Database,
  label: L,
  id: string,
  patch: EntityPatch,
  searchText: string,
  links: EntityLinks,
  audit: Audit,
): Promise<EntityOf<L>> {
  if (!EDITABLE_LABELS.includes(label)) throw new Error(`not editable: ${label}`);
  return db.write(async (tx) => {
    if (await exists(tx, id)) throw alreadyExists(WHAT[label], id);
    const { result } = await tracked(tx, metaOf('create', label, audit), [entityRef(id)], async () => {
      const created = await tx.run(
        `CREATE (n:Entity:${label} {id: $id})
         SET n += $props, n.version = 1, n.createdBy = $by, n.createdAt = toString(datetime()), n.seeded = false
         RETURN n`,
        { id, props: withoutNulls({ ...encodePatch(patch), searchText }), by: audit.by },
      );
      await applyLinks(tx, id, links);
      return created;
    });
    return toEntityOf(label, result.records[0]?.get('n'));
  });
}

/** Sets (or with null, removes) properties, if `version` is still the current one. */
export async function updateEntity<L extends EditableLabel>(
  db: Database,
  label: L,
  id: string,
  version: number,
  patch: EntityPatch,
  searchText: string | undefined,
  links: EntityLinks,
  audit: Audit,
): Promise<EntityOf<L>> {
  if (!EDITABLE_LABELS.includes(label)) throw new Error(`not editable: ${label}`);
  return db.write(async (tx) => {
    await lockVersion(tx, `MATCH (x:${label} {id: $id})`, WHAT[label], id, version);
    const { result } = await tracked(tx, metaOf('update', label, audit), [entityRef(id)], async () => {
      const updated = await tx.run(
        `MATCH (n:${label} {id: $id})
         SET n += $props, n.version = n.version + 1, n.updatedBy = $by, n.updatedAt = toString(datetime())
         REMOVE n.editLock
         RETURN n`,
        {
          id,
          props: { ...encodePatch(patch), ...(searchText === undefined ? {} : { searchText }) },
          by: audit.by,
        },
      );
      await applyLinks(tx, id, links);
      return updated;
    });
    return toEntityOf(label, result.records[0]?.get('n'));
  });
}

/** Deletes the node (an initiative with its milestones, status reports and year activities). */
export async function deleteEntity(
  db: Database,
  label: EditableLabel,
  id: string,
  version: number,
  audit: Audit,
): Promise<void> {
  if (!EDITABLE_LABELS.includes(label)) throw new Error(`not editable: ${label}`);
  await db.write(async (tx) => {
    await lockVersion(tx, `MATCH (x:${label} {id: $id})`, WHAT[label], id, version);
    const owned = await tx.run(
      `MATCH (n:${label} {id: $id})-[:HAS_MILESTONE|HAS_STATUS|HAS_ACTIVITY]->(owned) RETURN collect(owned.id) AS ids`,
      { id },
    );
    const scope = [id, ...((owned.records[0]?.get('ids') as string[] | undefined) ?? [])].map(entityRef);
    await tracked(tx, metaOf('delete', label, audit), scope, () =>
      tx.run(
        `MATCH (n:${label} {id: $id})
         OPTIONAL MATCH (n)-[:HAS_MILESTONE|HAS_STATUS|HAS_ACTIVITY]->(owned)
         DETACH DELETE owned, n`,
        { id },
      ),
    );
  });
}

function withoutNulls(props: Record<string, StoredValue>): Record<string, StoredValue> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
}

/** A new dependency: its fields with the defaults applied; the note may be absent. */
export type NewDependency = Omit<DependencyFields, 'note'> & { note: string | null };

// Dependency writes are serialised on one lock node, so two concurrent edges cannot close a cycle together.
const DEPENDENCY_LOCK = `MERGE (l:WriteLock {id: 'dependencies'}) SET l.at = timestamp()`;

export async function createDependency(
  db: Database,
  fromId: string,
  toId: string,
  fields: NewDependency,
  audit: Audit,
): Promise<Dependency> {
  return db.write(async (tx) => {
    await tx.run(DEPENDENCY_LOCK);
    const ends = await tx.run(
      `OPTIONAL MATCH (a:Entity {id: $from}) WHERE a:Initiative OR a:Milestone
       OPTIONAL MATCH (b:Entity {id: $to}) WHERE b:Initiative OR b:Milestone OR b:Condition
       RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo,
              EXISTS { MATCH (:Entity {id: $from})-[:DEPENDS_ON]->(:Entity {id: $to}) } AS duplicate`,
      { from: fromId, to: toId },
    );
    const r = ends.records[0];
    if (!r?.get('hasFrom')) throw notFound('tiltak eller milepæl', fromId);
    if (!r.get('hasTo')) throw notFound('tiltak, milepæl eller forutsetning', toId);
    if (r.get('duplicate')) throw alreadyExists('avhengighet', `${fromId}->${toId}`);
    if (fromId === toId) throw cycleRefused([fromId, fromId]);
    const cycle = await cycleWith(tx, fromId, toId);
    if (cycle) throw cycleRefused(cycle);
    const { result } = await tracked(
      tx,
      metaOf('create', 'Dependency', audit),
      [entityRef(fromId), entityRef(toId)],
      () =>
        tx.run(
          `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
           CREATE (a)-[r:DEPENDS_ON]->(b)
           SET r += $props, r.id = $from + '->' + $to, r.version = 1, r.inferred = false, r.sourceIds = [],
               r.createdBy = $by, r.createdAt = toString(datetime())
           RETURN a, b, properties(r) AS props`,
          { from: fromId, to: toId, props: withoutNulls(encodePatch(fields)), by: audit.by },
        ),
    );
    return dependencyRow(result.records[0]);
  });
}

/** The cycle the edge from → to would close, as ids in depends-on direction, or null. */
async function cycleWith(tx: ManagedTransaction, fromId: string, toId: string): Promise<string[] | null> {
  // Only what `to` reaches can lead back to `from`: walk from there instead of loading the whole graph.
  const reach = await tx.run(
    `MATCH (start:Entity {id: $to})
     OPTIONAL MATCH (start)-[:DEPENDS_ON*1..]->(n)
     WITH start, collect(DISTINCT n) + [start] AS nodes
     UNWIND nodes AS n
     OPTIONAL MATCH (n)-[:DEPENDS_ON]->(m)
     RETURN n.id AS id, collect(m.id) AS next`,
    { to: toId },
  );
  const items = reach.records.map((x) => ({ id: x.get('id') as string, kind: 'initiative' }));
  if (!items.some((i) => i.id === fromId)) return null;
  const dependencies = reach.records.flatMap((x) =>
    (x.get('next') as string[]).map((to) => ({ from: x.get('id') as string, to })),
  );
  dependencies.push({ from: fromId, to: toId });
  return findCycle({ items, dependencies });
}

export async function updateDependency(
  db: Database,
  id: string,
  version: number,
  patch: DependencyPatch,
  audit: Audit,
): Promise<Dependency> {
  return db.write(async (tx) => {
    await lockVersion(tx, 'MATCH (:Entity)-[x:DEPENDS_ON {id: $id}]->()', 'avhengighet', id, version);
    const { result } = await tracked(tx, metaOf('update', 'Dependency', audit), await endsOf(tx, id), () =>
      tx.run(
        `MATCH (a:Entity)-[r:DEPENDS_ON {id: $id}]->(b)
         SET r += $props, r.version = r.version + 1, r.updatedBy = $by, r.updatedAt = toString(datetime())
         REMOVE r.editLock
         RETURN a, b, properties(r) AS props`,
        { id, props: encodePatch(patch), by: audit.by },
      ),
    );
    return dependencyRow(result.records[0]);
  });
}

export async function deleteDependency(
  db: Database,
  id: string,
  version: number,
  audit: Audit,
): Promise<void> {
  await db.write(async (tx) => {
    await lockVersion(tx, 'MATCH (:Entity)-[x:DEPENDS_ON {id: $id}]->()', 'avhengighet', id, version);
    await tracked(tx, metaOf('delete', 'Dependency', audit), await endsOf(tx, id), () =>
      tx.run('MATCH (:Entity)-[r:DEPENDS_ON {id: $id}]->() DELETE r', { id }),
    );
  });
}

/** The two nodes a dependency joins, to watch while it changes. */
async function endsOf(tx: ManagedTransaction, id: string): Promise<ScopeRef[]> {
  const result = await tx.run('MATCH (a:Entity)-[:DEPENDS_ON {id: $id}]->(b) RETURN a.id AS a, b.id AS b', {
    id,
  });
  const r = result.records[0];
  return r ? [entityRef(r.get('a') as string), entityRef(r.get('b') as string)] : [];
}

type LinkKind = 'ownerIds' | 'participantIds' | 'initiativeIds' | 'partOfIds';

const LINK_PATTERNS: Record<LinkKind, { match: string; merge: string; label: string }> = {
  ownerIds: {
    match: '(t:Actor)-[r:OWNS]->(n)',
    merge: 'MERGE (t)-[:OWNS {sourceIds: []}]->(n)',
    label: 'Actor',
  },
  participantIds: {
    match: '(t:Actor)-[r:PARTICIPATES_IN]->(n)',
    merge: 'MERGE (t)-[:PARTICIPATES_IN {sourceIds: []}]->(n)',
    label: 'Actor',
  },
  initiativeIds: {
    match: '(t:Initiative)-[r:HAS_MILESTONE]->(n)',
    merge: 'MERGE (t)-[:HAS_MILESTONE {sourceIds: []}]->(n)',
    label: 'Initiative',
  },
  partOfIds: {
    match: '(n)-[r:PART_OF]->(t:Initiative)',
    merge: 'MERGE (n)-[:PART_OF {sourceIds: []}]->(t)',
    label: 'Initiative',
  },
};

async function applyLinks(tx: ManagedTransaction, id: string, links: EntityLinks): Promise<void> {
  for (const type of Object.keys(LINK_PATTERNS) as LinkKind[]) {
    const targetIds = links[type];
    if (targetIds === undefined) continue;
    const { match, merge, label } = LINK_PATTERNS[type];
    // Lock the targets before checking them: a concurrent delete of a parent then either commits
    // first (and this edit sees it gone: NOT_FOUND) or waits and takes this link along.
    await lockTargets(tx, targetIds, label);
    await requireAll(tx, targetIds, label);
    if (targetIds.includes(id)) throw cycleRefused([id, id]);
    if (type === 'partOfIds') await refusePartOfCycle(tx, id, targetIds);
    await tx.run(`MATCH (n:Entity {id: $id}) OPTIONAL MATCH ${match} DELETE r`, { id });
    await tx.run(`MATCH (n:Entity {id: $id}) UNWIND $ids AS tid MATCH (t:${label} {id: tid}) ${merge}`, {
      id,
      ids: targetIds,
    });
  }
  if (links.effects !== undefined) {
    await requireAll(
      tx,
      links.effects.map((e) => e.targetId),
      'Entity',
    );
    await tx.run('MATCH (n:Risk {id: $id}) OPTIONAL MATCH (n)-[r:AFFECTS]->() DELETE r', { id });
    await tx.run(
      `MATCH (n:Risk {id: $id}) UNWIND $effects AS e MATCH (t:Entity {id: e.targetId})
       MERGE (n)-[r:AFFECTS]->(t)
       SET r.expectedDelayDays = e.expectedDelayDays, r.delayText = e.delayText, r.inferred = false, r.sourceIds = []`,
      { id, effects: links.effects },
    );
  }
}

/** Takes the write lock on each target (by writing a property it then removes). */
async function lockTargets(tx: ManagedTransaction, ids: readonly string[], label: string): Promise<void> {
  await tx.run(`MATCH (t:${label}) WHERE t.id IN $ids SET t.linkLock = true REMOVE t.linkLock`, { ids });
}

/** A tiltak may not become a part of itself through its parts: refused with the cycle's path. */
async function refusePartOfCycle(
  tx: ManagedTransaction,
  id: string,
  parentIds: readonly string[],
): Promise<void> {
  const result = await tx.run(
    `MATCH (parent:Initiative) WHERE parent.id IN $parents
     MATCH p = (parent)-[:PART_OF*1..50]->(:Initiative {id: $id})
     RETURN [x IN nodes(p) | x.id] AS path LIMIT 1`,
    { id, parents: parentIds },
  );
  const path = result.records[0]?.get('path') as string[] | undefined;
  if (path) throw cycleRefused([id, ...path]);
}

async function requireAll(tx: ManagedTransaction, ids: readonly string[], label: string): Promise<void> {
  const result = await tx.run(
    `UNWIND $ids AS tid OPTIONAL MATCH (t:${label} {id: tid}) WITH tid, t WHERE t IS NULL RETURN collect(tid) AS missing`,
    { ids },
  );
  const missing = (result.records[0]?.get('missing') as string[] | undefined) ?? [];
  if (missing.length > 0)
    throw notFound(
      label === 'Actor' ? 'aktør' : label === 'Initiative' ? 'tiltak' : 'element',
      missing.join(', '),
    );
}

function dependencyRow(record: { get(key: string): unknown } | undefined): Dependency {
  if (!record) throw new Error('dependency write returned nothing');
  return decodeDependency(
    toEntity(record.get('a') as RawNode),
    toEntity(record.get('b') as RawNode),
    record.get('props') as Props,
  );
}
