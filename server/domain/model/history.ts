// Plan history: every write to the plan is one change set, holding for each node and relationship it
// touched the properties before and after. Pure: the snapshots are taken by db/changeLog.ts inside the
// write transaction; here they are compared and described.
import type { IdempotencyClaim } from './idempotency.js';
import type { ImportSummary } from './importSummary.js';

/** A stored property value (Neo4j keeps no nested maps on nodes). */
export type PropValue = string | number | boolean | null | readonly (string | number | boolean)[];
export type PropMap = Readonly<Record<string, PropValue>>;

/** What a change set did, as the API names it. */
export const CHANGE_OPERATIONS = [
  'createInitiative',
  'updateInitiative',
  'deleteInitiative',
  'createMilestone',
  'updateMilestone',
  'deleteMilestone',
  'createRisk',
  'updateRisk',
  'deleteRisk',
  'createDependency',
  'updateDependency',
  'deleteDependency',
  'saveScenario',
  'renameScenario',
  'deleteScenario',
  'import',
  'seed',
  'undo',
  'redo',
] as const;
export type ChangeOperation = (typeof CHANGE_OPERATIONS)[number];

/** One end of a relationship: the id and the label to find it by (Entity, Source or Scenario). */
export interface EndRef {
  readonly id: string;
  readonly label: string;
}

/** A node or relationship as it stood at one moment inside a write transaction. */
export type Captured =
  | {
      readonly kind: 'node';
      readonly id: string;
      /** Every label, sorted. */
      readonly labels: readonly string[];
      readonly props: PropMap;
      /** Keys whose values are Neo4j integers (JSON cannot tell 1 from 1.0). */
      readonly integerKeys: readonly string[];
    }
  | {
      readonly kind: 'relationship';
      readonly type: string;
      readonly from: EndRef;
      readonly to: EndRef;
      readonly props: PropMap;
      readonly integerKeys: readonly string[];
    };

/** How a relationship is named in history: its ends and type (at most one of a type between two nodes). */
export function relationshipKey(type: string, fromId: string, toId: string): string {
  return `${fromId}-[${type}]->${toId}`;
}

export function keyOf(c: Captured): string {
  return c.kind === 'node' ? c.id : relationshipKey(c.type, c.from.id, c.to.id);
}

/** The label a node is known by: its own kind, not the shared Entity label. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? 'Entity';
}

/** One node or relationship a change set touched: null before = created, null after = deleted. */
export interface EntityChange {
  readonly kind: 'node' | 'relationship';
  /** Node id, or the relationship key `from-[TYPE]->to`. */
  readonly id: string;
  /** The node's kind (Initiative, Milestone …) or the relationship type. */
  readonly label: string;
  /** Nodes: every label, to restore it as it was. */
  readonly labels: readonly string[];
  /** Relationships: their ends. */
  readonly from: EndRef | null;
  readonly to: EndRef | null;
  readonly before: PropMap | null;
  readonly after: PropMap | null;
  /** Keys holding Neo4j integers on either side. */
  readonly integerKeys: readonly string[];
}

export type ChangeAction = 'created' | 'updated' | 'deleted';

export function actionOf(change: Pick<EntityChange, 'before' | 'after'>): ChangeAction {
  return change.before === null ? 'created' : change.after === null ? 'deleted' : 'updated';
}

export interface ChangeSetMeta {
  readonly operation: ChangeOperation;
  /** Who: the token's identity. */
  readonly by: string;
  /** Why, in the planner's words. */
  readonly reason: string | null;
  /** The sak the change follows from (41/20 or an AgendaItem id). */
  readonly sakId: string | null;
  /** For undo and redo: the change set undone or redone. */
  readonly undoes?: string | null;
  readonly redoes?: string | null;
  /** The Idempotency-Key of the request that made the change, kept with it until it expires. */
  readonly idempotency?: IdempotencyClaim | null;
  /** A whole-portfolio import: what it brought (it records no change per node, so it cannot be undone). */
  readonly importSummary?: ImportSummary | null;
}

/** A change set as listed: its entity changes are read apart (an import may hold thousands). */
export interface ChangeSet extends Required<Omit<ChangeSetMeta, 'idempotency'>> {
  /** The seq as text. */
  readonly id: string;
  /** Position in the plan's history; equals the plan version it produced. */
  readonly seq: number;
  /** ISO timestamp. */
  readonly at: string;
  /** Node labels and relationship types it touched. */
  readonly kinds: readonly string[];
  readonly changeCount: number;
}

/** Properties that are bookkeeping of a transaction, never part of history. */
export const TRANSIENT_PROPS = ['editLock'] as const;

/** Properties the server sets on every write (who, when, which version). */
export const AUDIT_PROPS = ['version', 'createdBy', 'createdAt', 'updatedBy', 'updatedAt'] as const;

/** Canonical JSON: keys sorted, so two equal maps give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function samePropValue(a: PropValue | undefined, b: PropValue | undefined): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** Equal maps, optionally ignoring some keys. */
export function sameProps(a: PropMap | null, b: PropMap | null, ignoring: readonly string[] = []): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (!ignoring.includes(k) && !samePropValue(a[k], b[k])) return false;
  return true;
}

export interface FieldChange {
  readonly field: string;
  /** Absent (undefined) becomes null. */
  readonly before: PropValue;
  readonly after: PropValue;
}

/** The fields that differ between two property maps, sorted by name. */
export function diffProps(before: PropMap | null, after: PropMap | null): FieldChange[] {
  const b = before ?? {};
  const a = after ?? {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .sort()
    .filter((k) => !samePropValue(b[k], a[k]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

function changeOf(before: Captured | undefined, after: Captured | undefined): EntityChange {
  const c = (after ?? before) as Captured;
  const integerKeys = [...new Set([...(before?.integerKeys ?? []), ...(after?.integerKeys ?? [])])].sort();
  if (c.kind === 'node') {
    return {
      kind: 'node',
      id: c.id,
      label: primaryLabel(c.labels),
      labels: c.labels,
      from: null,
      to: null,
      before: before?.props ?? null,
      after: after?.props ?? null,
      integerKeys,
    };
  }
  return {
    kind: 'relationship',
    id: keyOf(c),
    label: c.type,
    labels: [],
    from: c.from,
    to: c.to,
    before: before?.props ?? null,
    after: after?.props ?? null,
    integerKeys,
  };
}

/**
 * What changed between two snapshots of the same scope: created, deleted and updated nodes and
 * relationships (an element equal on both sides is left out). Nodes first, then relationships, each
 * sorted by key, so a change set reads the same every time.
 */
export function diffSnapshots(before: readonly Captured[], after: readonly Captured[]): EntityChange[] {
  const was = new Map(before.map((c) => [keyOf(c), c]));
  const is = new Map(after.map((c) => [keyOf(c), c]));
  const changes: EntityChange[] = [];
  for (const key of [...new Set([...was.keys(), ...is.keys()])].sort()) {
    const b = was.get(key);
    const a = is.get(key);
    if (b && a && sameProps(b.props, a.props) && sameLabels(b, a)) continue;
    changes.push(changeOf(b, a));
  }
  return [...changes.filter((c) => c.kind === 'node'), ...changes.filter((c) => c.kind === 'relationship')];
}

function sameLabels(a: Captured, b: Captured): boolean {
  return a.kind !== 'node' || b.kind !== 'node' || a.labels.join() === b.labels.join();
}

/** The labels and types a change set touched, sorted. */
export function kindsOf(changes: readonly EntityChange[]): string[] {
  return [...new Set(changes.map((c) => c.label))].sort();
}

/**
 * Why a change set cannot be undone now: the keys of every node and relationship it touched that is
 * no longer as the change set left it, and of every relationship added since to a node the undo would
 * delete (deleting it would take that relationship along). Empty when the undo may go ahead.
 */
export function undoConflicts(changes: readonly EntityChange[], current: readonly Captured[]): string[] {
  const now = new Map(current.map((c) => [keyOf(c), c]));
  const removed = new Set(
    changes.filter((c) => c.kind === 'relationship' && c.before === null).map((c) => c.id),
  );
  const conflicts = new Set<string>();
  for (const c of changes) {
    const cur = now.get(c.id);
    if (!sameProps(cur?.props ?? null, c.after)) conflicts.add(c.id);
    if (c.kind === 'node' && c.before === null) {
      for (const other of current)
        if (
          other.kind === 'relationship' &&
          (other.from.id === c.id || other.to.id === c.id) &&
          !removed.has(keyOf(other))
        )
          conflicts.add(keyOf(other));
    }
  }
  return [...conflicts].sort();
}

/**
 * The properties an undo writes for one change: `before`, except that an element that lives on keeps
 * counting its version up (so whoever holds the undone version gets CONFLICT, as after any edit).
 */
export function restoredProps(
  change: EntityChange,
  current: Captured | undefined,
): { props: PropMap; integerKeys: string[] } | null {
  if (change.before === null) return null;
  const version = current?.props.version;
  if (change.after !== null && typeof version === 'number') {
    return {
      props: { ...change.before, version: version + 1 },
      integerKeys: [...new Set([...change.integerKeys, 'version'])],
    };
  }
  return { props: change.before, integerKeys: [...change.integerKeys] };
}
