// The roadmap's server-side build, cold (the first request after a write: the index of the new plan
// version is read) and warm (the version check and an in-memory filter), on the portfolio the last
// `npm run bench:api` left in .data/neo4j-bench, through the service (no HTTP, no GraphQL).
//
//   node --import tsx bench/api/roadmapCold.ts [--runs 5]
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/db/database.js';
import { startLocalNeo4j } from '../../server/db/localNeo4j.js';
import { buildRoadmap } from '../../server/services/roadmapView.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(args.runs);
const root = resolve(import.meta.dirname, '../..');
const neo4j = await startLocalNeo4j({
  dataDir: join(root, '.data/neo4j-bench'),
  boltPort: 7741,
  heap: '1g',
  pageCacheMiB: 512,
});
const db = openDatabase({
  uri: neo4j.uri,
  user: neo4j.user,
  password: neo4j.password,
  database: 'neo4j',
  timeouts: { connectMs: 10_000, transactionMs: 600_000 },
});

// What a write does to the version (changeLog.ts), without changing the plan.
const bump = () =>
  db.write((tx) => tx.run(`MATCH (p:PlanVersion {id: 'plan'}) SET p.version = p.version + 1`));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

try {
  for (const [what, period] of [
    ['2019–2030', { from: '2019-01-01', to: '2030-12-31' }],
    ['one year (2025)', { from: '2025-01-01', to: '2025-12-31' }],
  ] as const) {
    const cold: number[] = [];
    const warm: number[] = [];
    let shown = 0;
    for (let r = 0; r < RUNS; r++) {
      await bump();
      for (const into of [cold, warm]) {
        const t = performance.now();
        const view = await buildRoadmap(db, { ...period, groupBy: 'actor' }, 'nb');
        into.push(performance.now() - t);
        shown = view.lanes.reduce((n, l) => n + l.initiatives.length + l.milestones.length, 0);
      }
    }
    console.log(
      `roadmap ${what} by actor, ${shown} items shown: cold ${median(cold).toFixed(1)} ms, warm ${median(warm).toFixed(1)} ms (medians of ${RUNS})`,
    );
  }
} finally {
  await db.close();
  await neo4j.stop();
}
