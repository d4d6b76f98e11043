// The change log: snapshots of the nodes a write touches (with every relationship at them) taken inside
// the write transaction before and after it, the change set that records their difference, and the
// plan version bumped with it. A change set is written in the transaction of its change, so a change
// that fails leaves none and none exists without its change. Labels and types interpolated into Cypher
// come from the database or the model's lists and are checked against a plain-name pattern first.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import {
  type Captured,
  type ChangeSet,
  type ChangeSetMeta,
  diffSnapshots,
  type EndRef,
  type EntityChange,
  type IdempotencyClaim,
  type ImportSummary,
  kindsOf,
  type PropMap,
  primaryLabel,
  TRANSIENT_PROPS,
} from '../domain/model/index.js';
import { idempotencyKeyReused, idempotentWriteApplied } from '../errors.js';
import type { Database } from './database.js';

/** A node to watch: its id and a label to find it by (Entity for the portfolio, Scenario …). */
export interface ScopeRef {
  readonly label: string;
  readonly id: string;
}

export const entityRef = (id: string): ScopeRef => ({ label: 'Entity', id });

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export function cypherName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a label or type: ${name}`);
  return name;
}

const INTEGER_KEYS = (x: string) =>
  `[k IN keys(${x}) WHERE valueType(${x}[k]) STARTS WITH 'INTEGER' OR valueType(${x}[k]) STARTS WITH 'LIST<INTEGER']`;

type Raw = Record<string, unknown>;

function clean(props: Raw): PropMap {
  const out: Record<string, unknown> = { ...props };
  for (const k of TRANSIENT_PROPS) delete out[k];
  return out as PropMap;
}

const cleanKeys = (keys: string[]) =>
  keys.filter((k) => !(TRANSIENT_PROPS as readonly string[]).includes(k)).sort();

/** The label an end is found by: Entity for portfolio nodes, otherwise its own. */
export function findLabelOf(labels: readonly string[]): string {
  return labels.includes('Entity') ? 'Entity' : primaryLabel(labels);
}

/** The scope's nodes as they stand now, with every relationship at them (each once). */
export async function capture(tx: ManagedTransaction, scope: readonly ScopeRef[]): Promise<Captured[]> {
  const byLabel = new Map<string, string[]>();
  for (const ref of scope) byLabel.set(ref.label, [...(byLabel.get(ref.label) ?? []), ref.id]);
  const out = new Map<string, Captured>();
  for (const [label, ids] of byLabel) {
    const result = await tx.run(
      `MATCH (n:${cypherName(label)}) WHERE n.id IN $ids
       OPTIONAL MATCH (n)-[r]-()
       WITH n, r, startNode(r) AS s, endNode(r) AS e
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, ${INTEGER_KEYS('n')} AS integers,
              collect(CASE WHEN r IS NULL THEN null ELSE {
                type: type(r), from: coalesce(s.id, s.file), fromLabels: labels(s),
                to: coalesce(e.id, e.file), toLabels: labels(e),
                props: properties(r), integers: ${INTEGER_KEYS('r')} } END) AS rels`,
      { ids: [...new Set(ids)] },
    );
    for (const record of result.records) {
      const id = record.get('id') as string;
      out.set(id, {
        kind: 'node',
        id,
        labels: [...(record.get('labels') as string[])].sort(),
        props: clean(record.get('props') as Raw),
        integerKeys: cleanKeys(record.get('integers') as string[]),
      });
      for (const r of record.get('rels') as Raw[]) {
        const rel: Captured = {
          kind: 'relationship',
          type: r.type as string,
          from: { id: String(r.from), label: findLabelOf(r.fromLabels as string[]) },
          to: { id: String(r.to), label: findLabelOf(r.toLabels as string[]) },
          props: clean(r.props as Raw),
          integerKeys: cleanKeys(r.integers as string[]),
        };
        out.set(`${rel.from.id}-[${rel.type}]->${rel.to.id}`, rel);
      }
    }
  }
  return [...out.values()];
}

/**
 * Takes the plan's write lock: the PlanVersion node, held to the end of the transaction. Change sets
 * are numbered under it, so their order is the order their transactions commit in.
 */
export async function lockPlan(tx: ManagedTransaction): Promise<void> {
  await tx.run(
    `MERGE (p:PlanVersion {id: 'plan'}) ON CREATE SET p.version = 0
     SET p.lock = true, p.epoch = coalesce(p.epoch, randomUUID())`,
  );
}

const BATCH = 500;

/** Writes the change set (and its entity changes) and bumps the plan version; returns it. */
export async function recordChangeSet(
  tx: ManagedTransaction,
  meta: ChangeSetMeta,
  changes: readonly EntityChange[],
): Promise<ChangeSet> {
  const rows = changes.map(changeRow);
  const claim = meta.idempotency ?? null;
  if (claim) await refuseIdempotentTwin(tx, claim);
  // One round trip for an edit: lock the counter (the SET before the read, as the Neo4j manual
  // advises against lost updates), count on, write the change set with its first batch of changes.
  const result = await tx.run(
    `MERGE (p:PlanVersion {id: 'plan'}) ON CREATE SET p.version = 0
     SET p.lock = true
     WITH p, p.version + 1 AS seq
     SET p.version = seq, p.epoch = coalesce(p.epoch, randomUUID())
     REMOVE p.lock
     // The clock read after the lock (realtime, not the statement's start), so time follows seq.
     WITH seq, datetime.realtime() AS now
     CREATE (cs:ChangeSet {id: toString(seq), seq: seq, at: toString(now), atMs: now.epochMillis, by: $by,
             operation: $operation, reason: $reason, sakId: $sakId, undoes: $undoes, redoes: $redoes,
             kinds: $kinds, changeCount: $count, idempotencyId: $idempotencyId, idempotencyKey: $idempotencyKey,
             idempotencyRequest: $idempotencyRequest, requestHash: $requestHash,
             idempotentUntilMs: $idempotentUntilMs, importSummary: $importSummary})
     WITH cs, seq
     CALL (cs, seq) {
       UNWIND $rows AS row
       CREATE (cs)-[:HAS_CHANGE]->(c:EntityChange)
       SET c = row, c.seq = seq
     }
     RETURN properties(cs) AS cs`,
    {
      by: meta.by,
      operation: meta.operation,
      reason: meta.reason,
      sakId: meta.sakId,
      undoes: meta.undoes ?? null,
      redoes: meta.redoes ?? null,
      // A whole-portfolio import records no change per node: its kinds are those it brought.
      kinds: meta.importSummary ? meta.importSummary.counts.map((c) => c.kind) : kindsOf(changes),
      count: neo4j.int(changes.length),
      rows: rows.slice(0, BATCH),
      idempotencyId: claim?.id ?? null,
      idempotencyKey: claim?.key ?? null,
      idempotencyRequest: claim?.requestId ?? null,
      requestHash: claim?.requestHash ?? null,
      idempotentUntilMs: claim ? neo4j.int(claim.expiresAtMs) : null,
      importSummary: meta.importSummary ? JSON.stringify(meta.importSummary) : null,
    },
  );
  const row = toChangeSet(result.records[0]?.get('cs') as Raw);
  for (let i = BATCH; i < rows.length; i += BATCH) {
    await tx.run(
      `MATCH (cs:ChangeSet {seq: $seq})
       UNWIND $rows AS row
       CREATE (cs)-[:HAS_CHANGE]->(c:EntityChange)
       SET c = row, c.seq = $seq`,
      { seq: neo4j.int(row.seq), rows: rows.slice(i, i + BATCH) },
    );
  }
  return row;
}

/**
 * A request retried while the first is still running passes the check before execution; here, under
 * the plan lock (which orders every change set), the later one finds the first one's committed change
 * set and is rolled back, so the write is applied once. The GraphQL layer then answers the first one's result.
 */
async function refuseIdempotentTwin(tx: ManagedTransaction, claim: IdempotencyClaim): Promise<void> {
  await lockPlan(tx);
  const result = await tx.run(
    `MATCH (cs:ChangeSet {idempotencyId: $id})
     WHERE cs.idempotentUntilMs > timestamp() AND cs.idempotencyRequest <> $requestId
     RETURN cs.id AS id, cs.requestHash AS hash ORDER BY cs.seq`,
    { id: claim.id, requestId: claim.requestId },
  );
  if (result.records.length === 0) return;
  const ids = result.records.map((r) => String(r.get('id')));
  const sameRequest = result.records.every((r) => r.get('hash') === claim.requestHash);
  throw sameRequest ? idempotentWriteApplied(claim.key, ids) : idempotencyKeyReused(claim.key, ids);
}

function changeRow(c: EntityChange, position: number) {
  return {
    position,
    kind: c.kind,
    entityId: c.id,
    label: c.label,
    labels: [...c.labels],
    fromId: c.from?.id ?? null,
    fromLabel: c.from?.label ?? null,
    toId: c.to?.id ?? null,
    toLabel: c.to?.label ?? null,
    before: c.before === null ? null : JSON.stringify(c.before),
    after: c.after === null ? null : JSON.stringify(c.after),
    integerKeys: [...c.integerKeys],
  };
}

/**
 * Runs `work` between two snapshots of the scope and records what it changed as one change set, in
 * the same transaction. The scope is read after `work`'s locks where it takes them first (`before`
 * runs first: lock there).
 */
export async function tracked<T>(
  tx: ManagedTransaction,
  meta: ChangeSetMeta,
  scope: readonly ScopeRef[],
  work: () => Promise<T>,
): Promise<{ result: T; changeSet: ChangeSet }> {
  const before = await capture(tx, scope);
  const result = await work();
  const after = await capture(tx, scope);
  const changeSet = await recordChangeSet(tx, meta, diffSnapshots(before, after));
  return { result, changeSet };
}

export function toChangeSet(p: Raw): ChangeSet {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: String(p.id),
    seq: Number(p.seq),
    at: String(p.at),
    by: String(p.by ?? ''),
    operation: p.operation as ChangeSet['operation'],
    reason: text(p.reason),
    sakId: text(p.sakId),
    undoes: text(p.undoes),
    redoes: text(p.redoes),
    kinds: Array.isArray(p.kinds) ? p.kinds.map(String) : [],
    changeCount: Number(p.changeCount ?? 0),
    importSummary:
      typeof p.importSummary === 'string' ? (JSON.parse(p.importSummary) as ImportSummary) : null,
  };
}

function toEntityChange(p: Raw): EntityChange {
  const end = (id: unknown, label: unknown): EndRef | null =>
    typeof id === 'string' ? { id, label: String(label) } : null;
  const props = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as PropMap) : null);
  return {
    kind: p.kind === 'relationship' ? 'relationship' : 'node',
    id: String(p.entityId),
    label: String(p.label),
    labels: Array.isArray(p.labels) ? p.labels.map(String) : [],
    from: end(p.fromId, p.fromLabel),
    to: end(p.toId, p.toLabel),
    before: props(p.before),
    after: props(p.after),
    integerKeys: Array.isArray(p.integerKeys) ? p.integerKeys.map(String) : [],
  };
}

/**
 * What a cached plan is keyed by: the plan version, and the epoch of its PlanVersion node (a random id
 * given when the node is made), so a database emptied and filled again, whose version counts up from 0
 * once more, never matches a plan cached before. Null when there is no PlanVersion with an epoch yet:
 * then nothing may be cached.
 */
export interface PlanStamp {
  readonly epoch: string;
  readonly version: number;
}

export const samePlanStamp = (a: PlanStamp | null, b: PlanStamp | null): boolean =>
  a !== null && b !== null && a.epoch === b.epoch && a.version === b.version;

/**
 * The plan stamp as this transaction sees it: one index lookup. Null while an import switches the
 * portfolio (`switching`, set in a transaction of its own before the switch and cleared after it): Neo4j
 * reads at read-committed and a large commit becomes visible piece by piece, so a read that overlaps
 * it can see part of both portfolios. A reader that reads the stamp before and after and finds the same
 * (non-null) stamp has therefore read one whole portfolio.
 */
export async function readPlanStamp(tx: ManagedTransaction): Promise<PlanStamp | null> {
  const result = await tx.run(
    `MATCH (p:PlanVersion {id: 'plan'}) RETURN p.version AS version, p.epoch AS epoch, p.switching AS switching`,
  );
  const record = result.records[0];
  const epoch = record?.get('epoch') as unknown;
  if (record?.get('switching')) return null;
  return typeof epoch === 'string' ? { epoch, version: Number(record?.get('version') ?? 0) } : null;
}

/** The current plan version (0 before the first change). */
export async function readPlanVersion(db: Database): Promise<number> {
  return db.read(async (tx) => {
    const result = await tx.run(`MATCH (p:PlanVersion {id: 'plan'}) RETURN p.version AS version`);
    return Number(result.records[0]?.get('version') ?? 0);
  });
}

export async function findChangeSet(tx: ManagedTransaction, id: string): Promise<ChangeSet | null> {
  const result = await tx.run('MATCH (cs:ChangeSet {id: $id}) RETURN properties(cs) AS cs', { id });
  const record = result.records[0];
  return record ? toChangeSet(record.get('cs') as Raw) : null;
}

export async function readChangeSet(db: Database, id: string): Promise<ChangeSet | null> {
  return db.read((tx) => findChangeSet(tx, id));
}

/** The entity changes of a change set, in the order recorded (optionally only those touching an id). */
export async function entityChangesOf(
  tx: ManagedTransaction,
  seq: number,
  touching: string | null = null,
): Promise<EntityChange[]> {
  const result = await tx.run(
    `MATCH (:ChangeSet {seq: $seq})-[:HAS_CHANGE]->(c:EntityChange)
     WHERE $id IS NULL OR c.entityId = $id OR c.fromId = $id OR c.toId = $id
     RETURN properties(c) AS c ORDER BY c.position`,
    { seq: neo4j.int(seq), id: touching },
  );
  return result.records.map((r) => toEntityChange(r.get('c') as Raw));
}

export async function readEntityChanges(
  db: Database,
  seq: number,
  touching: string | null = null,
): Promise<EntityChange[]> {
  return db.read((tx) => entityChangesOf(tx, seq, touching));
}

export interface ChangeFeedFilter {
  /** Only change sets touching this node (or a relationship at it). */
  readonly entityId?: string | null;
  /** Milliseconds since 1970: only change sets at or after it. */
  readonly sinceMs?: number | null;
  readonly by?: string | null;
  /** Node labels or relationship types. */
  readonly kinds?: readonly string[] | null;
  /** Cursor: only change sets older than this seq. */
  readonly beforeSeq?: number | null;
  readonly first: number;
}

/** Change sets newest first, one more than asked (so the caller knows whether there are more). */
export async function readChangeSets(db: Database, filter: ChangeFeedFilter): Promise<ChangeSet[]> {
  return db.read(async (tx) => {
    const source = filter.entityId
      ? `CALL () {
           MATCH (c:EntityChange {entityId: $entityId}) RETURN c.seq AS seq
           UNION MATCH (c:EntityChange {fromId: $entityId}) RETURN c.seq AS seq
           UNION MATCH (c:EntityChange {toId: $entityId}) RETURN c.seq AS seq
         }
         MATCH (cs:ChangeSet {seq: seq})`
      : 'MATCH (cs:ChangeSet)';
    const result = await tx.run(
      `${source}
       WHERE ($since IS NULL OR cs.atMs >= $since) AND ($by IS NULL OR cs.by = $by)
         AND ($kinds IS NULL OR any(k IN cs.kinds WHERE k IN $kinds))
         AND ($beforeSeq IS NULL OR cs.seq < $beforeSeq)
       RETURN properties(cs) AS cs ORDER BY cs.seq DESC LIMIT $limit`,
      {
        entityId: filter.entityId ?? null,
        since: filter.sinceMs ?? null,
        by: filter.by ?? null,
        kinds: filter.kinds?.length ? [...filter.kinds] : null,
        beforeSeq:
          filter.beforeSeq === null || filter.beforeSeq === undefined ? null : neo4j.int(filter.beforeSeq),
        limit: neo4j.int(filter.first + 1),
      },
    );
    return result.records.map((r) => toChangeSet(r.get('cs') as Raw));
  });
}
