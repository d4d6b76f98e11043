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

export interface SeedGraph {
  documents: DocumentInfo[];
  nodes: Record<NodeLabel, NodeRow[]>;
  rels: Record<RelationshipType, RelRow[]>;
  sources: SourceRow[];
}
