// GET /export/<view>.<format> and POST /import/graph.json: every export over plain HTTP for scripts
// and for the client's export buttons, with the same filters as the views and the same bearer
// tokens as /graphql (reading needs the viewer role, importing needs admin). Bad parameters give
// 400 with {code, messageNb, messageEn, details}. Each export is built in memory and sent whole
// with Content-Length (so a client can show download progress), deterministic for a given `date`.
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { Role, TokenTable } from '../auth/viewer.js';
import type { Database } from '../db/database.js';
import type { RoadmapGrouping } from '../db/repositories/roadmapRepository.js';
import { readAgendaYears } from '../db/repositories/yearAgendaRepository.js';
import { AppError } from '../errors.js';
import { type CsvDelimiter, toCsv } from '../export/csv.js';
import { exportGraph, importGraph } from '../export/graphDump.js';
import { graphDumpText } from '../export/graphJson.js';
import { gatherImpact, impactTables } from '../export/impactTable.js';
import type { Locale } from '../export/labels.js';
import { milestonesIcs } from '../export/milestonesIcs.js';
import { roadmapMspdi } from '../export/mspdi.js';
import { gatherRoadmap } from '../export/roadmapData.js';
import { roadmapPdf } from '../export/roadmapPdf.js';
import { roadmapTable } from '../export/roadmapTable.js';
import { toXlsx } from '../export/xlsx.js';
import { gatherYearAgenda } from '../export/yearAgendaData.js';
import { yearAgendaMarkdown } from '../export/yearAgendaMarkdown.js';
import { yearAgendaPdf } from '../export/yearAgendaPdf.js';
import type { Logger } from '../logger.js';
import type { RoadmapArgs } from '../services/roadmapView.js';
import { requireRole } from './auth.js';
import { HTTP_STATUS } from './status.js';

export interface ExportRouterOptions {
  db: Database;
  logger: Logger;
  tokens: TokenTable;
}

/** The timeline's default period (client/src/features/timeline/timelineState.ts). */
export const DEFAULT_PERIOD = { from: '2019-01-01', to: '2030-12-31' };

const INITIATIVE_KINDS = [
  'programme',
  'project',
  'national-solution',
  'plan',
  'strategy',
  'scheme',
  'regulation',
  'standard',
  'tiltak',
] as const;
const STATUSES = ['green', 'yellow', 'red', 'grey', 'blue', 'unknown'] as const;
const GROUPINGS: Record<string, RoadmapGrouping> = {
  actor: 'actor',
  programme: 'programme',
  goal: 'goal',
  strategy_goal: 'goal',
  status: 'status',
};

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2024-01-01');

/** "a,b" or ?x=a&x=b → ['a', 'b']; the GraphQL enum spelling (NATIONAL_SOLUTION) is accepted too. */
const list = <T extends string>(values: readonly T[] | null) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      (Array.isArray(v) ? v : v === undefined ? [] : [v])
        .flatMap((x) => x.split(','))
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .transform((xs) => (values ? xs.map((x) => x.toLowerCase().replace(/_/g, '-')) : xs))
    .refine((xs) => !values || xs.every((x) => (values as readonly string[]).includes(x)), {
      message: values ? `each must be one of ${values.join(', ')}` : '',
    })
    .transform((xs) => xs as T[]);

const single = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional());

const query = z
  .object({
    from: single.pipe(day.optional()),
    to: single.pipe(day.optional()),
    groupBy: single.pipe(
      z
        .string()
        .optional()
        .transform((g) => (g === undefined ? 'actor' : GROUPINGS[g.toLowerCase()]))
        .refine((g): g is RoadmapGrouping => g !== undefined, {
          message: 'must be actor, programme, goal (STRATEGY_GOAL) or status',
        }),
    ),
    actorIds: list(null),
    actors: list(null),
    kinds: list(INITIATIVE_KINDS),
    statuses: list(STATUSES),
    text: single.pipe(z.string().max(200).optional()),
    q: single.pipe(z.string().max(200).optional()),
    lang: single.pipe(z.enum(['nb', 'en']).optional()),
    year: single.pipe(
      z
        .string()
        .regex(/^\d{4}$/, 'must be a year such as 2024')
        .transform(Number)
        .optional(),
    ),
    delays: list(null).pipe(
      z
        .array(z.string().regex(/^[^:]+:\d{1,5}$/, 'each must be <id>:<days>, e.g. persontjenesten:56'))
        .transform((xs) =>
          xs.map((x) => {
            const colon = x.lastIndexOf(':');
            return { id: x.slice(0, colon), days: Number(x.slice(colon + 1)) };
          }),
        ),
    ),
    riskIds: list(null),
    mode: single.pipe(z.enum(['preserve', 'recompute']).optional()),
    paper: single.pipe(
      z
        .string()
        .optional()
        .transform((p) => (p ?? 'A4').toUpperCase())
        .refine((p): p is 'A4' | 'A3' => p === 'A4' || p === 'A3', { message: 'must be A4 or A3' }),
    ),
    date: single.pipe(day.optional()),
    delimiter: single.pipe(z.enum(['comma', 'semicolon']).optional()),
    dryRun: single.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  })
  .passthrough();

type Query = z.infer<typeof query>;

function parseQuery(req: Request): Query {
  const result = query.safeParse(req.query);
  if (!result.success) {
    const problems = result.error.issues.map((i) => ({
      field: i.path.join('.') || 'query',
      message: i.message,
    }));
    throw new AppError(
      'VALIDATION',
      `Ugyldige parametre: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      `Invalid parameters: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      { problems },
    );
  }
  return result.data;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

function roadmapArgs(q: Query): RoadmapArgs {
  return {
    from: q.from ?? DEFAULT_PERIOD.from,
    to: q.to ?? DEFAULT_PERIOD.to,
    groupBy: q.groupBy,
    actorIds: [...q.actorIds, ...q.actors],
    kinds: q.kinds,
    statuses: q.statuses,
    text: q.text ?? q.q ?? null,
  };
}

/** Whether the query narrows the graph (then graph.json is a part, not the whole). */
const isFiltered = (q: Query) =>
  q.from !== undefined ||
  q.to !== undefined ||
  q.actorIds.length + q.actors.length + q.kinds.length + q.statuses.length > 0 ||
  !!(q.text ?? q.q);

const TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

function send(res: Response, type: keyof typeof TYPES, fileName: string, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.status(200);
  res.setHeader('Content-Type', TYPES[type]);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Content-Length', String(bytes.length));
  // The content depends on the caller's role and on data that changes: never cache it.
  res.setHeader('Cache-Control', 'no-store');
  res.end(bytes);
}

type Handler = (req: Request, res: Response, q: Query, locale: Locale) => Promise<void>;

export function exportRouter(options: ExportRouterOptions): Router {
  const router = Router();
  const { db } = options;

  const guarded = (role: Role, handler: Handler) => [
    requireRole(options.tokens, role),
    async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        const q = parseQuery(req);
        await handler(req, res, q, q.lang ?? 'nb');
      } catch (error) {
        next(error);
      }
    },
  ];

  const roadmapName = (q: Query, ext: string) => {
    const a = roadmapArgs(q);
    return `veikart-${a.from}_${a.to}.${ext}`;
  };
  const title = (locale: Locale) => (locale === 'nb' ? 'Veikart' : 'Veikart (roadmap)');

  router.get(
    '/export/roadmap.csv',
    guarded('viewer', async (_req, res, q, locale) => {
      const data = await gatherRoadmap(db, roadmapArgs(q), locale);
      const delimiter: CsvDelimiter = q.delimiter === 'semicolon' ? ';' : ',';
      send(res, 'csv', roadmapName(q, 'csv'), toCsv(roadmapTable(data, locale), delimiter));
    }),
  );
  router.get(
    '/export/roadmap.xlsx',
    guarded('viewer', async (_req, res, q, locale) => {
      const data = await gatherRoadmap(db, roadmapArgs(q), locale);
      const bytes = await toXlsx([roadmapTable(data, locale)], {
        title: title(locale),
        date: q.date ?? todayIso(),
      });
      send(res, 'xlsx', roadmapName(q, 'xlsx'), bytes);
    }),
  );
  router.get(
    '/export/roadmap.pdf',
    guarded('viewer', async (_req, res, q, locale) => {
      const data = await gatherRoadmap(db, roadmapArgs(q), locale);
      const bytes = await roadmapPdf(data, locale, {
        paper: q.paper,
        date: q.date ?? todayIso(),
        title: title(locale),
      });
      send(res, 'pdf', roadmapName(q, 'pdf'), bytes);
    }),
  );
  router.get(
    '/export/roadmap.mspdi.xml',
    guarded('viewer', async (_req, res, q, locale) => {
      const data = await gatherRoadmap(db, roadmapArgs(q), locale);
      const xml = roadmapMspdi(data, locale, { title: title(locale), date: q.date ?? todayIso() });
      send(res, 'xml', roadmapName(q, 'msproject.xml'), xml);
    }),
  );
  router.get(
    '/export/milestones.ics',
    guarded('viewer', async (_req, res, q, locale) => {
      const args = roadmapArgs(q);
      const data = await gatherRoadmap(db, args, locale);
      const name = `veikart-${locale === 'nb' ? 'milepaeler' : 'milestones'}-${args.from}_${args.to}.ics`;
      send(res, 'ics', name, milestonesIcs(data, locale, { date: q.date ?? todayIso() }));
    }),
  );
  const impactHandler =
    (format: 'csv' | 'xlsx'): Handler =>
    async (_req, res, q, locale) => {
      const data = await gatherImpact(db, {
        delays: q.delays,
        riskIds: q.riskIds,
        mode: q.mode ?? 'preserve',
      });
      const tables = impactTables(data, locale);
      const date = q.date ?? todayIso();
      const name = `veikart-${locale === 'nb' ? 'konsekvens' : 'impact'}-${date}.${format}`;
      if (format === 'csv') {
        const delimiter: CsvDelimiter = q.delimiter === 'semicolon' ? ';' : ',';
        send(res, 'csv', name, toCsv(tables[0] as (typeof tables)[number], delimiter));
      } else {
        const title = locale === 'nb' ? 'Veikart – konsekvens' : 'Veikart – impact';
        send(res, 'xlsx', name, await toXlsx(tables, { title, date }));
      }
    };
  router.get('/export/impact.csv', guarded('viewer', impactHandler('csv')));
  router.get('/export/impact.xlsx', guarded('viewer', impactHandler('xlsx')));

  const agendaYear = async (q: Query) =>
    q.year ?? (await readAgendaYears(db))[0] ?? new Date().getUTCFullYear();
  const agendaName = (locale: Locale, year: number, ext: string) =>
    `${locale === 'nb' ? 'saksunderlag' : 'briefing'}-veikart-${year}.${ext}`;
  router.get(
    '/export/year-agenda.pdf',
    guarded('viewer', async (_req, res, q, locale) => {
      const year = await agendaYear(q);
      const data = await gatherYearAgenda(db, year);
      const bytes = await yearAgendaPdf(data, locale, { date: q.date ?? todayIso(), paper: q.paper });
      send(res, 'pdf', agendaName(locale, year, 'pdf'), bytes);
    }),
  );
  router.get(
    '/export/year-agenda.md',
    guarded('viewer', async (_req, res, q, locale) => {
      const year = await agendaYear(q);
      const data = await gatherYearAgenda(db, year);
      send(res, 'md', agendaName(locale, year, 'md'), yearAgendaMarkdown(data, locale));
    }),
  );

  router.get(
    '/export/graph.json',
    guarded('viewer', async (_req, res, q) => {
      const filtered = isFiltered(q);
      const args = roadmapArgs(q);
      const date = q.date ?? todayIso();
      const dump = await exportGraph(db, filtered ? args : null, date);
      const name = filtered ? `veikart-graf-${args.from}_${args.to}.json` : `veikart-graf-${date}.json`;
      send(res, 'json', name, graphDumpText(dump));
    }),
  );

  router.post(
    '/import/graph.json',
    // Authorise before reading a large body.
    requireRole(options.tokens, 'admin'),
    express.json({ limit: '64mb' }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const q = parseQuery(req);
        const outcome = await importGraph(db, req.body, q.dryRun === '1' || q.dryRun === 'true');
        options.logger.info({ import: outcome }, 'graph.json imported');
        res.status(200).json(outcome);
      } catch (error) {
        next(error);
      }
    },
  );

  // Errors of these routes as JSON: AppErrors with their code and status, malformed JSON as
  // VALIDATION, anything else as INTERNAL (logged, never shown).
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/export/') && !req.path.startsWith('/import/')) {
      next(error);
      return;
    }
    if (error instanceof AppError) {
      res.status(HTTP_STATUS[error.code]).json({
        code: error.code,
        messageNb: error.messageNb,
        messageEn: error.messageEn,
        details: error.details,
      });
      return;
    }
    const status = (error as { status?: number; type?: string }).status;
    if (status === 400 || status === 413) {
      const tooLarge = status === 413;
      res.status(status).json({
        code: 'VALIDATION',
        messageNb: tooLarge ? 'Filen er for stor (høyst 64 MB).' : 'Innholdet er ikke gyldig JSON.',
        messageEn: tooLarge ? 'The file is too large (at most 64 MB).' : 'The body is not valid JSON.',
        details: {},
      });
      return;
    }
    options.logger.error({ err: error, path: req.path }, 'export failed');
    res.status(500).json({
      code: 'INTERNAL',
      messageNb: 'Eksporten feilet på serveren.',
      messageEn: 'The export failed on the server.',
      details: {},
    });
  });
  return router;
}
