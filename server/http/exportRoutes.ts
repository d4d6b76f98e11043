// GET /export/<view>.<format> and POST /import/graph.json: every export over plain HTTP for scripts
// and for the client's export buttons, with the same filters as the views and the same bearer
// tokens as /graphql (reading needs the viewer role, importing needs admin). Bad parameters give
// 400 with {code, messageNb, messageEn, details}. Each export is built in memory and sent whole
// with Content-Length (so a client can show download progress), deterministic for a given `date`.
// The routes are in ./exports, one file per family; this only wires them.
import { Router } from 'express';
import type { TokenTable } from '../auth/viewer.js';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { requireRole } from './auth.js';
import { methodNotAllowed } from './errorResponse.js';
import { sendFile } from './exports/formats.js';
import { graphImport, graphRoutes } from './exports/graph.js';
import { icsRoutes } from './exports/ics.js';
import { impactRoutes } from './exports/impact.js';
import { mspdiRoutes } from './exports/mspdi.js';
import { roadmapPdfRoutes } from './exports/roadmapPdf.js';
import { roadmapTableRoutes } from './exports/roadmapTables.js';
import { yearAgendaRoutes } from './exports/yearAgenda.js';

export interface ExportRouterOptions {
  db: Database;
  logger: Logger;
  tokens: TokenTable;
}

const EXPORTS = [
  ...roadmapTableRoutes,
  ...roadmapPdfRoutes,
  ...mspdiRoutes,
  ...icsRoutes,
  ...impactRoutes,
  ...yearAgendaRoutes,
  ...graphRoutes,
];

export function exportRouter({ db, logger, tokens }: ExportRouterOptions): Router {
  const router = Router();
  for (const route of EXPORTS) {
    router.get(route.path, requireRole(tokens, 'viewer'), async (req, res) => {
      sendFile(res, await route.build(req.query, db));
    });
    router.all(route.path, methodNotAllowed(['GET', 'HEAD']));
  }
  // The role is checked before a large body is read.
  router.post('/import/graph.json', requireRole(tokens, 'admin'), ...graphImport(db, logger, tokens));
  router.all('/import/graph.json', methodNotAllowed(['POST']));
  // Errors are answered by the app's JSON error handler (errorResponse.ts), like every route's.
  return router;
}
