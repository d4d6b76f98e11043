// Neo4j nodes and relationship properties into the typed model, once, at the edge of the database.
// Defaults for absent properties are decided here (and for dependencies in DEPENDENCY_DEFAULTS), so
// every reader above db/ sees the same value. A stored value outside its vocabulary reads as the
// vocabulary's fallback rather than breaking every read of the item.
import {
  ACTOR_KIND,
  AGENDA_ITEM_KIND,
  BODY,
  CONDITION_KIND,
  CONDITION_STATE,
  DATE_FIELDS,
  type DateValue,
  DEPENDENCY_DEFAULTS,
  DEPENDENCY_KIND,
  DEPENDENCY_TYPE,
  type Dependency,
  type DependencyPatch,
  dateValue,
  dependencyIdOf,
  type Entity,
  type EntityBase,
  type EntityPatch,
  type GraphEdge,
  type GraphEdgeType,
  INITIATIVE_KIND,
  isCodeOf,
  MEETING_DOCUMENT,
  MILESTONE_STATUS,
  NODE_LABELS,
  type NodeLabel,
  RISK_KIND,
  type RiskEffect,
  type Share,
  STATUS_COLOUR,
  type Vocabulary,
} from '../domain/model/index.js';
import { datePropsOrClear } from './dateProps.js';

export type Props = Record<string, unknown>;

/** The part of a driver node the decoder needs (labels and properties). */
export interface RawNode {
  labels: readonly string[];
  properties: Props;
}

const text = (p: Props, key: string): string | null => {
  const v = p[key];
  return v === undefined || v === null || v === '' ? null : String(v);
};
const num = (p: Props, key: string): number | null => {
  const v = p[key];
  if (typeof v === 'number') return v;
  // Integers written by Cypher arrive as driver Integers; they have toNumber.
  if (v && typeof v === 'object' && 'toNumber' in v) return (v as { toNumber(): number }).toNumber();
  return null;
};
const list = (p: Props, key: string): string[] =>
  Array.isArray(p[key]) ? (p[key] as unknown[]).map(String) : [];
const code = <C extends string>(vocab: Vocabulary<C>, p: Props, key: string): C | null => {
  const v = p[key];
  return isCodeOf(vocab, v) ? v : null;
};

/** The date stored under `prefix` (start, end, date, deadline, asOf), with the words the paper used. */
function date(p: Props, prefix: string, writtenKey?: string): DateValue | null {
  const t = p[prefix];
  if (typeof t !== 'string') return null;
  try {
    return dateValue(t, writtenKey ? text(p, writtenKey) : null);
  } catch {
    return null;
  }
}

function base(p: Props): EntityBase {
  const id = String(p.id);
  return {
    id,
    name: text(p, 'name') ?? text(p, 'title') ?? id,
    version: num(p, 'version') ?? 1,
    inferred: p.inferred === true,
    note: text(p, 'note'),
  };
}

/** Snapshot distributions are stored flat (statusGreen: 12); a share is one such pair. */
function shares(p: Props, prefix: string): Share[] {
  return Object.entries(p)
    .filter(
      ([k, v]) =>
        k.startsWith(prefix) &&
        k.length > prefix.length &&
        typeof v === 'number' &&
        /[A-Z]/.test(k[prefix.length] ?? ''),
    )
    .map(([k, v]) => ({ key: k.slice(prefix.length).toLowerCase(), count: v as number }));
}

export function labelOfNode(labels: readonly string[]): NodeLabel | null {
  return NODE_LABELS.find((l) => labels.includes(l)) ?? null;
}

const BASE_KEYS = ['id', 'name', 'title', 'version', 'inferred', 'note'] as const;

/**
 * The properties decodeAs reads, per label that a large read projects (the roadmap): a statement that
 * returns only these sends a fraction of a node (no search text) and decodes to the same entity.
 */
export const DECODED_KEYS = {
  Initiative: [
    ...BASE_KEYS,
    'aliases',
    'kind',
    'description',
    'start',
    'startText',
    'end',
    'endText',
    'periodText',
    'service',
    'status',
    'risk',
    'phase',
    'budgetNok',
    'budgetYear',
    'notes',
  ],
  Milestone: [...BASE_KEYS, 'aliases', 'date', 'dateText', 'status', 'description'],
} as const satisfies Partial<Record<NodeLabel, readonly string[]>>;

/** A Cypher map projection of `variable` with the keys decodeAs reads for `label` (plus `extra`). */
export function projectionOf(
  label: keyof typeof DECODED_KEYS,
  variable: string,
  extra: readonly string[] = [],
): string {
  return `${variable} {${[...DECODED_KEYS[label], ...extra].map((k) => `.${k}`).join(', ')}}`;
}

/**
 * The same keys as projectionOf, as one column each (`m.id AS id, …`): the driver decodes a map's keys
 * again in every row, columns once per result, so a read of tens of thousands of rows decodes in about
 * half the time. Read a row back with `record.toObject()`.
 */
export function columnsOf(
  label: keyof typeof DECODED_KEYS,
  variable: string,
  extra: readonly string[] = [],
): string {
  return [...DECODED_KEYS[label], ...extra].map((k) => `${variable}.${k} AS ${k}`).join(', ');
}

/** A node as its typed entity; null for a node that is not a portfolio entity. */
export function decodeEntity(node: RawNode): Entity | null {
  const label = labelOfNode(node.labels);
  if (!label) return null;
  return decodeAs(label, node.properties);
}

export function decodeAs(label: NodeLabel, p: Props): Entity {
  const b = base(p);
  switch (label) {
    case 'Initiative':
      return {
        ...b,
        label,
        aliases: list(p, 'aliases'),
        kind: code(INITIATIVE_KIND, p, 'kind') ?? 'project',
        description: text(p, 'description'),
        start: date(p, 'start', 'startText'),
        end: date(p, 'end', 'endText'),
        periodText: text(p, 'periodText'),
        service: text(p, 'service'),
        status: code(STATUS_COLOUR, p, 'status'),
        risk: code(STATUS_COLOUR, p, 'risk'),
        phase: text(p, 'phase'),
        budgetNok: num(p, 'budgetNok'),
        budgetYear: num(p, 'budgetYear'),
        notes: list(p, 'notes'),
      };
    case 'Milestone':
      return {
        ...b,
        label,
        aliases: list(p, 'aliases'),
        date: date(p, 'date', 'dateText'),
        dateText: text(p, 'dateText'),
        status: code(MILESTONE_STATUS, p, 'status') ?? 'unknown',
        description: text(p, 'description'),
      };
    case 'Actor':
      return {
        ...b,
        label,
        aliases: list(p, 'aliases'),
        kind: code(ACTOR_KIND, p, 'kind') ?? 'annet',
        description: text(p, 'description'),
      };
    case 'Risk':
      return {
        ...b,
        label,
        aliases: list(p, 'aliases'),
        kind: code(RISK_KIND, p, 'kind') ?? 'other',
        date: date(p, 'date', 'dateText'),
        description: text(p, 'description'),
      };
    case 'Goal':
      return {
        ...b,
        label,
        title: text(p, 'title') ?? b.name,
        target: text(p, 'target'),
        deadline: date(p, 'deadline'),
        conditionsText: text(p, 'conditionsText'),
        veikartYear: num(p, 'veikartYear'),
      };
    case 'Condition':
      return {
        ...b,
        label,
        aliases: list(p, 'aliases'),
        kind: code(CONDITION_KIND, p, 'kind') ?? 'other',
        state: code(CONDITION_STATE, p, 'state') ?? 'unknown',
        stateNote: text(p, 'stateNote'),
        date: date(p, 'date'),
      };
    case 'Meeting':
      return {
        ...b,
        label,
        body: code(BODY, p, 'body'),
        number: text(p, 'number'),
        date: date(p, 'date'),
        place: text(p, 'place'),
        document: code(MEETING_DOCUMENT, p, 'document'),
      };
    case 'AgendaItem':
      return {
        ...b,
        label,
        number: text(p, 'number') ?? '',
        title: text(p, 'title') ?? '',
        kind: code(AGENDA_ITEM_KIND, p, 'kind') ?? 'annet',
        purpose: text(p, 'purpose'),
        proposedDecision: text(p, 'proposedDecision'),
        decision: text(p, 'decision'),
        deferred: p.deferred === true,
      };
    case 'PortfolioSnapshot':
      return {
        ...b,
        label,
        asOf: date(p, 'asOf'),
        projects: num(p, 'projects'),
        budgetNok: num(p, 'budgetNok'),
        status: shares(p, 'status'),
        risk: shares(p, 'risk'),
        segments: shares(p, 'segment'),
        challenges: list(p, 'challenges'),
      };
    case 'StatusReport':
      return {
        ...b,
        label,
        asOf: date(p, 'asOf'),
        colour: code(STATUS_COLOUR, p, 'colour'),
        risk: code(STATUS_COLOUR, p, 'risk'),
        phase: text(p, 'phase'),
      };
    case 'YearActivity':
      return { ...b, label, year: num(p, 'year') ?? 0, text: text(p, 'text') ?? '' };
  }
}

const edgeFacts = (r: Props) => ({
  inferred: r.inferred === true,
  note: text(r, 'note'),
  version: num(r, 'version') ?? 1,
  sourceIds: list(r, 'sourceIds'),
});

export function decodeDependency(from: Entity, to: Entity, r: Props): Dependency {
  return {
    ...edgeFacts(r),
    id: text(r, 'id') ?? dependencyIdOf(from.id, to.id),
    from,
    to,
    kind: code(DEPENDENCY_KIND, r, 'kind') ?? DEPENDENCY_DEFAULTS.kind,
    type: code(DEPENDENCY_TYPE, r, 'type') ?? DEPENDENCY_DEFAULTS.type,
    lagDays: num(r, 'lagDays') ?? DEPENDENCY_DEFAULTS.lagDays,
  };
}

export function decodeRiskEffect(risk: Entity, target: Entity, r: Props): RiskEffect {
  return {
    ...edgeFacts(r),
    risk,
    target,
    expectedDelayDays: num(r, 'expectedDelayDays'),
    delayText: text(r, 'delayText'),
  };
}

export function decodeGraphEdge(from: string, to: string, type: GraphEdgeType, r: Props): GraphEdge {
  const isDependency = type === 'DEPENDS_ON';
  return {
    from,
    to,
    type,
    kind: isDependency ? (code(DEPENDENCY_KIND, r, 'kind') ?? DEPENDENCY_DEFAULTS.kind) : null,
    dependencyType: isDependency ? (code(DEPENDENCY_TYPE, r, 'type') ?? DEPENDENCY_DEFAULTS.type) : null,
    lagDays: isDependency ? (num(r, 'lagDays') ?? DEPENDENCY_DEFAULTS.lagDays) : null,
    expectedDelayDays: type === 'AFFECTS' ? num(r, 'expectedDelayDays') : null,
    inferred: r.inferred === true,
  };
}

/** The properties a stored value takes: scalars, string lists, or null (which removes it). */
export type StoredValue = string | number | boolean | readonly string[] | null;

/**
 * A typed patch as node properties: dates become their four properties (text, precision, first and
 * last day), null clears, and fields left out are left out.
 */
export function encodePatch(patch: EntityPatch | DependencyPatch): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(patch) as [string, StoredValue | undefined][]) {
    if (value === undefined) continue;
    if ((DATE_FIELDS as readonly string[]).includes(key)) {
      Object.assign(out, datePropsOrClear(key, value as string | null));
    } else {
      out[key] = value;
    }
  }
  return out;
}
