// What writing history costs: N sequential updateInitiative calls over HTTP against a real (local)
// Neo4j with the seed loaded, timed one by one. Run on the same machine before and after a change to
// compare; figures go to bench/results.md.
//   VEIKART_BENCH_BOLT_PORT=7694 node --import tsx bench/history/run.ts [calls=200]
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { seedDatabase } from '../../seed/load.js';
import { startApp } from '../../server/app.js';
import { parseTokens } from '../../server/auth/viewer.js';
import { openDatabase } from '../../server/db/database.js';
import { startLocalNeo4j } from '../../server/db/localNeo4j.js';
import { createLogger } from '../../server/logger.js';
import { repoRoot } from '../../server/repoRoot.js';

const calls = Number(process.argv[2] ?? 200);
// A throwaway planner token for this run only (never a literal credential in the repo).
const token = randomBytes(24).toString('base64url');
const local = await startLocalNeo4j({
  dataDir: resolve(repoRoot, process.env.VEIKART_BENCH_DATA_DIR ?? '.data/neo4j-bench'),
  boltPort: Number(process.env.VEIKART_BENCH_BOLT_PORT ?? 7694),
  heap: '512m',
  pageCacheMiB: 64,
});
const db = openDatabase({ uri: local.uri, user: local.user, password: local.password, database: 'neo4j' });
try {
  await seedDatabase(db);
  const app = await startApp(
    { db, logger: createLogger('silent'), introspection: false, tokens: parseTokens(`${token}:planner`) },
    0,
    '127.0.0.1',
  );
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, { version: number }>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data ?? {};
  };
  const id = `bench-${Date.now()}`;
  let version = (
    await gql('mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { version } }', {
      input: { id, name: 'Bench', kind: 'PROJECT', ownerIds: ['norsk-helsenett'] },
    })
  ).createInitiative?.version as number;
  const update = `mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {
    updateInitiative(id: $id, version: $version, input: $input) { version } }`;
  const times: number[] = [];
  for (let i = 0; i < calls + 20; i++) {
    const t0 = performance.now();
    const data = await gql(update, {
      id,
      version,
      input: { name: `Bench ${i}`, start: `${2025 + (i % 5)}` },
    });
    const ms = performance.now() - t0;
    if (i >= 20) times.push(ms); // the first 20 warm up the JIT and the query caches
    version = data.updateInitiative?.version as number;
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]?.toFixed(1);
  console.log(
    `${calls} sequential updateInitiative: total ${total.toFixed(0)} ms, mean ${(total / calls).toFixed(1)} ms, median ${q(0.5)} ms, p95 ${q(0.95)} ms`,
  );
  await db.write((tx) => tx.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id }));
  await app.stop();
} finally {
  await db.close();
  await local.stop();
}
