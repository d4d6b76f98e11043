// Wiring only: one HTTP server that serves /graphql and the built client on the same port.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { DOCUMENTS } from '../seed/index.js';
import type { TokenTable } from './auth/viewer.js';
import { loadConfig } from './config.js';
import { countingDatabase } from './db/countingDatabase.js';
import type { Database } from './db/database.js';
import { pendingMigrations } from './db/migrations.js';
import type { IdempotencyClaim } from './domain/model/index.js';
import { AppError } from './errors.js';
import type { GraphQLContext } from './graphql/context.js';
import { engineGate } from './graphql/engineGate.js';
import { formatError } from './graphql/formatError.js';
import { idempotencyPlugin } from './graphql/idempotency.js';
import { aliasLimit, DOCUMENT_LIMITS, inputSizeLimit } from './graphql/limits.js';
import { schema } from './graphql/schema.js';
import { appGraphQLError, graphqlViewerOf } from './http/auth.js';
import { jsonErrors, methodNotAllowed, notFoundJson, sendError } from './http/errorResponse.js';
import { exportRouter } from './http/exportRoutes.js';
import { paperRouter } from './http/paperRoutes.js';
import { deadline, type HttpLimits, rateLimits, securityHeaders } from './http/protection.js';
import type { Logger } from './logger.js';
import { repoRoot } from './repoRoot.js';
import { claimIdempotency } from './services/idempotency.js';

const defaults = loadConfig({});
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  perIpPerMinute: defaults.VEIKART_RATE_LIMIT_IP,
  perTokenPerMinute: defaults.VEIKART_RATE_LIMIT_TOKEN,
  authFailuresPer15Minutes: defaults.VEIKART_AUTH_FAILURE_LIMIT,
  requestTimeoutMs: defaults.VEIKART_REQUEST_TIMEOUT_MS,
};

/** Paths the API serves (JSON answers, a 404 of their own); every other GET is a page of the client. */
const API_PATHS = /^\/(graphql|export|import|papers|healthz|readyz)(\/|$)/;
const GRAPHQL_BODY_LIMIT = '256kb';
export const KEEP_ALIVE_MS = 65_000;

export interface AppOptions {
  db: Database;
  logger: Logger;
  tokens: TokenTable;
  introspection: boolean;
  /** Folder with the built client; defaults to dist/client. */
  clientDir?: string;
  /** Rate limits and the request deadline; the defaults are those of server/config.ts. */
  limits?: Partial<HttpLimits>;
  /** Proxy hops in front of the app whose X-Forwarded-For is trusted for the client address. */
  trustProxy?: number;
}

export interface RunningApp {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** What a GraphQL request asks, for its Idempotency-Key: a retry must ask exactly the same. */
const graphqlRequestOf = (body: unknown) => {
  const { query, variables, operationName } = (body ?? {}) as Record<string, unknown>;
  return { query, variables, operationName };
};

async function requestContext(options: AppOptions, req: express.Request): Promise<GraphQLContext> {
  const viewer = await graphqlViewerOf(options.tokens, req.headers.authorization);
  const queries = { count: 0 };
  let idempotency: IdempotencyClaim | null = null;
  try {
    idempotency =
      req.method === 'POST'
        ? claimIdempotency(viewer.label, req.headers['idempotency-key'], graphqlRequestOf(req.body))
        : null;
  } catch (error) {
    if (error instanceof AppError) throw appGraphQLError(error);
    throw error;
  }
  return {
    db: countingDatabase(options.db, queries),
    logger: options.logger.child({ viewer: viewer.label }),
    viewer,
    locale: /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'nb',
    queries,
    idempotency,
  };
}

/** /readyz: 200 when the database answers and has every migration, else 503 saying which. */
function readiness(db: Database): RequestHandler {
  return async (req, res) => {
    const reachable = await db.ping();
    const pending = reachable ? await pendingMigrations(db).catch(() => null) : null;
    if (reachable && pending?.length === 0) {
      res.json({ status: 'ready' });
      return;
    }
    res.setHeader('retry-after', '5');
    sendError(
      req,
      res,
      reachable && pending
        ? new AppError(
            'UNAVAILABLE',
            `Databasen mangler skjemaendringer: ${pending.join(', ')}.`,
            `The database lacks schema migrations: ${pending.join(', ')}.`,
            { database: 'reachable', pendingMigrations: pending },
          )
        : new AppError(
            'UNAVAILABLE',
            'Databasen svarer ikke akkurat nå.',
            'The database is not answering right now.',
            { database: 'unreachable' },
          ),
    );
  };
}

/** Only JSON bodies reach Apollo (a form or text body is refused before it could be a CSRF). */
const graphqlBody: RequestHandler[] = [
  express.json({ limit: GRAPHQL_BODY_LIMIT }),
  (req, res, next) => {
    if (req.method === 'POST' && !req.is('application/json')) {
      sendError(
        req,
        res,
        new AppError(
          'VALIDATION',
          'Send GraphQL-forespørsler som JSON (content-type: application/json).',
          'Send GraphQL requests as JSON (content-type: application/json).',
        ),
        415,
      );
      return;
    }
    req.body ??= {};
    next();
  },
];

export async function startApp(options: AppOptions, port: number, host: string): Promise<RunningApp> {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const app = express();
  const server = createServer(app);
  // Slow senders are cut off too: the whole request must arrive within the deadline.
  server.requestTimeout = limits.requestTimeoutMs;
  // A kept-alive connection is closed after this much idleness. Node's default (5 s) races a client
  // that sends its next request just as the server, its event loop busy with large answers, gets round
  // to closing the connection: the request is reset (ECONNRESET). At 32 clients on a 50k portfolio 14 of
  // 535 requests were reset with 5 s, none of 838 with 65 s. Clients (undici, browsers) stop reusing a connection before the timeout
  // the server announces; load balancers expect the app to outlast their own idle timeout (often 60 s).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: options.introspection,
    // With introspection off, errors do not leak the schema either ("Did you mean …").
    hideSchemaDetailsFromClientErrors: !options.introspection,
    parseOptions: { maxTokens: DOCUMENT_LIMITS.tokens },
    validationRules: [aliasLimit],
    // No automatic persisted queries: the client sends whole documents, and an open cache is a target.
    persistedQueries: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Apollo's default cache-control plugin hooks every resolved field (it wraps each resolver of the
      // schema) to compute a Cache-Control header from @cacheControl hints; the schema has none and
      // answers are per viewer, so there is nothing for it to compute.
      ApolloServerPluginCacheControlDisabled(),
      inputSizeLimit,
      engineGate(),
      idempotencyPlugin,
      {
        // A database that does not answer makes the whole answer 503, with Retry-After.
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const body = response.body;
              const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
              if (errors?.some((e) => e.extensions?.code === 'UNAVAILABLE')) {
                response.http.status = 503;
                response.http.headers.set('retry-after', '5');
              }
            },
          };
        },
      },
      {
        // How many Cypher statements the request ran: for diagnosing N+1 patterns (and the test that forbids them).
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              response.http.headers.set('x-veikart-db-queries', String(contextValue.queries?.count ?? 0));
            },
          };
        },
      },
    ],
    // Internal errors reach the client as a code and a message, never a stack trace.
    includeStacktraceInErrorResponses: false,
    formatError: formatError(options.logger),
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 0);
  app.use(securityHeaders());
  // Liveness: the process answers (cheap, no database). Readiness: the database answers and is migrated.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', readiness(options.db));
  app.use(deadline(limits.requestTimeoutMs));
  app.use(rateLimits(options.tokens, limits));
  // The papers are public council documents, readable like the rest of the portfolio.
  app.use(paperRouter(Object.fromEntries(DOCUMENTS.map((d) => [d.file, d.title])), options.tokens));
  app.use(exportRouter(options));
  const graphql = expressMiddleware(apollo, {
    context: async ({ req }) => requestContext(options, req),
  });
  app
    .route('/graphql')
    .get(...graphqlBody, graphql)
    .post(...graphqlBody, graphql)
    .all(methodNotAllowed(['GET', 'POST']));

  const clientDir = options.clientDir ?? join(repoRoot, 'dist', 'client');
  if (existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app shell.
    app.get(/.*/, (req, res, next) => {
      if (API_PATHS.test(req.path)) return next();
      res.sendFile(join(clientDir, 'index.html'));
    });
  } else {
    options.logger.warn(
      { clientDir },
      'client not built: only /graphql is served (run npm run build:client)',
    );
  }

  app.use(notFoundJson);
  app.use(jsonErrors(options.logger));

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
  return {
    server,
    url,
    stop: async () => {
      await apollo.stop();
    },
  };
}
