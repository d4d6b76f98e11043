// What a planner may change, as typed patches. In a patch a field left out keeps its value and null
// clears it; required fields refuse null (checked by the edit services). Dates are canonical
// precision dates (2023-Q1); the database stores them with their first and last days beside them.
import type {
  DependencyKind,
  DependencyType,
  InitiativeKind,
  MilestoneStatus,
  RiskKind,
  StatusColour,
} from './vocabulary.js';

/** The node kinds a planner can create, change and delete. */
export const EDITABLE_LABELS = ['Initiative', 'Milestone', 'Risk'] as const;
export type EditableLabel = (typeof EDITABLE_LABELS)[number];

/** The stored fields that are dates with precision. */
export const DATE_FIELDS = ['start', 'end', 'date'] as const;

type Patch<T> = { readonly [K in keyof T]?: T[K] | null };

export interface InitiativeFields {
  name: string;
  kind: InitiativeKind;
  aliases: readonly string[];
  description: string;
  start: string;
  end: string;
  status: StatusColour;
  phase: string;
  service: string;
  budgetNok: number;
}
export type InitiativePatch = Patch<InitiativeFields>;

export interface MilestoneFields {
  name: string;
  date: string;
  dateText: string;
  status: MilestoneStatus;
  description: string;
}
export type MilestonePatch = Patch<MilestoneFields>;

export interface RiskFields {
  name: string;
  kind: RiskKind;
  date: string;
  description: string;
}
export type RiskPatch = Patch<RiskFields>;

export type EntityPatch = InitiativePatch | MilestonePatch | RiskPatch;

export interface DependencyFields {
  kind: DependencyKind;
  type: DependencyType;
  lagDays: number;
  note: string;
}
export type DependencyPatch = Patch<DependencyFields>;

export interface RiskEffectDraft {
  readonly targetId: string;
  readonly expectedDelayDays: number | null;
  readonly delayText: string | null;
}

/** Relationships an edit may set: each given list replaces the node's links of that kind. */
export interface EntityLinks {
  readonly ownerIds?: readonly string[];
  readonly participantIds?: readonly string[];
  readonly partOfIds?: readonly string[];
  /** Milestones only: the initiative it belongs to. */
  readonly initiativeIds?: readonly string[];
  /** Risks only: what the risk delays, and by how much where known. */
  readonly effects?: readonly RiskEffectDraft[];
}
