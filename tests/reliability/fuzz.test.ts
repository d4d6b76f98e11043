// Fuzzing the HTTP surface with malformed and hostile requests (fast-check, seeded so a failure
// replays): every answer is a clear error — JSON with a code, never INTERNAL, never HTML, never a
// stack — the server stays up, and the database is unchanged (digest of the whole graph).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/repoRoot.js';
import { graphDigest } from '../../server/services/backups.js';
import { exportGraph } from '../../server/services/graphTransfer.js';
import { asRole, seededApp } from '../support/app.js';

const ctx = seededApp();
const RUNS = Number(process.env.VEIKART_FUZZ_RUNS ?? 400);
const SEED = Number(process.env.VEIKART_FUZZ_SEED ?? 20261206);
const outcomes: Record<string, number> = {};
afterAll(() => {
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(join(repoRoot, 'test-results/fuzz-outcomes.json'), `${JSON.stringify(outcomes, null, 2)}\n`);
});

interface Answer {
  status: number;
  type: string;
  text: string;
}

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${ctx.app.url}${path}`, init);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** The error codes an answer carries (HTTP body code, or GraphQL errors' extensions.code). */
function codesOf(answer: Answer): string[] {
  const body = JSON.parse(answer.text) as {
    code?: string;
    errors?: { extensions?: { code?: string } }[];
  };
  return [...(body.code ? [body.code] : []), ...(body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE')];
}

/** What every answer to a malformed request must be. */
function expectClearError(answer: Answer, what: string): void {
  const label = `${what} → ${answer.status} ${answer.text.slice(0, 200)}`;
  expect(answer.status, label).toBeLessThan(500);
  expect(answer.type, label).toMatch(/application\/(graphql-response\+)?json/);
  expect(answer.text, label).not.toMatch(/<html|<!DOCTYPE|at \S+ \(\/|node_modules/i);
  const codes = codesOf(answer);
  for (const code of codes) expect(code, label).not.toMatch(/INTERNAL|NONE/);
  const key = `${answer.status} ${codes[0] ?? 'ok'}`;
  outcomes[key] = (outcomes[key] ?? 0) + 1;
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1e309',
    'NaN',
    'null',
    '2023-99-99',
    '0000-01-01',
    '%E0%A4%A',
    '../..',
    '{"a":',
  ),
  fc.string({ minLength: 1000, maxLength: 3000 }),
);
const int = fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 2 ** 31, -(2 ** 53), 10 ** 12));
const gqlString = (s: string) => JSON.stringify(s);

// GraphQL operations on real fields with hostile arguments, and some that are not GraphQL at all.
const operation = fc.oneof(
  fc
    .tuple(text, text)
    .map(([from, to]) => `{ roadmap(from: ${gqlString(from)}, to: ${gqlString(to)}) { from } }`),
  fc
    .tuple(int, text)
    .map(([first, after]) => `{ initiatives(first: ${first}, after: ${gqlString(after)}) { totalCount } }`),
  fc.tuple(text, int).map(([t, first]) => `{ search(text: ${gqlString(t)}, first: ${first}) { id } }`),
  fc
    .tuple(text, int)
    .map(([id, days]) => `{ impact(delays: [{ id: ${gqlString(id)}, days: ${days} }]) { mode } }`),
  int.map((year) => `{ yearAgenda(year: ${year}) { year } }`),
  fc
    .tuple(text, int)
    .map(([id, depth]) => `{ dependencyGraph(rootIds: [${gqlString(id)}], depth: ${depth}) { truncated } }`),
  text.map((id) => `{ entity(id: ${gqlString(id)}) { id } }`),
  text.map((id) => `{ criticalPath(targetId: ${gqlString(id)}) { itemIds } }`),
  fc
    .tuple(text, int)
    .map(
      ([id, version]) =>
        `mutation { updateInitiative(id: ${gqlString(id)}, version: ${version}, input: { name: null }) { id } }`,
    ),
  fc
    .tuple(text, text)
    .map(
      ([from, to]) =>
        `mutation { createDependency(input: { fromId: ${gqlString(from)}, toId: ${gqlString(to)}, kind: TECHNICAL }) { id } }`,
    ),
  fc
    .tuple(text, int)
    .map(([id, version]) => `mutation { deleteInitiative(id: ${gqlString(id)}, version: ${version}) }`),
  fc.constantFrom(
    'subscription { x }',
    '{',
    '{ nope }',
    'query { __typename @skip }',
    'fragment F on Nope { x }',
  ),
  text,
);

describe('fuzzing', () => {
  it('answers every malformed GraphQL request with a clear error and changes nothing', async () => {
    const before = graphDigest(await exportGraph(ctx.db, null, '2026-01-01'));
    await fc.assert(
      fc.asyncProperty(operation, fc.boolean(), async (query, planner) => {
        const answer = await send('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(planner ? asRole('planner') : {}) },
          body: JSON.stringify({ query }),
        });
        if (answer.status === 200 && !answer.text.includes('"errors"')) return; // a valid query: fine
        expectClearError(answer, query.slice(0, 120));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(graphDigest(await exportGraph(ctx.db, null, '2026-01-01'))).toBe(before);
  }, 600_000);

  it('answers malformed bodies and transports with a clear error', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('{', '{"query": 1}', '{"query": "{ x }", "variables": "nope"}', '[]', 'null', '"x"'),
      fc.constant('{"query":"{ x }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"deadbeef"}}}'),
    );
    const type = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/graphql',
    );
    await fc.assert(
      fc.asyncProperty(body, type, async (b, t) => {
        const answer = await send('/graphql', { method: 'POST', headers: { 'content-type': t }, body: b });
        if (answer.status === 200 && !answer.text.includes('"errors"')) return;
        expectClearError(answer, `${t} ${b.slice(0, 80)}`);
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
  }, 600_000);

  it('answers bad export parameters and paper paths with a clear error', async () => {
    const routes = fc.constantFrom(
      '/export/roadmap.csv',
      '/export/roadmap.xlsx',
      '/export/roadmap.pdf',
      '/export/milestones.ics',
      '/export/roadmap.mspdi.xml',
      '/export/impact.csv',
      '/export/year-agenda.md',
      '/export/graph.json',
    );
    const param = fc.constantFrom(
      'from',
      'to',
      'groupBy',
      'kinds',
      'statuses',
      'actorIds',
      'date',
      'lang',
      'paper',
      'delays',
      'riskIds',
      'mode',
      'year',
      'delimiter',
    );
    const request = fc.oneof(
      fc.tuple(routes, param, text).map(([r, p, v]) => `${r}?${p}=${encodeURIComponent(v)}`),
      text.map((v) => `/papers/${encodeURIComponent(v)}?from=1&to=2`),
      fc.constantFrom('/papers/%E0%A4%A', '/papers/..%2F..%2Fpackage.json', '/export/nope', '/graphql/x'),
    );
    await fc.assert(
      fc.asyncProperty(request, async (path) => {
        const answer = await send(path);
        if (answer.status === 200) return;
        expectClearError(answer, path.slice(0, 120));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const health = await send('/healthz');
    expect(health.status).toBe(200);
  }, 600_000);
});
