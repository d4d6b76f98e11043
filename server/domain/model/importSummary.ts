// What a whole-portfolio import is remembered by: one change set with the file's name and digest and
// how many of each kind it brought, instead of a before and after of every node (which at 10k tiltak
// made the import one transaction too large to commit). Pure.
import type { GraphDump } from './graphDump.js';

export interface ImportCount {
  /** A node label (Initiative, Milestone …), a relationship type (DEPENDS_ON …), Source, Document or DateStatement. */
  readonly kind: string;
  readonly count: number;
}

export interface ImportSummary {
  /** The file's name as the importer gave it (null when not given). */
  readonly file: string | null;
  /** SHA-256 of the file as parsed (its JSON text, written compactly). */
  readonly sha256: string;
  /** What the import brought, per kind, sorted by kind. */
  readonly counts: readonly ImportCount[];
  /** How many nodes of the portfolio it replaced. */
  readonly replacedNodes: number;
}

/** Nodes per kind (their label other than Entity), relationships per type, and the cited material. */
export function importCounts(dump: GraphDump): ImportCount[] {
  const counts = new Map<string, number>();
  const add = (kind: string, n = 1) => counts.set(kind, (counts.get(kind) ?? 0) + n);
  for (const node of dump.nodes) add(node.labels.find((l) => l !== 'Entity') ?? 'Entity');
  for (const rel of dump.relationships) add(rel.type);
  if (dump.sources.length) add('Source', dump.sources.length);
  if (dump.documents.length) add('Document', dump.documents.length);
  if (dump.dateStatements?.length) add('DateStatement', dump.dateStatements.length);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, count]) => ({ kind, count }));
}
