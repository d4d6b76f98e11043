// One authentication for /graphql and the export routes (server/http/auth.ts): the same
// UNAUTHENTICATED answer for an invalid token (or none where anonymous callers may not read), and
// FORBIDDEN naming the role the refused operation needs.
import { describe, expect, it } from 'vitest';
import { startApp } from '../../server/app.js';
import { parseTokens } from '../../server/auth/viewer.js';
import { createLogger } from '../../server/logger.js';
import { asRole, seededApp, TEST_TOKENS, type TestApp } from '../support/app.js';

const ctx = seededApp();

const UNAUTHENTICATED = {
  code: 'UNAUTHENTICATED',
  messageNb: 'Tilgangsnøkkelen mangler eller er ikke gyldig.',
  messageEn: 'The bearer token is missing or not valid.',
};

const CREATE_INITIATIVE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;

async function exportError(url: string, path: string, headers: Record<string, string>, method = 'GET') {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'POST' ? '{}' : undefined,
  });
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, type: res.headers.get('content-type'), body };
}

async function graphqlError(app: TestApp, query: string, headers: Record<string, string>, variables = {}) {
  const res = await app.graphql(query, variables, headers);
  const error = res.errors?.[0];
  return { status: res.status, extensions: error?.extensions, message: error?.message };
}

describe('an invalid token', () => {
  const invalid = { authorization: 'Bearer not-a-token-of-this-app' };

  it('is 401 with the same bilingual message on /graphql, /export/* and /import/*', async () => {
    const graphql = await graphqlError(ctx.app, '{ version }', invalid);
    const exported = await exportError(ctx.app.url, '/export/roadmap.csv', invalid);
    const imported = await exportError(ctx.app.url, '/import/graph.json', invalid, 'POST');
    expect(graphql.status).toBe(401);
    expect(graphql.extensions).toMatchObject(UNAUTHENTICATED);
    expect(graphql.message).toBe(UNAUTHENTICATED.messageEn);
    for (const answer of [exported, imported]) {
      expect(answer.status).toBe(401);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.body).toEqual({ ...UNAUTHENTICATED, details: {} });
    }
  });
});

describe('without a token where anonymous callers may not read', () => {
  it('is UNAUTHENTICATED with the same message on /graphql and /export/*', async () => {
    const tokens = parseTokens(`${TEST_TOKENS.viewer}:viewer`, 'anonymous');
    const closed = await startApp(
      { db: ctx.db, logger: createLogger('silent'), introspection: false, tokens },
      0,
      '127.0.0.1',
    );
    try {
      const res = await fetch(`${closed.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ version }' }),
      });
      const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(body.errors?.[0]?.extensions).toMatchObject(UNAUTHENTICATED);
      const exported = await exportError(closed.url, '/export/roadmap.csv', {});
      expect(exported.status).toBe(401);
      expect(exported.body).toEqual({ ...UNAUTHENTICATED, details: {} });
    } finally {
      await closed.stop();
    }
  });
});

describe('a valid token without the role', () => {
  it('is FORBIDDEN naming planner for a mutation by a viewer', async () => {
    const res = await graphqlError(ctx.app, CREATE_INITIATIVE, asRole('viewer'), {
      input: { id: 'auth-test-refused', name: 'x', kind: 'PROJECT' },
    });
    expect(res.extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole: 'planner' });
    expect(res.extensions?.messageEn).toContain('planner');
  });

  it('is FORBIDDEN naming admin for an import by a planner', async () => {
    const res = await exportError(ctx.app.url, '/import/graph.json', asRole('planner'), 'POST');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', details: { requiredRole: 'admin' } });
    expect(String(res.body.messageNb)).toContain('admin');
  });
});
