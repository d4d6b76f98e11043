// The servers under test, each system in a process of its own (BENCH_ROLE), apart from the load
// generator too, so one system's garbage is not collected on another's time: `veikart` serves the app
// on PORT, `peers` serves @neo4j/graphql and the naive baseline on PORT+1 (POST /neo4j-graphql, POST
// /naive). Each answers GET /memory with its own process's memory (Veikart on PORT+2). Started by
// bench/api/run.ts with NODE_ENV=production, as the Dockerfile runs the app; prints "ready".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type GraphQLSchema, graphql } from 'graphql';
import { startApp } from '../../server/app.js';
import { parseTokens } from '../../server/auth/viewer.js';
import { openDatabase } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { NAIVE_SCHEMA, naiveRoot, neo4jGraphQLSchema } from './peers.js';
import { benchTokenSpec } from './token.js';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const port = Number(env('BENCH_PORT'));
const role = env('BENCH_ROLE');
const db = openDatabase({
  uri: env('BENCH_NEO4J_URI'),
  user: 'neo4j',
  password: env('BENCH_NEO4J_PASSWORD'),
  database: 'neo4j',
  // Generous limits for a loaded machine (a whole-portfolio import is staged in short transactions and
  // its switch has a limit of its own); on a machine shared with other work a 2 s liveness probe fails
  // without the database being down.
  timeouts: { transactionMs: 1_800_000, connectMs: 10_000 },
});

const memory = (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(process.memoryUsage()));

async function startVeikart(): Promise<() => Promise<void>> {
  const app = await startApp(
    {
      db,
      logger: createLogger('silent'),
      introspection: true,
      tokens: parseTokens(benchTokenSpec()),
      limits: { perIpPerMinute: 1e9, perTokenPerMinute: 1e9, requestTimeoutMs: 1_800_000 },
    },
    port,
    '127.0.0.1',
  );
  const memoryServer = createServer((_req, res) => memory(res));
  await new Promise<void>((resolve) => memoryServer.listen(port + 2, '127.0.0.1', resolve));
  return async () => {
    memoryServer.close();
    await app.stop();
  };
}

async function startPeers(): Promise<() => Promise<void>> {
  const neoSchema: GraphQLSchema = await neo4jGraphQLSchema(db.driver);
  const peers = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/memory') return memory(res);
    const { query, variables } = JSON.parse(await body(req)) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const counter = { count: 0 };
    const result =
      req.url === '/naive'
        ? await graphql({
            schema: NAIVE_SCHEMA,
            source: query,
            variableValues: variables,
            rootValue: naiveRoot(db.driver, counter),
          })
        : await graphql({ schema: neoSchema, source: query, variableValues: variables, contextValue: {} });
    res
      .writeHead(200, {
        'content-type': 'application/json',
        // @neo4j/graphql translates a request into one statement per root field.
        'x-db-queries': String(req.url === '/naive' ? counter.count : 1),
      })
      .end(JSON.stringify(result));
  });
  await new Promise<void>((resolve) => peers.listen(port + 1, '127.0.0.1', resolve));
  return async () => {
    peers.close();
  };
}

const stop = role === 'veikart' ? await startVeikart() : await startPeers();
console.log(`ready ${role}`);
process.on('SIGTERM', async () => {
  await stop();
  await db.close();
  process.exit(0);
});
