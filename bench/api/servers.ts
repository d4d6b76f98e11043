// The servers under test, in one process of their own (so the load generator does not share their
// event loop): Veikart's app on PORT, and the peers on PORT+1 (POST /neo4j-graphql, POST /naive;
// GET /memory gives this process's memory). Started by bench/api/run.ts; prints "ready" when listening.
import { createServer, type IncomingMessage } from 'node:http';
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
const neoSchema: GraphQLSchema = await neo4jGraphQLSchema(db.driver);
const peers = createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/memory') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(process.memoryUsage()));
    return;
  }
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
console.log(`ready ${app.url}`);
process.on('SIGTERM', async () => {
  peers.close();
  await app.stop();
  await db.close();
  process.exit(0);
});
