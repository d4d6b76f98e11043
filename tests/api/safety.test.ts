// No N+1: a nested roadmap request costs the same number of Cypher statements however many
// initiatives it returns. And the limits: depth, complexity (cost, not breadth), request size,
// introspection.
import { type DocumentNode, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../server/app.js';
import { parseTokens } from '../../server/auth/viewer.js';
import type { Database } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { seededApp } from '../support/app.js';

const ctx = seededApp();

const NESTED_ROADMAP = `query($from: Day!, $to: Day!) {
  roadmap(from: $from, to: $to, groupBy: ACTOR) {
    lanes {
      initiatives {
        id owners { id } participants { id } partOf { id } goals { title }
        milestones { id sources { quote } }
        dependsOn { kind to { id } sources { document } }
        risks { risk { name } }
        discussedIn { number meeting { id } }
        sources { document fromLine }
      }
    }
    dependencies { from { id } to { id } }
  }
}`;

describe('batching', () => {
  it('runs the same number of queries for 10 and for 100+ initiatives', async () => {
    const count = (r: { data?: { roadmap: { lanes: { initiatives: unknown[] }[] } } }) =>
      r.data?.roadmap.lanes.reduce((n, l) => n + l.initiatives.length, 0) ?? 0;
    // Both asked with the plan version's roadmap index kept (services/roadmapIndex.ts): the first request
    // after a write reads it, the same for any period.
    await ctx.app.graphql(NESTED_ROADMAP, { from: '2029-01-01', to: '2029-12-31' });
    const small = await ctx.app.graphql<{ roadmap: { lanes: { initiatives: unknown[] }[] } }>(
      NESTED_ROADMAP,
      {
        from: '2029-01-01',
        to: '2029-12-31',
      },
    );
    const large = await ctx.app.graphql<{ roadmap: { lanes: { initiatives: unknown[] }[] } }>(
      NESTED_ROADMAP,
      {
        from: '2015-01-01',
        to: '2035-12-31',
      },
    );
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(count(small)).toBeGreaterThan(0);
    expect(count(large)).toBeGreaterThan(5 * count(small));
    expect(small.dbQueries).toBeGreaterThan(0);
    expect(large.dbQueries).toBe(small.dbQueries);
  });
});

describe('limits', () => {
  it('refuses a query nested too deep', async () => {
    // 14 levels of dependsOn { to { ... on Initiative { … } } }: deeper than the limit of 12.
    let selection = 'id';
    for (let level = 0; level < 14; level++)
      selection = `dependsOn { to { ... on Initiative { ${selection} } } }`;
    const deep = `{ initiative(id: "pll") { ${selection} } }`;
    const res = await ctx.app.graphql(deep);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/too deep/);
  });

  it('refuses a query too complex', async () => {
    const fields = Array.from(
      { length: 12 },
      (_, i) =>
        `r${i}: roadmap(from: "2020-01-01", to: "2030-12-31") { lanes { initiatives { owners { participatesIn { milestones { id } } } } } }`,
    ).join('\n');
    const res = await ctx.app.graphql(`{ ${fields} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it("measures breadth by cost: the details panel's one broad query passes for every kind", async () => {
    // The client's own document (loaded by path: the client is type-checked by its own tsconfig).
    const name = 'entityQuery';
    const { EntityDetailsQuery } = (await import(`../../client/src/features/details/${name}.ts`)) as {
      EntityDetailsQuery: DocumentNode;
    };
    const query = print(EntityDetailsQuery);
    for (const id of [
      'pll',
      'e-helsestrategi-horing-sendt',
      'schrems-ii',
      'direktoratet-for-ehelse',
      'finansiering-pds-steg-2-2023',
      'ehs-mal-1-aktiv-medvirkning',
      'ehelseradet-2022-6/38-22',
      'ehelseradet-2022-6',
    ]) {
      const res = await ctx.app.graphql<{ entity: { id: string } }>(query, { id, locale: 'NB' });
      expect(res.errors, id).toBeUndefined();
      expect(res.data?.entity.id).toBe(id);
    }
  });

  it('refuses a broad query of costly fields as too complex', async () => {
    // 300 roadmaps side by side: shallow, and refused before it runs, now already by the token limit
    // (server/graphql/limits.ts; 300 aliases are over the alias limit too); its cost alone is over the
    // cost limit as well (tests/unit/queryCost.test.ts).
    const fields = Array.from(
      { length: 300 },
      (_, i) => `r${i}: roadmap(from: "2020-01-01", to: "2030-12-31") { lanes { initiatives { id name } } }`,
    ).join('\n');
    const res = await ctx.app.graphql(`{ ${fields} }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.extensions?.measure).toBe('tokens');
  });

  it('refuses a request body over the size limit', async () => {
    const response = await fetch(`${ctx.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ version }`, variables: { padding: 'x'.repeat(400_000) } }),
    });
    expect(response.status).toBe(413);
  });

  it('hides a stack trace from an internal error', async () => {
    const broken = {
      ...ctx.db,
      read: () => Promise.reject(new Error('secret internals at /srv/app.ts:12')),
    } as Database;
    const tokens = parseTokens('');
    const other = await startApp(
      { db: broken, logger: createLogger('silent'), introspection: true, tokens },
      0,
      '127.0.0.1',
    );
    try {
      const response = await fetch(`${other.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ initiative(id: "pll") { id } }' }),
      });
      const text = await response.text();
      expect(text).toContain('INTERNAL');
      expect(text).not.toContain('secret internals');
      expect(text).not.toContain('stacktrace');
    } finally {
      await other.stop();
    }
  });

  it('can turn introspection off', async () => {
    const other = await startApp(
      { db: ctx.db, logger: createLogger('silent'), introspection: false, tokens: parseTokens('') },
      0,
      '127.0.0.1',
    );
    try {
      const response = await fetch(`${other.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await other.stop();
    }
  });
});
