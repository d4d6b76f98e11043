import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/database.js';

let db: Database;
let app: TestApp;
beforeAll(async () => {
  db = openTestDatabase();
  app = await startTestApp(db);
});
afterAll(async () => {
  await app.stop();
  await db.close();
});

describe('health over HTTP', () => {
  it('reports a reachable Neo4j 5.26 and the app version', async () => {
    const res = await app.graphql<{
      version: string;
      health: {
        databaseReachable: boolean;
        neo4jVersion: string;
        counts: { label: string; count: number }[];
      };
    }>('{ version health { databaseReachable neo4jVersion counts { label count } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.health.databaseReachable).toBe(true);
    expect(res.data?.health.neo4jVersion).toMatch(/^5\.26\./);
    expect(res.data?.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports an unreachable database instead of failing', async () => {
    const { openDatabase } = await import('../../server/db/database.js');
    const { readDatabaseHealth } = await import('../../server/db/repositories/healthRepository.js');
    const nowhere = openDatabase({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
    });
    try {
      const health = await readDatabaseHealth(nowhere);
      expect(health.reachable).toBe(false);
      expect(health.error).toBeTruthy();
    } finally {
      await nowhere.close();
    }
  });
});
