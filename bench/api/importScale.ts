// How long a whole-portfolio import takes, and how much memory it holds, at 1k, 10k and 50k tiltak:
// into an empty database, and replacing a portfolio of the same size (another seed, so every node
// differs). The import runs in this process through the service the HTTP route calls (validation,
// staging in batches, the switch, deleting the old portfolio); the file is parsed from its JSON text
// first, as the route's body parser does. Memory: this process's peak heap and RSS while importing
// (sampled every 100 ms), and the Neo4j JVM's RSS after it.
//
// Rerun (a Neo4j of its own in .data/neo4j-import-scale, not the test's or the API benchmark's):
//   npm run bench:import -- --sizes 1k,10k,50k [--bolt 7792] [--batch 2000]
// Prints one line per import and a Markdown table at the end (for bench/results.md).
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/db/database.js';
import { startLocalNeo4j } from '../../server/db/localNeo4j.js';
import { applyMigrations } from '../../server/db/migrations.js';
import { importGraph } from '../../server/services/graphTransfer.js';
import { generateBenchPortfolio } from './generate.js';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k' },
    bolt: { type: 'string', default: '7792' },
    batch: { type: 'string', default: '2000' },
    'tx-timeout': { type: 'string', default: '30000' },
  },
});
const SIZES = (args.sizes ?? '').split(',').map((s) => Number(s.replace(/k$/i, '000')));
const BATCH = Number(args.batch);

interface Row {
  size: number;
  case: 'empty' | 'replace';
  fileMb: number;
  nodes: number;
  relationships: number;
  seconds: number;
  phases: Record<string, number>;
  peakHeapMb: number;
  peakRssMb: number;
  neo4jRssMb: number;
  loadAverage: number;
}

const rssOf = (pid: number | null): number => {
  if (pid === null) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  } catch {
    return Number.NaN;
  }
};

async function main(): Promise<void> {
  const neo4j = await startLocalNeo4j({
    dataDir: join(root, '.data/neo4j-import-scale'),
    boltPort: Number(args.bolt),
    heap: '1g',
    pageCacheMiB: 512,
    onProgress: (m) => console.error(`[neo4j] ${m}`),
  });
  const db = openDatabase({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: 'neo4j',
    // Every transaction of the import (a batch, the switch) must fit the server's default limit of 30 s.
    timeouts: { connectMs: 10_000, transactionMs: Number(args['tx-timeout']) },
  });
  const rows: Row[] = [];
  try {
    await applyMigrations(db);
    for (const size of SIZES) {
      const session = db.driver.session();
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      await session.close();
      for (const [kind, seed] of [
        ['empty', 16],
        ['replace', 17],
      ] as const) {
        const text = JSON.stringify(generateBenchPortfolio(size, seed).dump);
        const parsed = JSON.parse(text) as unknown;
        global.gc?.();
        let peakHeap = 0;
        let peakRss = 0;
        const sample = () => {
          const m = process.memoryUsage();
          peakHeap = Math.max(peakHeap, m.heapUsed / 2 ** 20);
          peakRss = Math.max(peakRss, m.rss / 2 ** 20);
        };
        const sampler = setInterval(sample, 100);
        const load = loadavg()[0] ?? 0;
        const phases: Record<string, number> = {};
        const t = performance.now();
        const outcome = await importGraph(
          db,
          parsed,
          false,
          { by: 'bench', reason: 'import at scale' },
          { name: `bench-${size}-${seed}.graph.json` },
          { batchSize: BATCH, onPhase: (phase, ms) => (phases[phase] = ms / 1000) },
        );
        const seconds = (performance.now() - t) / 1000;
        clearInterval(sampler);
        sample();
        const row: Row = {
          size,
          case: kind,
          fileMb: text.length / 2 ** 20,
          nodes: outcome.nodes,
          relationships: outcome.relationships,
          seconds,
          phases,
          peakHeapMb: peakHeap,
          peakRssMb: peakRss,
          neo4jRssMb: rssOf(neo4j.pid),
          loadAverage: load,
        };
        rows.push(row);
        console.error(
          `${size} ${kind}: ${seconds.toFixed(1)} s (${Object.entries(phases)
            .map(([p, s]) => `${p} ${s.toFixed(1)} s`)
            .join(
              ', ',
            )}), ${row.nodes} nodes, ${row.relationships} rels, file ${row.fileMb.toFixed(0)} MB, heap ≤ ${peakHeap.toFixed(0)} MB, rss ≤ ${peakRss.toFixed(0)} MB, neo4j rss ${row.neo4jRssMb.toFixed(0)} MB, load ${load.toFixed(1)}`,
        );
      }
    }
  } finally {
    await db.close();
    await neo4j.stop();
  }
  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, batch ${BATCH}, ${new Date().toISOString()}\n`,
  );
  console.log(
    '| tiltak | into | file | nodes / relationships | time (stage + switch + delete old) | process heap / RSS (peak) | Neo4j RSS | load avg |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(
      `| ${r.size / 1000}k | ${r.case === 'empty' ? 'empty database' : 'replacing one'} | ${r.fileMb.toFixed(0)} MB | ${r.nodes} / ${r.relationships} | ${r.seconds.toFixed(1)} s (${(r.phases.stage ?? 0).toFixed(1)} + ${(r.phases.switch ?? 0).toFixed(1)} + ${(r.phases.deleteOld ?? 0).toFixed(1)}) | ${r.peakHeapMb.toFixed(0)} / ${r.peakRssMb.toFixed(0)} MB | ${r.neo4jRssMb.toFixed(0)} MB | ${r.loadAverage.toFixed(1)} |`,
    );
}

await main();
