// bench/api/results.md and latency.svg from one run's figures (results.json): tables per size, the
// Veikart/peer ratios from the same run, and latency against size on log scales.
export interface ScenarioResult {
  scenario: string;
  system: string;
  runs: number;
  p50: number;
  p95: number;
  /** Cypher statements per request (median). */
  queries: number;
  kb: number;
  errors: string[];
  /** Largest heap seen during the scenario of the process that serves the system. */
  serverHeapMb: number;
}

export interface LoadResult {
  name: string;
  clients: number;
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  /** The first few distinct error messages (older results have none). */
  errorSamples?: string[];
  heapMb: number;
}

export interface Results {
  date: string;
  machine: string;
  loadAverageAtStart: number;
  node: string;
  runs: number;
  loadSeconds: number;
  sizes: {
    size: number;
    tiltak: number;
    milestones: number;
    dependencies: number;
    fileMb: number;
    importSeconds: number;
    importError: string | null;
    scenarios: ScenarioResult[];
    load: LoadResult[];
    neo4jRssMb: number;
  }[];
}

const ms = (x: number) =>
  Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

function ratioRows(r: Results): string[] {
  const rows: string[] = [];
  for (const s of r.sizes) {
    const by = new Map<string, ScenarioResult[]>();
    for (const x of s.scenarios) by.set(x.scenario, [...(by.get(x.scenario) ?? []), x]);
    for (const [scenario, xs] of by) {
      const v = xs.find((x) => x.system === 'veikart');
      for (const peer of xs.filter((x) => x.system !== 'veikart')) {
        if (!v) continue;
        const ratio = peer.p50 / v.p50;
        rows.push(
          `| ${k(s.size)} | ${scenario} | ${peer.system} | ${ms(v.p50)} | ${ms(peer.p50)} | **${Number.isFinite(ratio) ? ratio.toFixed(2) : '–'}×** |`,
        );
      }
    }
  }
  return rows;
}

export function renderSvg(r: Results): string {
  const W = 760;
  const H = 420;
  const pad = { l: 70, r: 250, t: 30, b: 50 };
  const series = new Map<string, { size: number; p50: number }[]>();
  for (const s of r.sizes)
    for (const x of s.scenarios)
      if (/roadmap|impact/.test(x.scenario) && Number.isFinite(x.p50))
        series.set(`${x.system}: ${x.scenario}`, [
          ...(series.get(`${x.system}: ${x.scenario}`) ?? []),
          { size: s.size, p50: x.p50 },
        ]);
  const all = [...series.values()].flat();
  if (all.length === 0)
    return '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>No figures</title></svg>\n';
  const lx = (v: number) => Math.log10(v);
  const [x0, x1] = [
    lx(Math.min(...all.map((p) => p.size))) - 0.1,
    lx(Math.max(...all.map((p) => p.size))) + 0.1,
  ];
  const [y0, y1] = [
    Math.floor(lx(Math.max(0.5, Math.min(...all.map((p) => p.p50))))),
    Math.ceil(lx(Math.max(...all.map((p) => p.p50)))),
  ];
  const xAt = (v: number) => pad.l + ((lx(v) - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const yAt = (v: number) => H - pad.b - ((lx(v) - y0) / (y1 - y0 || 1)) * (H - pad.t - pad.b);
  const colours = [
    '#1f77b4',
    '#ff7f0e',
    '#2ca02c',
    '#d62728',
    '#9467bd',
    '#8c564b',
    '#e377c2',
    '#7f7f7f',
    '#bcbd22',
    '#17becf',
    '#393b79',
    '#637939',
  ];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11" role="img">`,
    '<title>Median latency of Veikart and its peers against portfolio size</title>',
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${pad.l}" y="18" font-size="13">Median latency against portfolio size (log–log), ${r.date.slice(0, 10)}</text>`,
  ];
  for (let e = y0; e <= y1; e++) {
    const y = yAt(10 ** e);
    parts.push(
      `<line x1="${pad.l}" x2="${W - pad.r}" y1="${y}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${pad.l - 6}" y="${y + 4}" text-anchor="end">${ms(10 ** e)}</text>`,
    );
  }
  for (const s of r.sizes)
    parts.push(
      `<text x="${xAt(s.size)}" y="${H - pad.b + 16}" text-anchor="middle">${k(s.size)} tiltak</text>`,
    );
  [...series.entries()].forEach(([name, points], i) => {
    const c = colours[i % colours.length];
    const dash = name.startsWith('veikart') ? '' : ' stroke-dasharray="5 3"';
    parts.push(
      `<polyline fill="none" stroke="${c}" stroke-width="2"${dash} points="${points.map((p) => `${xAt(p.size).toFixed(1)},${yAt(p.p50).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const p of points)
      parts.push(`<circle cx="${xAt(p.size).toFixed(1)}" cy="${yAt(p.p50).toFixed(1)}" r="3" fill="${c}"/>`);
    parts.push(
      `<line x1="${W - pad.r + 12}" x2="${W - pad.r + 32}" y1="${pad.t + i * 16}" y2="${pad.t + i * 16}" stroke="${c}" stroke-width="2"${dash}/>`,
      `<text x="${W - pad.r + 36}" y="${pad.t + i * 16 + 4}">${name.replace(/&/g, '&amp;')}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export function renderResults(r: Results): { markdown: string; svg: string } {
  const lines: string[] = [
    '# API benchmark: Veikart against @neo4j/graphql and a naive baseline',
    '',
    `Run ${r.date} on ${r.machine}, Node ${r.node}, Neo4j 5.26 Community (embedded launcher, heap 1 GB, page cache 512 MB), load average ${r.loadAverageAtStart.toFixed(1)} at the start.`,
    r.loadAverageAtStart >= 2
      ? '**The machine was shared with other work during the run**: absolute figures are pessimistic and noisy; the ratios come from the same run, with the systems asked in turn (interleaved, the order alternating each round).'
      : "Nothing else was running at the start, but the same cores serve Neo4j, the servers and the load generator: read absolute figures as this machine's, and the ratios (same run, the systems asked in turn, the order alternating each round) as the comparison.",
    '',
    `Rerun: \`npm run bench:api -- --sizes 1k,10k,50k --runs ${r.runs} --load-seconds ${r.loadSeconds} --write\` (\`--sizes 1k,10k\` for a quick run). The portfolio is generated (bench/api/generate.ts, seeded) and loaded through POST /import/graph.json; Veikart and the peers each run in a process of their own (bench/api/servers.ts, NODE_ENV=production as in the Dockerfile), the load from the runner's.`,
    '',
    '## Portfolios and import',
    '',
    '| size | tiltak | milestones | dependencies | graph.json | import | Neo4j RSS after the run |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.map(
      (s) =>
        `| ${k(s.size)} | ${s.tiltak} | ${s.milestones} | ${s.dependencies} | ${s.fileMb.toFixed(1)} MB | ${s.importError ? `failed: ${s.importError.slice(0, 80)}` : `${s.importSeconds.toFixed(1)} s`} | ${Number.isNaN(s.neo4jRssMb) ? '–' : `${s.neo4jRssMb.toFixed(0)} MB`} |`,
    ),
    '',
    '## Latency per question (one client)',
    '',
    '`stmt`: Cypher statements per request (Veikart counts them per request; @neo4j/graphql sends one per root field; the naive baseline counts its own). `heap`: the largest heap seen during the scenario in the process serving that system.',
    '',
    '| size | question | system | runs | p50 | p95 | stmt | answer | heap |',
    '|---:|---|---|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.flatMap((s) =>
      s.scenarios.map(
        (x) =>
          `| ${k(s.size)} | ${x.scenario} | ${x.system} | ${x.runs} | ${ms(x.p50)} | ${ms(x.p95)} | ${x.queries} | ${x.kb.toFixed(0)} KB | ${x.serverHeapMb.toFixed(0)} MB |${x.errors.length ? ` errors: ${x.errors.join('; ').slice(0, 120)}` : ''}`,
      ),
    ),
    '',
    '## Ratios from the same run (peer p50 / Veikart p50: above 1 means Veikart is faster)',
    '',
    'For impact, @neo4j/graphql answers a different, smaller question: the `[:DEPENDS_ON*]` path gives *which* items are downstream, not their new dates, slips, causes or driving chains.',
    '',
    '| size | question | peer | Veikart p50 | peer p50 | ratio |',
    '|---:|---|---|---:|---:|---:|',
    ...ratioRows(r),
    '',
    '## Under load',
    '',
    `Closed loop: each client sends its next request when the last one answered, for ${r.loadSeconds} s. Veikart's mixed reads cycle through the roadmap for one year, the dependency graph at depth 3, impact on a leaf and the year agenda.`,
    '',
    "| size | load | clients | req/s | p50 | p95 | errors | server's heap (peak) |",
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...r.sizes.flatMap((s) =>
      s.load.map(
        (l) =>
          `| ${k(s.size)} | ${l.name} | ${l.clients} | ${l.rps.toFixed(1)} | ${ms(l.p50)} | ${ms(l.p95)} | ${l.errors}${l.errorSamples?.length ? ` (${l.errorSamples.join('; ').slice(0, 160)})` : ''} | ${l.heapMb.toFixed(0)} MB |`,
      ),
    ),
    '',
    '![latency against size](latency.svg)',
    '',
  ];
  return { markdown: `${lines.join('\n')}\n`, svg: renderSvg(r) };
}
