// Wiring only: one HTTP server that serves /graphql and the built client on the same port.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DOCUMENTS } from '../seed/index.js';
import type { TokenTable } from './auth/viewer.js';
import { countingDatabase } from './db/countingDatabase.js';
import type { Database } from './db/database.js';
import type { GraphQLContext } from './graphql/context.js';
import { formatError } from './graphql/formatError.js';
import { schema } from './graphql/schema.js';
import { graphqlViewerOf } from './http/auth.js';
import { exportRouter } from './http/exportRoutes.js';
import { paperRouter } from './http/paperRoutes.js';
import type { Logger } from './logger.js';
import { repoRoot } from './repoRoot.js';

export interface AppOptions {
  db: Database;
  logger: Logger;
  tokens: TokenTable;
  introspection: boolean;
  /** Folder with the built client; defaults to dist/client. */
  clientDir?: string;
}

export interface RunningApp {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

function requestContext(
  options: AppOptions,
  authorization: string | undefined,
  acceptLanguage: string | undefined,
): GraphQLContext {
  const viewer = graphqlViewerOf(options.tokens, authorization);
  const queries = { count: 0 };
  return {
    db: countingDatabase(options.db, queries),
    logger: options.logger.child({ viewer: viewer.label }),
    viewer,
    locale: /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'nb',
    queries,
  };
}

export async function startApp(options: AppOptions, port: number, host: string): Promise<RunningApp> {
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: options.introspection,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
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
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The papers are public council documents, readable like the rest of the portfolio.
  app.use(paperRouter(Object.fromEntries(DOCUMENTS.map((d) => [d.file, d.title]))));
  app.use(exportRouter(options));
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        requestContext(options, req.headers.authorization, req.headers['accept-language']),
    }),
  );

  const clientDir = options.clientDir ?? join(repoRoot, 'dist', 'client');
  if (existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the app shell.
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.sendFile(join(clientDir, 'index.html'));
    });
  } else {
    options.logger.warn(
      { clientDir },
      'client not built: only /graphql is served (run npm run build:client)',
    );
  }

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
