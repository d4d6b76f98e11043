// graph.json in and out: the whole graph or the part a veikart filter shows, and an import that
// validates the whole file first and writes nothing unless all of it is valid.
import type { Database } from '../db/database.js';
import {
  type GraphWriteSummary,
  readGraphContent,
  writeGraphDump,
} from '../db/repositories/graphDumpRepository.js';
import {
  GRAPH_FORMAT,
  GRAPH_FORMAT_VERSION,
  type GraphDump,
  type GraphProblem,
  parseGraphDump,
} from '../domain/model/graphDump.js';
import { invalid } from '../errors.js';
import type { Editor } from './edits/editCommon.js';
import { buildRoadmap, type RoadmapArgs } from './roadmapView.js';

/** The whole graph (filter null), or the initiatives and milestones a veikart view shows, with what they cite. */
export async function exportGraph(
  db: Database,
  filter: RoadmapArgs | null,
  date: string,
): Promise<GraphDump> {
  let ids: string[] | null = null;
  if (filter) {
    const view = await buildRoadmap(db, filter, 'nb');
    ids = view.lanes.flatMap((l) => [...l.initiatives, ...l.milestones].map((n) => n.id));
  }
  const content = await readGraphContent(db, ids);
  return {
    format: GRAPH_FORMAT,
    formatVersion: GRAPH_FORMAT_VERSION,
    exportedAt: date,
    scope: filter ? 'part' : 'full',
    filter: filter
      ? {
          from: filter.from,
          to: filter.to,
          actorIds: [...(filter.actorIds ?? [])],
          kinds: [...(filter.kinds ?? [])],
          statuses: [...(filter.statuses ?? [])],
          text: filter.text ?? null,
        }
      : null,
    ...content,
    seedChecksum: filter ? null : content.seedChecksum,
  };
}

export interface ImportOutcome extends GraphWriteSummary {
  /** True when only validated (nothing written). */
  dryRun: boolean;
}

/** Validates, then (unless dryRun) writes in one transaction. Throws VALIDATION with the problems found. */
export async function importGraph(
  db: Database,
  input: unknown,
  dryRun: boolean,
  editor: Editor,
): Promise<ImportOutcome> {
  const parsed = parseGraphDump(input);
  if ('problems' in parsed) throw invalidFile(parsed.problems);
  const dump = parsed.dump;
  if (dryRun) {
    return {
      dryRun,
      mode: dump.scope === 'full' ? 'replace' : 'merge',
      documents: dump.documents.length,
      sources: dump.sources.length,
      nodes: dump.nodes.length,
      relationships: dump.relationships.length,
      changeSetId: null,
    };
  }
  const audit = {
    by: editor.by,
    reason: editor.reason ?? null,
    sakId: editor.sakId ?? null,
    idempotency: editor.idempotency ?? null,
  };
  return { dryRun, ...(await writeGraphDump(db, dump, audit)) };
}

function invalidFile(problems: GraphProblem[]) {
  const shown = problems.slice(0, 50).map((p) => ({ field: p.path, message: p.message }));
  const error = invalid(shown);
  error.details.problemCount = problems.length;
  return error;
}
