// The portfolio graph's nodes as typed values. Repositories decode Neo4j nodes into these once
// (server/db/decode.ts); everything above db/ reads fields, never a property bag.
import type { DateValue } from './dateValue.js';
import type {
  ActorKind,
  AgendaItemKind,
  Body,
  ConditionKind,
  ConditionState,
  InitiativeKind,
  MeetingDocument,
  MilestoneStatus,
  RiskKind,
  StatusColour,
} from './vocabulary.js';

/** Every node label of the portfolio graph (schema/README.md). Cypher takes labels only from here. */
export const NODE_LABELS = [
  'Actor',
  'Initiative',
  'Goal',
  'Condition',
  'Milestone',
  'Risk',
  'Meeting',
  'AgendaItem',
  'PortfolioSnapshot',
  'StatusReport',
  'YearActivity',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** What every fact of the graph has: an id unique across kinds, a name, an edit version, provenance. */
export interface EntityBase {
  readonly id: string;
  /** The display name: name, else title, else id. */
  readonly name: string;
  /** Increases with every edit; an update must name the version it edited. */
  readonly version: number;
  /** Concluded rather than stated in the papers. */
  readonly inferred: boolean;
  readonly note: string | null;
}

export interface Initiative extends EntityBase {
  readonly label: 'Initiative';
  readonly aliases: readonly string[];
  readonly kind: InitiativeKind;
  readonly description: string | null;
  readonly start: DateValue | null;
  readonly end: DateValue | null;
  /** Totalperiode as written. */
  readonly periodText: string | null;
  /** Tjeneste (veikart rows). */
  readonly service: string | null;
  readonly status: StatusColour | null;
  readonly risk: StatusColour | null;
  readonly phase: string | null;
  readonly budgetNok: number | null;
  readonly budgetYear: number | null;
  readonly notes: readonly string[];
}

export interface Milestone extends EntityBase {
  readonly label: 'Milestone';
  readonly aliases: readonly string[];
  readonly date: DateValue | null;
  readonly dateText: string | null;
  readonly status: MilestoneStatus;
  readonly description: string | null;
}

export interface Actor extends EntityBase {
  readonly label: 'Actor';
  readonly aliases: readonly string[];
  readonly kind: ActorKind;
  readonly description: string | null;
}

export interface Risk extends EntityBase {
  readonly label: 'Risk';
  readonly aliases: readonly string[];
  readonly kind: RiskKind;
  readonly date: DateValue | null;
  readonly description: string | null;
}

export interface Goal extends EntityBase {
  readonly label: 'Goal';
  readonly title: string;
  /** Målsetting as written. */
  readonly target: string | null;
  readonly deadline: DateValue | null;
  /** Forutsetning as written. */
  readonly conditionsText: string | null;
  readonly veikartYear: number | null;
}

export interface Condition extends EntityBase {
  readonly label: 'Condition';
  readonly aliases: readonly string[];
  readonly kind: ConditionKind;
  readonly state: ConditionState;
  readonly stateNote: string | null;
  readonly date: DateValue | null;
}

export interface Meeting extends EntityBase {
  readonly label: 'Meeting';
  readonly body: Body | null;
  /** As in the paper (1/2021); null when the paper gives none. */
  readonly number: string | null;
  readonly date: DateValue | null;
  readonly place: string | null;
  readonly document: MeetingDocument | null;
}

export interface AgendaItem extends EntityBase {
  readonly label: 'AgendaItem';
  readonly number: string;
  readonly title: string;
  readonly kind: AgendaItemKind;
  readonly purpose: string | null;
  /** Forslag til vedtak (from a notice). */
  readonly proposedDecision: string | null;
  /** Vedtak (from minutes). */
  readonly decision: string | null;
  readonly deferred: boolean;
}

export interface Share {
  readonly key: string;
  readonly count: number;
}

export interface PortfolioSnapshot extends EntityBase {
  readonly label: 'PortfolioSnapshot';
  readonly asOf: DateValue | null;
  readonly projects: number | null;
  readonly budgetNok: number | null;
  readonly status: readonly Share[];
  readonly risk: readonly Share[];
  readonly segments: readonly Share[];
  readonly challenges: readonly string[];
}

export interface StatusReport extends EntityBase {
  readonly label: 'StatusReport';
  readonly asOf: DateValue | null;
  readonly colour: StatusColour | null;
  readonly risk: StatusColour | null;
  readonly phase: string | null;
}

export interface YearActivity extends EntityBase {
  readonly label: 'YearActivity';
  readonly year: number;
  readonly text: string;
}

/** Any node of the graph, told apart by its label. */
export type Entity =
  | Initiative
  | Milestone
  | Actor
  | Risk
  | Goal
  | Condition
  | Meeting
  | AgendaItem
  | PortfolioSnapshot
  | StatusReport
  | YearActivity;

export type EntityOf<L extends NodeLabel> = Extract<Entity, { label: L }>;

export function isEntityOf<L extends NodeLabel>(label: L, entity: Entity): entity is EntityOf<L> {
  return entity.label === label;
}
