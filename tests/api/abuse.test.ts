// Abuse and faults: every failure answers JSON {code, messageNb, messageEn} (never HTML, never a
// stack trace), client mistakes are VALIDATION and never INTERNAL, the headers, the limits (aliases,
// tokens, input sizes, rate limits with 429 and Retry-After), and a database that stops answering.
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { type RunningApp, startApp } from '../../server/app.js';
import { parseTokens } from '../../server/auth/viewer.js';
import { type Database, openDatabase } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { asRole, seededApp, TEST_TOKENS } from '../support/app.js';

const ctx = seededApp();

interface ErrorBody {
  code: string;
  messageNb: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

async function expectJsonError(response: Response, status: number, code: string): Promise<ErrorBody> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  expect(text).not.toMatch(/<html|<pre|at .*\.(ts|js):\d+/i);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.code).toBe(code);
  expect(body.messageNb).toBeTruthy();
  expect(body.messageEn).toBeTruthy();
  return body;
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('every failure is one JSON error body', () => {
  it('malformed JSON to /graphql', async () => {
    await expectJsonError(await post(`${ctx.app.url}/graphql`, '{"query": '), 400, 'VALIDATION');
  });

  it('a body that is not JSON to /graphql', async () => {
    const response = await fetch(`${ctx.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ version }',
    });
    await expectJsonError(response, 415, 'VALIDATION');
  });

  it('a body over the size limit', async () => {
    const body = JSON.stringify({ query: '{ version }', variables: { padding: 'x'.repeat(400_000) } });
    const error = await expectJsonError(await post(`${ctx.app.url}/graphql`, body), 413, 'VALIDATION');
    expect(error.messageEn).toMatch(/too large/);
  });

  it('a path with bad percent-encoding', async () => {
    await expectJsonError(await fetch(`${ctx.app.url}/papers/%E0%A4%A`), 400, 'VALIDATION');
  });

  it.each(['/graphql/x', '/export/nope', '/export/roadmap.docx', '/import/nothing', '/papers/', '/readyz/x'])(
    'unknown route %s',
    async (path) => {
      await expectJsonError(await fetch(`${ctx.app.url}${path}`), 404, 'NOT_FOUND');
    },
  );

  it.each([
    ['DELETE', '/graphql'],
    ['PUT', '/graphql'],
    ['POST', '/export/roadmap.csv'],
    ['GET', '/import/graph.json'],
    ['DELETE', '/papers/004_42186ddcc7bb4984.txt'],
  ])('wrong method %s %s', async (method, path) => {
    const response = await fetch(`${ctx.app.url}${path}`, { method, headers: asRole('admin') });
    await expectJsonError(response, 405, 'VALIDATION');
    expect(response.headers.get('allow')).toBeTruthy();
  });
});

describe('client mistakes are VALIDATION, never INTERNAL', () => {
  it.each([
    ['a bad cursor', '{ initiatives(after: "garbage") { totalCount } }'],
    ['a negative first', '{ initiatives(first: -1) { totalCount } }'],
    ['a huge first', '{ initiatives(first: 1000000) { totalCount } }'],
    ['a subscription', 'subscription { version }'],
    ['a syntax error', '{ version '],
    ['an unknown field', '{ versjon }'],
  ])('%s', async (_name, query) => {
    const res = await ctx.app.graphql(query);
    expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe('VALIDATION');
    expect(res.errors?.[0]?.extensions?.messageNb).toBeTruthy();
    expect(JSON.stringify(res)).not.toMatch(/INTERNAL|stacktrace/);
  });

  it('a persisted query with a wrong hash', async () => {
    const body = JSON.stringify({
      query: '{ version }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    const response = await post(`${ctx.app.url}/graphql`, body);
    const text = await response.text();
    expect(text).not.toMatch(/INTERNAL/);
    // Automatic persisted queries are off: Apollo's answer keeps its reason for APQ-aware clients.
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'PERSISTED_QUERY_NOT_SUPPORTED',
    });
  });

  it.each(['2023-99-99', '0000-01-01', '2023-02-30'])('export date %s', async (date) => {
    await expectJsonError(await fetch(`${ctx.app.url}/export/roadmap.csv?from=${date}`), 400, 'VALIDATION');
  });

  it('a 200 KB alias', async () => {
    const res = await ctx.app.graphql(
      `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
      { input: { id: 'too-long-alias', name: 'x', kind: 'PROJECT', aliases: ['a'.repeat(200_000)] } },
      asRole('planner'),
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(res.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: '$input.aliases.0' }),
    ]);
  });

  it('a literal list too long', async () => {
    const ids = Array.from({ length: 1_001 }, (_, i) => `"x${i}"`).join(',');
    const res = await ctx.app.graphql(`{ impact(riskIds: [${ids}]) { affected { slipDays } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});

describe('headers', () => {
  it('sets a CSP, nosniff, frame-ancestors and a referrer policy', async () => {
    const response = await fetch(`${ctx.app.url}/papers/004_42186ddcc7bb4984.txt?from=339`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('papers follow the token rules of the exports', () => {
  it('refuses an invalid token with 401 JSON', async () => {
    const response = await fetch(`${ctx.app.url}/papers/004_42186ddcc7bb4984.txt`, {
      headers: { authorization: 'Bearer not-a-valid-token-at-all' },
    });
    await expectJsonError(response, 401, 'UNAUTHENTICATED');
  });

  it('refuses anonymous readers when anonymous may not read', async () => {
    const closed = await startApp(
      {
        db: ctx.db,
        logger: createLogger('silent'),
        introspection: true,
        tokens: parseTokens(`${TEST_TOKENS.viewer}:viewer`, 'anonymous'),
      },
      0,
      '127.0.0.1',
    );
    try {
      await expectJsonError(
        await fetch(`${closed.url}/papers/004_42186ddcc7bb4984.txt`),
        401,
        'UNAUTHENTICATED',
      );
      const allowed = await fetch(`${closed.url}/papers/004_42186ddcc7bb4984.txt`, {
        headers: asRole('viewer'),
      });
      expect(allowed.status).toBe(200);
    } finally {
      await closed.stop();
    }
  });

  it('FORBIDDEN names the role needed', async () => {
    const res = await ctx.app.graphql(
      'mutation { deleteScenario(id: "nope", version: 1) }',
      {},
      asRole('viewer'),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'planner' });
    const response = await post(`${ctx.app.url}/import/graph.json`, '{}', asRole('planner'));
    const body = await expectJsonError(response, 403, 'FORBIDDEN');
    expect(body.details).toMatchObject({ requiredRole: 'admin' });
  });
});

describe('limits', () => {
  it('refuses 75 aliased impact calls before running any', async () => {
    const calls = Array.from(
      { length: 75 },
      (_, i) => `i${i}: impact(riskIds: ["schrems-ii"]) { affected { slipDays } }`,
    ).join('\n');
    const started = performance.now();
    const res = await ctx.app.graphql(`{ ${calls} }`);
    const ms = performance.now() - started;
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.extensions?.measure).toBe('aliases');
    expect(res.dbQueries).toBeLessThanOrEqual(0);
    expect(ms).toBeLessThan(500);
    console.log(`75 aliased impact calls refused in ${ms.toFixed(0)} ms`);
  });

  it('runs as many engine calls as the cost allows without a false UNAVAILABLE', async () => {
    // 14 impact runs keep the event loop busy for seconds: the database probe must not take that
    // for a database that stopped answering (it did, before the probe counted only the database's silence).
    const calls = Array.from(
      { length: 14 },
      (_, i) =>
        `i${i}: impact(riskIds: ["schrems-ii"], delays: [{ id: "pll", days: ${i + 1} }]) { affected { slipDays } }`,
    ).join('\n');
    const started = performance.now();
    const res = await ctx.app.graphql(`{ ${calls} }`);
    console.log(`14 aliased impact calls answered in ${(performance.now() - started).toFixed(0)} ms`);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.status).toBe(200);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: 3_100 }, () => '__typename').join(' ');
    const res = await ctx.app.graphql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure: 'tokens' });
    expect(res.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('hides field suggestions when introspection is off, also from anonymous callers', async () => {
    const closed = await startApp(
      { db: ctx.db, logger: createLogger('silent'), introspection: false, tokens: parseTokens('') },
      0,
      '127.0.0.1',
    );
    try {
      const response = await post(
        `${closed.url}/graphql`,
        JSON.stringify({ query: '{ initiativ(id: "pll") { id } }' }),
      );
      const text = await response.text();
      expect(text).toContain('VALIDATION');
      expect(text).not.toMatch(/Did you mean/);
    } finally {
      await closed.stop();
    }
    const open = await ctx.app.graphql('{ initiativ(id: "pll") { id } }');
    expect(open.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe('rate limits', () => {
  let limited: RunningApp;
  const startLimited = () =>
    startApp(
      {
        db: ctx.db,
        logger: createLogger('silent'),
        introspection: true,
        tokens: parseTokens(`${TEST_TOKENS.viewer}:viewer`),
        limits: { perIpPerMinute: 10_000, perTokenPerMinute: 30, authFailuresPer15Minutes: 20 },
      },
      0,
      '127.0.0.1',
    );
  beforeEach(async () => {
    limited = await startLimited();
  });
  afterEach(() => limited?.stop());

  it('meets wrong tokens with 429 long before 1,000 of them', async () => {
    let first429 = -1;
    let response: Response | undefined;
    for (let i = 0; i < 1_000 && first429 < 0; i++) {
      response = await fetch(`${limited.url}/export/graph.json`, {
        headers: { authorization: `Bearer wrong-token-number-${i}-xxxxxxxx` },
      });
      if (response.status === 429) first429 = i;
      else expect(response.status).toBe(401);
    }
    expect(first429).toBe(20);
    const body = await expectJsonError(response as Response, 429, 'RATE_LIMITED');
    expect(Number(response?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(body.details?.retryAfterSeconds).toBeGreaterThan(0);
    console.log(`429 after ${first429} wrong tokens`);
    // Reading without a token still works from that address.
    expect((await fetch(`${limited.url}/papers/004_42186ddcc7bb4984.txt`)).status).toBe(200);
  });

  it('limits one token per minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const response = await post(`${limited.url}/graphql`, JSON.stringify({ query: '{ version }' }), {
        authorization: `Bearer ${TEST_TOKENS.viewer}`,
      });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        const body = (await response.json()) as { code: string; errors: { extensions: { code: string } }[] };
        expect(body.code).toBe('RATE_LIMITED');
        expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
      }
    }
    expect(statuses.indexOf(429)).toBe(30);
  });
});

describe('a database that does not answer', () => {
  it('gives 503 with a bilingual message within about 2 s, and /readyz says so', async () => {
    const nowhere = openDatabase({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    const down = await startApp(
      { db: nowhere, logger: createLogger('silent'), introspection: true, tokens: parseTokens('') },
      0,
      '127.0.0.1',
    );
    try {
      for (const path of ['/graphql', '/export/roadmap.csv']) {
        const started = performance.now();
        const response =
          path === '/graphql'
            ? await post(`${down.url}/graphql`, JSON.stringify({ query: '{ initiative(id: "pll") { id } }' }))
            : await fetch(`${down.url}${path}`);
        const ms = performance.now() - started;
        expect(response.status, path).toBe(503);
        const body = (await response.json()) as ErrorBody & { errors?: { extensions: ErrorBody }[] };
        const error = body.errors?.[0]?.extensions ?? body;
        expect(error.code).toBe('UNAVAILABLE');
        expect(error.messageNb).toMatch(/Databasen/);
        expect(ms).toBeLessThan(2_000);
        console.log(`${path}: 503 in ${ms.toFixed(0)} ms (connection refused)`);
      }
      expect((await fetch(`${down.url}/healthz`)).status).toBe(200);
      await expectJsonError(await fetch(`${down.url}/readyz`), 503, 'UNAVAILABLE');
    } finally {
      await down.stop();
      await nowhere.close();
    }
  });

  it('is ready when the database answers and is migrated', async () => {
    const response = await fetch(`${ctx.app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('the request deadline', () => {
  it('answers 503 when a request takes too long, and the late answer does no harm', async () => {
    const slow = {
      ...ctx.db,
      read: (work: Parameters<Database['read']>[0]) =>
        new Promise((resolve) => setTimeout(resolve, 800)).then(() => ctx.db.read(work)),
    } as Database;
    const app = await startApp(
      {
        db: slow,
        logger: createLogger('silent'),
        introspection: true,
        tokens: parseTokens(''),
        limits: { requestTimeoutMs: 300 },
      },
      0,
      '127.0.0.1',
    );
    try {
      const started = performance.now();
      const response = await post(
        `${app.url}/graphql`,
        JSON.stringify({ query: '{ initiative(id: "pll") { id } }' }),
      );
      expect(performance.now() - started).toBeLessThan(700);
      const body = (await response.json()) as ErrorBody;
      expect(response.status).toBe(503);
      expect(body.code).toBe('UNAVAILABLE');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect((await post(`${app.url}/graphql`, JSON.stringify({ query: '{ version }' }))).status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});

describe('a database paused mid-flight (SIGSTOP)', () => {
  const pid = inject('neo4jPid');
  it.skipIf(pid === null)(
    'answers 503 within about 2 s while paused and recovers by itself',
    async () => {
      const db = openDatabase(inject('neo4j'));
      const app = await startApp(
        { db, logger: createLogger('silent'), introspection: true, tokens: parseTokens('') },
        0,
        '127.0.0.1',
      );
      const ask = () =>
        post(`${app.url}/graphql`, JSON.stringify({ query: '{ initiative(id: "pll") { id } }' }));
      try {
        expect((await ask()).status).toBe(200);
        process.kill(pid as number, 'SIGSTOP');
        try {
          for (const attempt of ['first', 'second']) {
            const started = performance.now();
            const response = await ask();
            const ms = performance.now() - started;
            expect(response.status, attempt).toBe(503);
            const body = (await response.json()) as { errors: { extensions: ErrorBody }[] };
            expect(body.errors[0]?.extensions.code).toBe('UNAVAILABLE');
            expect(response.headers.get('retry-after')).toBeTruthy();
            expect(ms).toBeLessThan(3_000);
            console.log(`paused Neo4j, ${attempt} request: 503 in ${ms.toFixed(0)} ms`);
          }
          expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
        } finally {
          process.kill(pid as number, 'SIGCONT');
        }
        const resumed = performance.now();
        let status = 0;
        while (status !== 200 && performance.now() - resumed < 15_000) status = (await ask()).status;
        expect(status).toBe(200);
        expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
        console.log(`resumed Neo4j: 200 again after ${(performance.now() - resumed).toFixed(0)} ms`);
      } finally {
        await app.stop();
        await db.close();
      }
    },
    60_000,
  );
});
