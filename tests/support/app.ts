// Starts the real HTTP app on a free port against the test database, and a tiny GraphQL client.
import { afterAll, beforeAll } from 'vitest';
import { type AppOptions, type RunningApp, startApp } from '../../server/app.js';
import { parseTokens } from '../../server/auth/viewer.js';
import type { Database } from '../../server/db/database.js';
import { createLogger } from '../../server/logger.js';
import { openTestDatabase } from './database.js';
import { ensureSeeded } from './seed.js';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  /** HTTP status. */
  status: number;
  /** Cypher statements the request ran (x-veikart-db-queries). */
  dbQueries: number;
}

export interface TestApp extends RunningApp {
  graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

/** Bearer tokens the test app accepts, one per role. */
export const TEST_TOKENS = {
  viewer: 'viewer-token-for-tests-0001',
  planner: 'planner-token-for-tests-0001',
  admin: 'admin-token-for-tests-00001',
} as const;

export const asRole = (role: keyof typeof TEST_TOKENS) => ({ authorization: `Bearer ${TEST_TOKENS[role]}` });

export async function startTestApp(db: Database, limits?: AppOptions['limits']): Promise<TestApp> {
  const tokens = parseTokens(
    Object.entries(TEST_TOKENS)
      .map(([role, token]) => `${token}:${role}`)
      .join(','),
  );
  const running = await startApp(
    {
      db,
      logger: createLogger(process.env.VEIKART_TEST_LOG ?? 'silent'),
      introspection: true,
      tokens,
      limits,
    },
    0,
    '127.0.0.1',
  );
  return {
    ...running,
    async graphql<T>(
      query: string,
      variables?: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      return {
        ...body,
        status: response.status,
        dbQueries: Number(response.headers.get('x-veikart-db-queries') ?? -1),
      };
    },
  };
}

/**
 * For a test file: the seeded test database and the app over it, started before the file's tests and
 * stopped after them. Read `ctx.app` / `ctx.db` inside tests (they are set in beforeAll).
 */
export function seededApp(limits?: AppOptions['limits']): { app: TestApp; db: Database } {
  const ctx = {} as { app: TestApp; db: Database };
  beforeAll(async () => {
    ctx.db = openTestDatabase();
    await ensureSeeded(ctx.db);
    ctx.app = await startTestApp(ctx.db, limits);
  }, 120_000);
  afterAll(async () => {
    await ctx.app?.stop();
    await ctx.db?.close();
  });
  return ctx;
}
