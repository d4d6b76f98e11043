// graph.json in and out: the whole graph or the part a veikart filter shows, and an import that
// validates the whole file first and writes nothing unless all of it is valid. A whole file replaces
// the portfolio through a staged import (batches, then one switch); a part is merged in one transaction.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import {
  type GraphWriteSummary,
  mergeGraphPart,
  readGraphContent,
} from '../db/repositories/graphDumpRepository.js';
import {
  cleanUpImports,
  replacePortfolio,
  type StagedImportOptions,
} from '../db/repositories/stagedImportRepository.js';
import {
  GRAPH_FORMAT,
  GRAPH_FORMAT_VERSION,
  type GraphDump,
  type GraphProblem,
  parseGraphDump,
} from '../domain/model/graphDump.js';
import { importCounts } from '../domain/model/index.js';
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

export interface ImportFile {
  /** The file's name as the importer gives it (kept in the change set). */
  name?: string | null;
}

/**
 * Validates, then (unless dryRun) writes: a whole file replaces the portfolio (staged, then switched
 * at once; its change set is a summary), a part is merged in one transaction. Throws VALIDATION with
 * the problems found, before anything is written.
 */
export async function importGraph(
  db: Database,
  input: unknown,
  dryRun: boolean,
  editor: Editor,
  file: ImportFile = {},
  staging: StagedImportOptions = {},
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
  if (dump.scope === 'part') return { dryRun, ...(await mergeGraphPart(db, dump, audit)) };
  const summary = {
    file: file.name ?? null,
    // The digest of the file as parsed (compact JSON), so the same file imported twice shows the same.
    sha256: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
    counts: importCounts(dump),
  };
  return { dryRun, ...(await replacePortfolio(db, dump, { ...audit, summary }, staging)) };
}

/** At server start: deletes what an interrupted import left behind (staged or retired nodes). */
export const cleanUpInterruptedImports = (db: Database) => cleanUpImports(db);

function invalidFile(problems: GraphProblem[]) {
  const shown = problems.slice(0, 50).map((p) => ({ field: p.path, message: p.message }));
  const error = invalid(shown);
  error.details.problemCount = problems.length;
  return error;
}
