// Identities: named static tokens, a tokens file rotated without a restart, and JWTs from an
// identity provider (verified with jose: issuer, audience, expiry, role from a claim). The change
// log records the person, not the role.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../server/app.js';
import { jwtVerifier } from '../../server/auth/jwt.js';
import { parseTokens, type TokenTable, tokensFromFile } from '../../server/auth/viewer.js';
import type { Database } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

const SECRET = 'a-test-secret-for-hs256-of-at-least-32-bytes';
const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'veikart';
const dir = mkdtempSync(join(tmpdir(), 'veikart-tokens-'));
const tokensFile = join(dir, 'tokens');

let db: Database;
let app: RunningApp;
let table: TokenTable;

const jwt = (
  claims: Record<string, unknown>,
  options: { issuer?: string; audience?: string; expires?: string } = {},
) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '10m')
    .sign(new TextEncoder().encode(SECRET));

async function ask(token: string | null, query: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

const RENAME = (name: string) =>
  `mutation { updateInitiative(id: "kjernejournal", version: VERSION, input: { name: ${JSON.stringify(name)} }, reason: "identity test") { name version } }`;

async function renameAs(token: string, name: string) {
  const current = await ask(null, '{ initiative(id: "kjernejournal") { name version } }');
  const version = (current.body.data?.initiative as { version: number } | undefined)?.version;
  return ask(token, RENAME(name).replace('VERSION', String(version)));
}

beforeAll(async () => {
  db = openTestDatabase();
  await ensureSeeded(db);
  writeFileSync(tokensFile, '# name:token:role\nkari.nordmann:kari-planner-token-0001:planner\n');
  table = tokensFromFile(tokensFile, 'viewer');
  table.jwt = await jwtVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    secret: SECRET,
    rolesClaim: 'roles',
    nameClaims: ['preferred_username', 'name', 'sub'],
  });
  app = await startApp(
    { db, logger: createLogger('silent'), introspection: true, tokens: table },
    0,
    '127.0.0.1',
  );
}, 120_000);

afterAll(async () => {
  await app.stop();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('named tokens', () => {
  it('parses name:token:role and keeps the older token:role', () => {
    const parsed = parseTokens('ola:ola-viewer-token-00001:viewer, legacy-admin-token-0001:admin');
    expect(parsed.tokens.map((t) => [t.label, t.role])).toEqual([
      ['ola', 'viewer'],
      ['admin#2', 'admin'],
    ]);
    expect(() => parseTokens('ola:short:planner')).toThrow(/16 characters/);
    expect(() => parseTokens('ola:ola-viewer-token-00001:owner')).toThrow(/name>:<token>:<viewer/);
  });

  it('records the person in the change log', async () => {
    const res = await renameAs('kari-planner-token-0001', 'Kjernejournal');
    expect(res.body.errors).toBeUndefined();
    const feed = await ask(null, '{ history(id: "kjernejournal", first: 1) { changeSets { by reason } } }');
    expect(
      (feed.body.data?.history as { changeSets: { by: string; reason: string }[] } | undefined)
        ?.changeSets[0],
    ).toEqual({
      by: 'kari.nordmann',
      reason: 'identity test',
    });
  });

  it('rotates and revokes tokens from the file without a restart', async () => {
    writeFileSync(tokensFile, 'kari.nordmann:kari-rotated-token-0002:planner\n');
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await renameAs('kari-rotated-token-0002', 'Kjernejournal')).body.errors).toBeUndefined();
    const revoked = await renameAs('kari-planner-token-0001', 'Kjernejournal');
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('JWT from an identity provider', () => {
  it('takes the person and the highest role from the claims', async () => {
    const token = await jwt({
      sub: 'u-17',
      preferred_username: 'per.planlegger',
      roles: ['viewer', 'planner'],
    });
    const res = await renameAs(token, 'Kjernejournal');
    expect(res.body.errors).toBeUndefined();
    const feed = await ask(null, '{ history(id: "kjernejournal", first: 1) { changeSets { by } } }');
    expect((feed.body.data?.history as { changeSets: { by: string }[] } | undefined)?.changeSets[0]?.by).toBe(
      'per.planlegger',
    );
  });

  it('refuses a token from another issuer, for another audience, expired, or tampered with', async () => {
    const bad = [
      await jwt({ sub: 'x', roles: 'planner' }, { issuer: 'https://evil.example/' }),
      await jwt({ sub: 'x', roles: 'planner' }, { audience: 'someone-else' }),
      await jwt({ sub: 'x', roles: 'planner' }, { expires: '-1m' }),
      `${(await jwt({ sub: 'x', roles: 'planner' })).slice(0, -4)}AAAA`,
    ];
    for (const token of bad) {
      const res = await ask(token, '{ planVersion }');
      expect(res.status, token).toBe(401);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('gives a viewer role only what viewers may do', async () => {
    const token = await jwt({ sub: 'v-1', name: 'Vera Viewer', roles: 'viewer' });
    expect((await ask(token, '{ planVersion }')).status).toBe(200);
    const res = await renameAs(token, 'Kjernejournal');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a valid token that names no Veikart role', async () => {
    const token = await jwt({ sub: 'n-1', roles: ['employee'] });
    expect((await ask(token, '{ planVersion }')).status).toBe(401);
  });
});
