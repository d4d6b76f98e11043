// Wiring only: one HTTP server that serves /graphql and the built client on the same port.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Database } from './db/database.js';
import type { GraphQLContext } from './graphql/context.js';
import { schema } from './graphql/schema.js';
import type { Logger } from './logger.js';
import { repoRoot } from './repoRoot.js';

export interface AppOptions {
  db: Database;
  logger: Logger;
  introspection: boolean;
  /** Folder with the built client; defaults to dist/client. */
  clientDir?: string;
}

export interface RunningApp {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export async function startApp(options: AppOptions, port: number, host: string): Promise<RunningApp> {
  const app = express();
  const server = createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: options.introspection,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
    // Internal errors reach the client as a code and a message, never a stack trace.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async () => ({ db: options.db, logger: options.logger }),
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
