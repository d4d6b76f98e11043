// The API benchmark: Veikart's GraphQL API against @neo4j/graphql and a naive graphql-js baseline, on
// the same Neo4j and the same synthetic portfolios (bench/api/generate.ts), loaded through the normal
// import (POST /import/graph.json). Runs are interleaved (each round asks every system in turn, the
// order alternating), so a machine shared with other work slows all of them alike: read the ratios.
//
//   npm run bench:api -- [--sizes 1k,10k,50k] [--runs 7] [--load-seconds 10] [--write]
//
// --write saves bench/api/results.json and rewrites bench/api/results.md and bench/api/latency.svg.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/db/database.js';
import { startLocalNeo4j } from '../../server/db/localNeo4j.js';
import { applyMigrations } from '../../server/db/migrations.js';
import { generateBenchPortfolio } from './generate.js';
import {
  NAIVE_ROADMAP,
  NEO4J_GRAPHQL_DOWNSTREAM,
  NEO4J_GRAPHQL_GRAPH,
  NEO4J_GRAPHQL_ROADMAP,
} from './peers.js';
import { type LoadResult, type Results, renderResults, type ScenarioResult } from './report.js';
import { BENCH_ADMIN_TOKEN, BENCH_CLIENT_TOKENS } from './token.js';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1k,10k,50k' },
    runs: { type: 'string', default: '7' },
    'load-seconds': { type: 'string', default: '10' },
    'time-budget': { type: 'string', default: '60' },
    write: { type: 'boolean', default: false },
  },
});
const SIZES = (args.sizes ?? '').split(',').map((s) => Number(s.replace(/k$/i, '000')));
const RUNS = Number(args.runs);
const LOAD_MS = Number(args['load-seconds']) * 1000;
/** Seconds one scenario may take in all at one size (at least 3 runs): the 50k naive run is minutes. */
const BUDGET_MS = Number(args['time-budget']) * 1000;
const PORT = 7751;
const BOLT_PORT = 7741;

const ROADMAP = `query Roadmap($from: Day!, $to: Day!, $groupBy: RoadmapGrouping, $withDependencies: Boolean!) {
  roadmap(from: $from, to: $to, groupBy: $groupBy) {
    from to
    lanes {
      key label
      initiatives { id name kind status start { firstDay lastDay label } end { firstDay lastDay label } }
      milestones { id name status date { firstDay lastDay label } }
    }
    dependencies @include(if: $withDependencies) { fromId toId }
  }
}`;
const IMPACT = `query Impact($id: ID!) {
  impact(delays: [{ id: $id, days: 56 }]) {
    affected { item { id name } slipDays newStart { day } newEnd { day date { label } } }
    summary { slippingCount }
  }
}`;
const GRAPH = `query Graph($id: ID!) {
  dependencyGraph(rootIds: [$id], depth: 3, direction: BOTH) { nodes { id name } edges { from to type } truncated }
}`;
const YEAR = `query Year($year: Int!) {
  yearAgenda(year: $year) { year goals { goal { id } tiltak { tiltak { id name } verdict projectedSlipDays } } }
}`;

const FULL = { from: '2019-01-01', to: '2030-12-31' };
const ONE_YEAR = { from: '2025-01-01', to: '2025-12-31' };

interface Sample {
  ms: number;
  bytes: number;
  queries: number;
  error: string | null;
}

/** One request; `token` makes it a signed-in viewer's (the load clients are one viewer each). */
async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Sample> {
  const t = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(600_000),
    });
    const text = await res.text();
    const ms = performance.now() - t;
    const body = JSON.parse(text) as { errors?: { message: string }[] };
    const queries = Number(res.headers.get('x-veikart-db-queries') ?? res.headers.get('x-db-queries') ?? -1);
    return {
      ms,
      bytes: text.length,
      queries,
      error: body.errors?.[0]?.message ?? (res.ok ? null : String(res.status)),
    };
  } catch (e) {
    return { ms: performance.now() - t, bytes: 0, queries: -1, error: String(e) };
  }
}

interface System {
  name: 'veikart' | '@neo4j/graphql' | 'naive';
  url: string;
}

interface Question {
  scenario: string;
  /** One request per system that answers it (the same question in each one's dialect). */
  asks: { system: System['name']; query: string; variables: Record<string, unknown> }[];
}

function questions(p: ReturnType<typeof generateBenchPortfolio>, size: number): Question[] {
  const roadmap = (period: typeof FULL, deps: boolean, naive: boolean): Question['asks'] => [
    { system: 'veikart', query: ROADMAP, variables: { ...period, groupBy: 'ACTOR', withDependencies: deps } },
    { system: '@neo4j/graphql', query: NEO4J_GRAPHQL_ROADMAP(deps), variables: period },
    ...(naive && !deps ? [{ system: 'naive' as const, query: NAIVE_ROADMAP, variables: period }] : []),
  ];
  return [
    // The naive baseline at 50k full period is one statement per tiltak (50,000): minutes per request.
    { scenario: 'roadmap 2019–2030', asks: roadmap(FULL, false, size <= 10_000) },
    { scenario: 'roadmap 2019–2030 + dependencies', asks: roadmap(FULL, true, false) },
    { scenario: 'roadmap one year (2025)', asks: roadmap(ONE_YEAR, false, true) },
    {
      scenario: 'dependency graph, depth 3',
      asks: [
        { system: 'veikart', query: GRAPH, variables: { id: p.middleId } },
        { system: '@neo4j/graphql', query: NEO4J_GRAPHQL_GRAPH, variables: { id: p.middleId } },
      ],
    },
    {
      scenario: 'impact, a leaf',
      asks: [
        { system: 'veikart', query: IMPACT, variables: { id: p.leafId } },
        { system: '@neo4j/graphql', query: NEO4J_GRAPHQL_DOWNSTREAM, variables: { id: p.leafId } },
      ],
    },
    {
      scenario: 'impact, high fan-out',
      asks: [
        { system: 'veikart', query: IMPACT, variables: { id: p.hubId } },
        { system: '@neo4j/graphql', query: NEO4J_GRAPHQL_DOWNSTREAM, variables: { id: p.hubId } },
      ],
    },
    { scenario: 'year agenda (2025)', asks: [{ system: 'veikart', query: YEAR, variables: { year: 2025 } }] },
  ];
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

function rssOfPid(pid: number | null): number {
  if (!pid) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** The memory of the process that serves `system` (each system runs in a process of its own). */
async function serverMemoryMb(system: System['name']): Promise<{ rss: number; heap: number }> {
  const res = await fetch(`http://127.0.0.1:${system === 'veikart' ? PORT + 2 : PORT + 1}/memory`);
  const m = (await res.json()) as { rss: number; heapUsed: number };
  return { rss: m.rss / 2 ** 20, heap: m.heapUsed / 2 ** 20 };
}

/** One process per system (bench/api/servers.ts), in production mode as the Dockerfile runs the app:
 * graphql-js checks every type test for a second copy of itself outside it. */
function startServer(role: 'veikart' | 'peers', uri: string, password: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/api/servers.ts')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_ROLE: role,
      BENCH_PORT: String(PORT),
      BENCH_NEO4J_URI: uri,
      BENCH_NEO4J_PASSWORD: password,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolvePromise(child);
    });
    child.on('exit', (code) => reject(new Error(`bench server ${role} exited with ${code}`)));
  });
}

/** The import over node:http: fetch gives up waiting for headers after 5 minutes, a large import takes longer. */
function postImport(file: string): Promise<{ status: number; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      `http://127.0.0.1:${PORT}/import/graph.json?reason=bench`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_ADMIN_TOKEN}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(file);
  });
}

/** Clients that each send the next request as soon as the last one answered, for LOAD_MS. */
async function load(
  system: System['name'],
  clients: number,
  next: (k: number) => { url: string; query: string; variables: Record<string, unknown> },
): Promise<Omit<LoadResult, 'name'>> {
  const latencies: number[] = [];
  let errors = 0;
  const errorSamples = new Set<string>();
  let k = 0;
  const end = performance.now() + LOAD_MS;
  const started = performance.now();
  let peakHeap = 0;
  const sampler = setInterval(async () => {
    try {
      peakHeap = Math.max(peakHeap, (await serverMemoryMb(system)).heap);
    } catch {}
  }, 500);
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end) {
        const r = next(k++);
        const s = await ask(r.url, r.query, r.variables, BENCH_CLIENT_TOKENS[client]);
        latencies.push(s.ms);
        if (s.error) {
          errors++;
          if (errorSamples.size < 3) errorSamples.add(s.error.slice(0, 200));
        }
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  return {
    clients,
    rps: latencies.length / seconds,
    p50: median(latencies),
    p95: quantile(latencies, 0.95),
    errors,
    errorSamples: [...errorSamples],
    heapMb: peakHeap,
  };
}

async function main(): Promise<void> {
  const dataDir = join(root, '.data/neo4j-bench');
  // A heap of 1 GB and a page cache that holds a 50k portfolio: see the README ("Larger portfolios").
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: BOLT_PORT,
    heap: '1g',
    pageCacheMiB: 512,
    onProgress: (m) => console.error(`[neo4j] ${m}`),
  });
  const db = openDatabase({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: 'neo4j',
    timeouts: { connectMs: 10_000, transactionMs: 600_000 },
  });
  await applyMigrations(db);
  const results: Results = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    loadAverageAtStart: loadavg()[0] ?? 0,
    node: process.version,
    runs: RUNS,
    loadSeconds: LOAD_MS / 1000,
    sizes: [],
  };
  for (const size of SIZES) {
    console.error(`\n== ${size} tiltak`);
    const portfolio = generateBenchPortfolio(size);
    const file = JSON.stringify(portfolio.dump);
    // Empty the database in batches (a delete of 400k relationships in one transaction is the very
    // transaction-memory problem the import must avoid); the import then loads into an empty graph.
    const session = db.driver.session();
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    await session.close();
    const servers = await Promise.all(
      (['veikart', 'peers'] as const).map((role) => startServer(role, neo4j.uri, neo4j.password)),
    );
    const sizeResult: Results['sizes'][number] = {
      size,
      tiltak: portfolio.tiltak,
      milestones: portfolio.milestones,
      dependencies: portfolio.dependencies,
      fileMb: file.length / 2 ** 20,
      importSeconds: Number.NaN,
      importError: null,
      scenarios: [],
      load: [],
      neo4jRssMb: Number.NaN,
    };
    try {
      const t = performance.now();
      const imported = await fetch(`http://127.0.0.1:${PORT}/import/graph.json?reason=bench`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_ADMIN_TOKEN}` },
        body: file,
        signal: AbortSignal.timeout(1_800_000),
      });
      sizeResult.importSeconds = (performance.now() - t) / 1000;
      if (!imported.ok)
        sizeResult.importError = `${imported.status} ${(await imported.text()).slice(0, 300)}`;
      console.error(`import: ${sizeResult.importSeconds.toFixed(1)} s ${sizeResult.importError ?? 'ok'}`);
      if (sizeResult.importError) continue;

      const systems: Record<System['name'], string> = {
        veikart: `http://127.0.0.1:${PORT}/graphql`,
        '@neo4j/graphql': `http://127.0.0.1:${PORT + 1}/neo4j-graphql`,
        naive: `http://127.0.0.1:${PORT + 1}/naive`,
      };
      for (const q of questions(portfolio, size)) {
        const samples = new Map<string, Sample[]>(q.asks.map((a) => [a.system, []]));
        const spent = new Map<string, number>(q.asks.map((a) => [a.system, 0]));
        for (const a of q.asks) await ask(systems[a.system], a.query, a.variables); // warm-up
        const heap = new Map<string, number>();
        for (let r = 0; r < RUNS; r++) {
          const order = r % 2 === 0 ? q.asks : [...q.asks].reverse();
          for (const a of order) {
            if (r >= 3 && (spent.get(a.system) ?? 0) > BUDGET_MS) continue;
            const s = await ask(systems[a.system], a.query, a.variables);
            samples.get(a.system)?.push(s);
            spent.set(a.system, (spent.get(a.system) ?? 0) + s.ms);
            heap.set(a.system, Math.max(heap.get(a.system) ?? 0, (await serverMemoryMb(a.system)).heap));
          }
        }
        for (const a of q.asks) {
          const xs = samples.get(a.system) ?? [];
          const ok = xs.filter((x) => !x.error);
          const result: ScenarioResult = {
            scenario: q.scenario,
            system: a.system,
            runs: xs.length,
            p50: median(ok.map((x) => x.ms)),
            p95: quantile(
              ok.map((x) => x.ms),
              0.95,
            ),
            queries: median(ok.map((x) => x.queries)),
            kb: median(ok.map((x) => x.bytes)) / 1024,
            errors: xs
              .filter((x) => x.error)
              .map((x) => x.error as string)
              .slice(0, 2),
            serverHeapMb: heap.get(a.system) ?? Number.NaN,
          };
          sizeResult.scenarios.push(result);
          console.error(
            `${q.scenario.padEnd(36)} ${a.system.padEnd(15)} p50 ${result.p50.toFixed(1).padStart(8)} ms  p95 ${result.p95.toFixed(1).padStart(8)} ms  ${result.queries} stmt  ${result.kb.toFixed(0)} KB${result.errors.length ? `  ERR ${result.errors[0]}` : ''}`,
          );
        }
      }
      const veikartMix = [
        {
          url: systems.veikart,
          query: ROADMAP,
          variables: { ...ONE_YEAR, groupBy: 'ACTOR', withDependencies: false },
        },
        { url: systems.veikart, query: GRAPH, variables: { id: portfolio.middleId } },
        { url: systems.veikart, query: IMPACT, variables: { id: portfolio.leafId } },
        { url: systems.veikart, query: YEAR, variables: { year: 2025 } },
      ];
      const roadmapOf = (system: 'veikart' | '@neo4j/graphql') =>
        system === 'veikart'
          ? veikartMix[0]
          : { url: systems[system], query: NEO4J_GRAPHQL_ROADMAP(false), variables: ONE_YEAR };
      for (const clients of [1, 8, 32]) {
        for (const [name, next] of [
          ['veikart: mixed reads', (k: number) => veikartMix[k % veikartMix.length]],
          ['veikart: roadmap one year', () => roadmapOf('veikart')],
          ['@neo4j/graphql: roadmap one year', () => roadmapOf('@neo4j/graphql')],
        ] as const) {
          const system = name.startsWith('veikart') ? 'veikart' : '@neo4j/graphql';
          const r = await load(system, clients, next as (k: number) => (typeof veikartMix)[number]);
          sizeResult.load.push({ name, ...r });
          console.error(
            `load ${name.padEnd(34)} ${String(clients).padStart(2)} clients: ${r.rps.toFixed(1)} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ${r.errors} errors, heap ≤ ${r.heapMb.toFixed(0)} MB${r.errorSamples?.length ? `  ERR ${r.errorSamples.join(' | ')}` : ''}`,
          );
        }
      }
      sizeResult.neo4jRssMb = rssOfPid(neo4j.pid);
    } finally {
      results.sizes.push(sizeResult);
      await Promise.all(
        servers.map((server) => {
          const exited = new Promise((r) => server.once('exit', r));
          server.kill('SIGTERM');
          return exited;
        }),
      );
      // Saved after every size, so a size that fails or runs out of time leaves the others.
      if (args.write) save(results);
    }
  }
  await db.close();
  await neo4j.stop();
  if (!args.write) console.log(JSON.stringify(results, null, 2));
}

function save(results: Results): void {
  writeFileSync(join(root, 'bench/api/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const { markdown, svg } = renderResults(results);
  writeFileSync(join(root, 'bench/api/results.md'), markdown);
  writeFileSync(join(root, 'bench/api/latency.svg'), svg);
  console.error('wrote bench/api/results.{json,md} and latency.svg');
}

await main();
