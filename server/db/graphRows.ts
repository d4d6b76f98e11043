// The rows a whole graph is written from (the seed loader builds them from the papers): nodes and
// relationships with plain properties, the Source nodes they cite, and the papers themselves.
import type { NodeLabel, RelationshipType } from '../domain/model/index.js';

export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow {
  id: string;
  props: Props;
  sourceIds: string[];
}

export interface RelRow {
  from: string;
  to: string;
  props: Props;
}

export interface SourceRow {
  id: string;
  doc: string;
  fromLine: number;
  toLine: number;
  sak: string | null;
  quote: string;
}

/** A source paper: its file in seed/papers, a short key, and its title. */
export interface DocumentInfo {
  file: string;
  key: string;
  title: string;
}

/** One paper's statement of a tiltak's or milestone's start, end, date or status (a (:DateStatement)). */
export interface DateStatementRow {
  id: string;
  itemId: string;
  field: string;
  value: string | null;
  precision: string | null;
  text: string | null;
  kind: string;
  meetingId: string | null;
  meetingDate: string | null;
  doc: string | null;
  note: string | null;
  inferred: boolean;
  order: number;
  sourceIds: string[];
}

export interface SeedGraph {
  documents: DocumentInfo[];
  nodes: Record<NodeLabel, NodeRow[]>;
  rels: Record<RelationshipType, RelRow[]>;
  sources: SourceRow[];
  /** The papers' dated statements; the items' own start/end/date/status are the current values they give. */
  dateStatements?: DateStatementRow[];
}
