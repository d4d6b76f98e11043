// GET /export/graph.json (the whole graph with sources, or with a veikart filter the part it shows)
// and POST /import/graph.json (admin; validates first and writes nothing if invalid; `dryRun=1`
// only validates; `reason` and `sakId` are kept in the import's change set).
import express, { type RequestHandler } from 'express';
import type { TokenTable } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { graphDumpText } from '../../export/graphJson.js';
import type { Logger } from '../../logger.js';
import { exportGraph, importGraph } from '../../services/graphTransfer.js';
import { claimIdempotency, priorAnswer, rememberAnswer } from '../../services/idempotency.js';
import { viewerOf } from '../auth.js';
import { fileName } from './formats.js';
import { graphParams, importParams } from './params.js';
import { exportRoute } from './route.js';

export const graphRoutes = [
  exportRoute('/export/graph.json', graphParams, async (p, db) => {
    const filter = p.filtered ? p.roadmap : null;
    const dump = await exportGraph(db, filter, p.date);
    return { format: 'json', name: fileName.graph(filter, p.date), body: graphDumpText(dump) };
  }),
];

/**
 * The largest graph.json an import reads. A portfolio of 50,000 tiltak (with ~50k milestones and ~200k
 * dependencies, bench/api) is about 78 MB as graph.json; 256 MB leaves room for ~150k, and the parsed
 * file (about three times its size in memory) still fits the server's default heap.
 */
export const IMPORT_LIMIT_MB = 256;

/** The body parser and the handler of POST /import/graph.json (after the admin check). */
export function graphImport(db: Database, logger: Logger, tokens: TokenTable): RequestHandler[] {
  return [
    express.json({ limit: `${IMPORT_LIMIT_MB}mb` }),
    async (req, res) => {
      const { dryRun, reason, sakId, file } = importParams.parse(req.query);
      const by = (await viewerOf(tokens, req.headers.authorization)).label;
      const claim = dryRun
        ? null
        : claimIdempotency(by, req.headers['idempotency-key'], { params: req.query, body: req.body });
      const replayed = claim ? await priorAnswer(db, claim) : null;
      if (replayed instanceof AppError) throw replayed;
      if (replayed) {
        res.status(replayed.status).setHeader('idempotent-replayed', 'true').json(replayed.body);
        return;
      }
      const outcome = await importGraph(
        db,
        req.body,
        dryRun,
        { by, reason, sakId, idempotency: claim },
        { name: file },
      );
      logger.info({ import: outcome }, 'graph.json imported');
      if (claim) await rememberAnswer(db, claim, { status: 200, body: outcome });
      res.status(200).json(outcome);
    },
  ];
}
