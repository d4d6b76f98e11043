// The client benchmark: the real built client in headless Chromium against a synthetic portfolio of
// 1,000 and 10,000 initiatives (bench/client/synthetic.ts), served by bench/client/server.ts.
// Measures, per size and over repeated fresh page loads: the timeline's first render (items visible),
// a status filter applied and removed, the dependency graph's first drawing at two depths, an
// expansion from a node, and the JS heap after each view.
//
//   node --import tsx bench/client/run.ts [--runs 7] [--sizes 1000,10000] [--write]
//
// --write replaces the figures of the "## Client" section of bench/results.md (up to its "### Before").
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { ensureClientBuilt, launchBrowser } from '../../tests/e2e/browser.js';
import { startBenchServer } from './server.js';
import { generatePortfolio, type Portfolio, walkGraph } from './synthetic.js';

const root = resolve(import.meta.dirname, '../..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    sizes: { type: 'string', default: '1000,10000' },
    write: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const SIZES = (args.sizes ?? '').split(',').map(Number);
const TIMEOUT = 180_000;

type Sample = Record<string, number>;

/** Milliseconds since navigation start at the first animation frame where `ready` holds. */
async function frameWhen(page: Page, ready: string, arg?: unknown): Promise<number> {
  const handle = await page.waitForFunction(
    // biome-ignore lint/security/noGlobalEval: the condition is this file's own code, sent as text to the page
    ([source, value]) => ((0, eval)(source)(value) ? performance.now() : false),
    [ready, arg] as const,
    { polling: 'raf', timeout: TIMEOUT },
  );
  return (await handle.jsonValue()) as number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

const TIMELINE_DRAWN = `() => document.querySelector('.vis-item.vk-item')`;
// The summary changed and every bar drawn is red.
const ONLY_RED = `() => {
  const s = document.querySelector('[data-testid="timeline-summary"]')?.textContent ?? '';
  if (s === window.__benchBefore || s.includes('…')) return false;
  const items = document.querySelectorAll('.vis-item.vk-item');
  return items.length > 0 && [...items].every((i) => i.classList.contains('status-RED'));
}`;
// The summary changed back and not every bar is red.
const ALL_AGAIN = `() => {
  const s = document.querySelector('[data-testid="timeline-summary"]')?.textContent ?? '';
  if (s === window.__benchBefore || s.includes('…')) return false;
  const items = document.querySelectorAll('.vis-item.vk-item');
  return [...items].some((i) => !i.classList.contains('status-RED'));
}`;
const GRAPH_DRAWN = `(n) => document.querySelector('.network')?.dataset.drawnNodes === String(n)`;

// The page's own code is sent as text: this file is type-checked without the DOM library.
const MARK_START = `window.__benchStart = performance.now()`;
const SINCE_START = `window.__benchStart`;
const CLICK_RED = `(() => {
  const label = [...document.querySelectorAll('fieldset.statuses label')].find((l) => l.textContent.includes('Rød'));
  window.__benchBefore = document.querySelector('[data-testid="timeline-summary"]')?.textContent ?? null;
  window.__benchStart = performance.now();
  label.querySelector('input').click();
})()`;

/** Clicks the status checkbox "Rød" and returns when the filtered timeline is drawn. */
async function toggleRed(page: Page, until: string): Promise<number> {
  await page.evaluate(CLICK_RED);
  return (await frameWhen(page, until)) - ((await page.evaluate(SINCE_START)) as number);
}

/** The node of a graph whose expansion (one level) adds the most nodes, and the node count after it. */
function expansionOf(p: Portfolio, roots: string[], depth: number) {
  const shown = walkGraph(p, { rootIds: roots, direction: 'BOTH', depth });
  const inside = new Set(shown.nodes);
  let best = { id: '', direction: 'UPSTREAM' as 'UPSTREAM' | 'DOWNSTREAM', after: inside.size };
  for (const id of shown.nodes) {
    for (const direction of ['UPSTREAM', 'DOWNSTREAM'] as const) {
      const more = walkGraph(p, { rootIds: [id], direction, depth: 1 }).nodes.filter((n) => !inside.has(n));
      if (inside.size + more.length > best.after) best = { id, direction, after: inside.size + more.length };
    }
  }
  return { before: shown.nodes.length, edges: shown.edges.length, truncated: shown.truncated, ...best };
}

async function oneRun(browser: Browser, url: string, p: Portfolio): Promise<Sample> {
  const sample: Sample = {};
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nb-NO' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  try {
    await page.goto(`${url}/`);
    sample.timelineFirst = await frameWhen(page, TIMELINE_DRAWN);
    await page.waitForSelector('[data-testid="timeline-summary"]');
    sample.timelineHeap = await heapMb(page);
    sample.filterRed = await toggleRed(page, ONLY_RED);
    sample.filterAll = await toggleRed(page, ALL_AGAIN);

    const root = p.initiatives[Math.floor(p.initiatives.length / 2)]?.id as string;
    for (const depth of [3, 6]) {
      const graph = expansionOf(p, [root], depth);
      await page.goto(`${url}/?view=graph&roots=${root}&depth=${depth}`);
      sample[`graph${depth}First`] = await frameWhen(page, GRAPH_DRAWN, graph.before);
      sample[`graph${depth}Heap`] = await heapMb(page);
      const name = (p.byId.get(graph.id) as { name: string }).name;
      await page.locator('.node-list button', { hasText: name }).first().click();
      const label = graph.direction === 'UPSTREAM' ? 'Utvid oppstrøms' : 'Utvid nedstrøms';
      const button = page.getByTestId('graph-selected').getByRole('button', { name: label });
      await button.waitFor();
      await page.evaluate(MARK_START);
      await button.click();
      sample[`graph${depth}Expand`] =
        (await frameWhen(page, GRAPH_DRAWN, graph.after)) - ((await page.evaluate(SINCE_START)) as number);
    }
  } finally {
    await context.close();
  }
  return sample;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const thousands = (n: number) => n.toLocaleString('en-US');

async function main() {
  ensureClientBuilt();
  const clientDir = join(root, 'dist/client');
  const portfolios = new Map(SIZES.map((n) => [n, generatePortfolio(n)]));
  const server = await startBenchServer(clientDir, portfolios.get(SIZES[0] as number) as Portfolio);
  const browser = await launchBrowser();
  const rows: string[] = [];
  const load = loadavg().map((l) => l.toFixed(1));
  try {
    for (const size of SIZES) {
      const p = portfolios.get(size) as Portfolio;
      server.use(p);
      const samples: Sample[] = [];
      // One warm-up load (the OS file cache, Chromium's first start), not counted.
      for (let run = 0; run <= RUNS; run++) {
        const sample = await oneRun(browser, server.url, p);
        if (run > 0) samples.push(sample);
        process.stderr.write(
          `${size} run ${run}${run ? '' : ' (warm-up)'}: ${JSON.stringify(sample, (_, v) => (typeof v === 'number' ? Math.round(v) : v))}\n`,
        );
      }
      const col = (key: string) => samples.map((s) => s[key] as number);
      const root = p.initiatives[Math.floor(p.initiatives.length / 2)]?.id as string;
      const g3 = expansionOf(p, [root], 3);
      const g6 = expansionOf(p, [root], 6);
      const kb = (op: string) => `${thousands(Math.round((server.lastBytes.get(op) ?? 0) / 1024))} kB`;
      const red = p.initiatives.filter((i) => i.status === 'red').length;
      const lines: [string, string, string, string][] = [
        [
          'timeline: first render (navigation → bars visible)',
          'timelineFirst',
          `${thousands(size)} tiltak, ${thousands(p.milestones.length)} milestones, ${thousands(p.dependencies.length)} dependencies`,
          `largest roadmap answer ${kb('Roadmap')}; ${p.actors.length} actor lanes`,
        ],
        ['timeline: filter status = red (click → redrawn)', 'filterRed', `${thousands(red)} red tiltak`, ''],
        ['timeline: filter removed (click → redrawn)', 'filterAll', `${thousands(size)} tiltak`, ''],
        [
          'graph depth 3: first drawing (navigation → canvas drawn)',
          'graph3First',
          `${thousands(g3.before)} nodes, ${thousands(g3.edges)} edges`,
          '',
        ],
        ['graph depth 3: expand one level from a node', 'graph3Expand', `→ ${thousands(g3.after)} nodes`, ''],
        [
          'graph depth 6: first drawing',
          'graph6First',
          `${thousands(g6.before)} nodes, ${thousands(g6.edges)} edges`,
          g6.truncated ? 'API node limit (2,000) reached' : '',
        ],
        ['graph depth 6: expand one level from a node', 'graph6Expand', `→ ${thousands(g6.after)} nodes`, ''],
      ];
      for (const [what, key, items, note] of lines)
        rows.push(
          `| ${what} | ${items} | ${fmt(median(col(key)))} | ${fmt(quantile(col(key), 0.95))} | ${samples.length} | ${note} |`,
        );
      for (const [what, key] of [
        ['JS heap after the timeline (after GC)', 'timelineHeap'],
        ['JS heap after the depth-6 graph (after GC)', 'graph6Heap'],
      ] as const)
        rows.push(
          `| ${what} | ${thousands(size)} tiltak | ${fmt(median(col(key)))} MB | ${fmt(quantile(col(key), 0.95))} MB | ${samples.length} | |`,
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const version = browser.version();
  const cpu = cpus();
  const section = `## Client

The built client (\`dist/client\`) in headless Chromium ${version} (Debian's, via playwright-core, 1280×720,
\`--disable-gpu\`), against a local server (\`bench/client/server.ts\`) whose \`/graphql\` answers the app's
roadmap and graph queries from a seeded synthetic portfolio (\`bench/client/synthetic.ts\`): N tiltak owned by
${portfolios.get(SIZES[0] as number)?.actors.length} actors (the RHFs, NHN, the directorates, 21 municipalities; skewed so a few own most), dated
2019–2030 at day/month/quarter/year precision, 0–2 milestones each and 2–6 dependencies on earlier tiltak
(about 4 on average). Each run is a fresh browser context (no cache): open the veikart (grouped by actor,
2019–2030), tick the status filter "Rød" and untick it, then open the dependency graph from the middle tiltak at
depth 3 and at depth 6 and expand one level from the node that adds the most. Times are measured in the page
(\`performance.now()\` at the first animation frame where the result is in the DOM/canvas), so they include
the query, Apollo's cache, building the view data and vis-timeline/vis-network drawing. One warm-up run is
not counted; p95 is the nearest-rank p95 of the runs (with ${RUNS} runs, the slowest).

Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}; load average ${load.join(' / ')} at the start (other work was running on the same VM).

Rerun (builds \`dist/client\` first when it is older than the sources):

\`\`\`
node --import tsx bench/client/run.ts            # prints the table; --write puts it here
\`\`\`

| measure | items | median ms (MB for heap) | p95 | runs | notes |
|---|---|---:|---:|---:|---|
${rows.join('\n')}
`;
  process.stdout.write(`${section}\n`);
  if (args.write) {
    const path = join(root, 'bench/results.md');
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf('\n## Client\n');
    let next: string;
    if (start < 0) next = `${text.trimEnd()}\n\n${section}`;
    else {
      // The hand-written history below the figures ("### Before …") is kept.
      const ends = [text.indexOf('\n## ', start + 1), text.indexOf('\n### Before', start + 1)].filter(
        (i) => i > 0,
      );
      const end = ends.length ? Math.min(...ends) : -1;
      next = `${text.slice(0, start + 1)}${section}${end < 0 ? '' : text.slice(end)}`;
    }
    writeFileSync(path, next);
  }
}

await main();
