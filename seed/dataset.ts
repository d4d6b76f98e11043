// The validated seed: every record merged across papers, references resolved, ready to load.
import type {
  Actor,
  AgendaItem,
  Condition,
  Dependency,
  Goal,
  Initiative,
  Meeting,
  Milestone,
  Risk,
  Snapshot,
} from './schema/records.js';

export type ResolvedDependency = Dependency & {
  id: string;
  type: 'FS' | 'SS' | 'FF' | 'SF';
  lagDays: number;
};

export interface SeedDataset {
  actors: Actor[];
  initiatives: Initiative[];
  goals: Goal[];
  conditions: Condition[];
  milestones: Milestone[];
  dependencies: ResolvedDependency[];
  risks: Risk[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  snapshots: Snapshot[];
}

export function dependencyId(from: string, to: string): string {
  return `${from}->${to}`;
}
