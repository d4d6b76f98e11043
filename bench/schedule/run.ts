// Scheduling engine benchmark. Run: node --expose-gc --import tsx bench/schedule/run.ts
// Prints markdown tables (median and p95 over repeated runs, heap, growth with size) for bench/results.md.

import { cpus, loadavg } from 'node:os';
import { compilePlan } from '../../server/domain/schedule/compilePlan.js';
import { analyseImpact, type ImpactOptions } from '../../server/domain/schedule/impact.js';
import {
  backwardPass,
  forwardPass,
  type ItemDelays,
  latestFinish,
} from '../../server/domain/schedule/passes.js';
import { schedule } from '../../server/domain/schedule/schedule.js';
import type { Change, PlanInput } from '../../server/domain/schedule/types.js';
import { chainPlan, idAt, randomDagPlan } from './generate.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) console.error('Run with --expose-gc for memory figures.');

interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

function measure(fn: () => unknown, runs: number): Stats {
  for (let i = 0; i < Math.max(3, Math.floor(runs / 5)); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] as number;
  return { median: at(0.5), p95: at(0.95), runs };
}

function heapMb(): number {
  // Twice: the first full collection can leave typed-array backing stores to be released by the second.
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

/** Heap retained by what `make` returns (measured around it with forced GC). */
function retainedMb<T>(make: () => T): { value: T; mb: number } {
  const before = heapMb();
  const value = make();
  return { value, mb: heapMb() - before };
}

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const int = (x: number) => x.toLocaleString('en');
const rows: string[] = [];
function row(what: string, items: number, deps: number, s: Stats, note = ''): void {
  rows.push(
    `| ${what} | ${int(items)} | ${int(deps)} | ${fmt(s.median)} | ${fmt(s.p95)} | ${s.runs} | ${note} |`,
  );
  console.error(`${what} (${int(items)}): median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms ${note}`);
}
const runsFor = (n: number) => (n <= 10_000 ? 100 : n <= 100_000 ? 30 : 10);

function delaysFor(n: number, item: number, days: number): ItemDelays {
  const stretch = new Float64Array(n);
  stretch[item] = days;
  return { shift: new Float64Array(n), stretch };
}

function impactRows(
  label: string,
  input: PlanInput,
  queries: readonly [string, Change[], ImpactOptions][],
): void {
  const plan = compilePlan(input);
  const n = plan.items.length;
  const m = plan.graph.predItem.length;
  const baseline = schedule(plan);
  for (const [what, changes, options] of queries) {
    const { value: result, mb } = retainedMb(() => analyseImpact(plan, changes, { baseline, ...options }));
    const runs = result.affected.length > 50_000 ? 10 : runsFor(n);
    row(
      `${label}: analyseImpact ${what}`,
      n,
      m,
      measure(() => analyseImpact(plan, changes, { baseline, ...options }), runs),
      `${int(result.affected.length)} affected, result ${Math.max(0, mb).toFixed(1)} MB` +
        (result.drivingChains === (options.drivingChains ?? 'full') ? '' : ', fell back to chains "last"'),
    );
  }
}

// 1. The 10k chain.
{
  const input = chainPlan(10_000);
  const { value: plan, mb } = retainedMb(() => compilePlan(input));
  const m = plan.graph.predItem.length;
  row(
    'chain: compilePlan',
    10_000,
    m,
    measure(() => compilePlan(input), 20),
    `compiled plan ${mb.toFixed(1)} MB`,
  );
  row(
    'chain: schedule (full CPM)',
    10_000,
    m,
    measure(() => schedule(plan), 300),
  );
  impactRows('chain', input, [
    ['head +30 d, chains "last"', [{ kind: 'delay', itemId: idAt(0), days: 30 }], { drivingChains: 'last' }],
    ['item 9,900 +30 d, full chains', [{ kind: 'delay', itemId: idAt(9_900), days: 30 }], {}],
  ]);
}

// 2. Random DAGs with ~4 dependencies per item: growth with size.
const growth: string[] = [];
for (const n of [1_000, 10_000, 100_000, 300_000]) {
  const input = randomDagPlan(n);
  const t0 = process.hrtime.bigint();
  const { value: plan, mb } = retainedMb(() => compilePlan(input));
  const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = plan.graph.predItem.length;
  rows.push(
    `| DAG: compilePlan | ${int(n)} | ${int(m)} | ${fmt(compileMs)} | – | 1 | compiled plan ${mb.toFixed(1)} MB |`,
  );
  const full = measure(() => schedule(plan), runsFor(n));
  row('DAG: schedule (full CPM)', n, m, full);
  // Propagation alone: one forward and one backward pass with a delay applied, no report.
  const delays = delaysFor(n, 0, 30);
  const prop = measure(() => {
    const early = forwardPass(plan, 'preserve', delays);
    backwardPass(plan, latestFinish(early.earlyFinish), delays);
  }, runsFor(n));
  row('DAG: propagate one delay (forward + backward pass)', n, m, prop);
  growth.push(
    `| ${int(n)} | ${int(m)} | ${fmt(full.median)} | ${(full.median / ((n + m) / 1e5)).toFixed(2)} | ${fmt(prop.median)} | ${(prop.median / ((n + m) / 1e5)).toFixed(2)} |`,
  );
  if (n === 100_000) {
    impactRows('DAG', input, [
      ['+30 d on item 50,000', [{ kind: 'delay', itemId: idAt(50_000), days: 30 }], {}],
      ['+1 y on item 1,000', [{ kind: 'delay', itemId: idAt(1_000), days: 365 }], {}],
      [
        '+10 y on the root, chains "last"',
        [{ kind: 'delay', itemId: idAt(0), days: 3_650 }],
        { drivingChains: 'last' },
      ],
      ['+10 y on the root, full chains', [{ kind: 'delay', itemId: idAt(0), days: 3_650 }], {}],
      [
        '+150 y on the root (every item moves), chains "last"',
        [{ kind: 'delay', itemId: idAt(0), days: 55_000 }],
        { drivingChains: 'last' },
      ],
      [
        '+150 y on the root (every item moves), full chains',
        [{ kind: 'delay', itemId: idAt(0), days: 55_000 }],
        {},
      ],
    ]);
    const plan100k = plan;
    row(
      'DAG: analyseImpact +30 d on item 50,000, baseline computed in the call',
      n,
      m,
      measure(() => analyseImpact(plan100k, [{ kind: 'delay', itemId: idAt(50_000), days: 30 }]), runsFor(n)),
    );
  }
}

console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus()[0]?.model ?? 'unknown CPU'}, one thread; ` +
    `load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} on ${cpus().length} cores.\n`,
);
console.log('| operation | items | dependencies | median ms | p95 ms | runs | notes |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(r);
console.log(
  '\nGrowth on random DAGs (ms per 100k items + dependencies should stay flat if the work is linear):\n',
);
console.log(
  '| items | dependencies | schedule median ms | per 100k (V+E) | propagate median ms | per 100k (V+E) |',
);
console.log('|---:|---:|---:|---:|---:|---:|');
for (const g of growth) console.log(g);
