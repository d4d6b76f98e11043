// The portfolio graph's relationships as typed values: the closed list of types, and the two edges
// planners reason about (DEPENDS_ON and AFFECTS) with the one place that decides their defaults.
import type { Entity } from './entities.js';
import type { DependencyKind, DependencyType } from './vocabulary.js';

/** Every relationship type that carries facts (and so `sourceIds`); CITES and IN_DOCUMENT are provenance itself. */
export const RELATIONSHIP_TYPES = [
  'OWNS',
  'PARTICIPATES_IN',
  'HAS_MILESTONE',
  'PART_OF',
  'SUCCEEDS',
  'CONTRIBUTES_TO',
  'DEPENDS_ON',
  'AFFECTS',
  'DISCUSSED_IN',
  'ON_AGENDA_OF',
  'PRESENTED_IN',
  'HAS_STATUS',
  'HAS_ACTIVITY',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The edges the graph view draws. */
export const GRAPH_EDGE_TYPES = ['DEPENDS_ON', 'AFFECTS', 'OWNS'] as const;
export type GraphEdgeType = (typeof GRAPH_EDGE_TYPES)[number];

/** What a dependency is when the paper or the planner leaves a field out: decided here, once. */
export const DEPENDENCY_DEFAULTS = {
  kind: 'technical',
  type: 'FS',
  lagDays: 0,
} as const satisfies { kind: DependencyKind; type: DependencyType; lagDays: number };

/** What both edge kinds share: provenance, inference and an edit version. */
interface EdgeFacts {
  readonly inferred: boolean;
  readonly note: string | null;
  readonly version: number;
  /** The Source nodes that state it. */
  readonly sourceIds: readonly string[];
}

/** `from` depends on `to`: `to` must reach its constrained end (plus lag) before `from` can. */
export interface Dependency extends EdgeFacts {
  readonly id: string;
  readonly from: Entity;
  readonly to: Entity;
  readonly kind: DependencyKind;
  readonly type: DependencyType;
  readonly lagDays: number;
}

/** A risk or event that delays something, with the expected delay where a paper gives one. */
export interface RiskEffect extends EdgeFacts {
  readonly risk: Entity;
  readonly target: Entity;
  /** Null when the papers give no length ("ikke tidfestet"). */
  readonly expectedDelayDays: number | null;
  readonly delayText: string | null;
}

/** The id a dependency has when none was stored: one spelling everywhere. */
export function dependencyIdOf(fromId: string, toId: string): string {
  return `${fromId}->${toId}`;
}

/** An edge of the dependency graph view, by the ids of its ends. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly type: GraphEdgeType;
  /** Dependency fields: set (with their defaults) on DEPENDS_ON, null on the other types. */
  readonly kind: DependencyKind | null;
  readonly dependencyType: DependencyType | null;
  readonly lagDays: number | null;
  /** AFFECTS only: the expected delay where a paper gives one. */
  readonly expectedDelayDays: number | null;
  readonly inferred: boolean;
}
