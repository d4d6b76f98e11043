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

describe('kept-alive connections', () => {
  // A client that reuses a connection just as the server closes it for idleness gets ECONNRESET; with
  // Node's default of 5 s that happened under load (a busy event loop closes late). The app keeps them
  // 65 s and says so, so clients stop reusing a connection before the server drops it.
  it('announces its keep-alive timeout and still answers on a connection idle for 6 s', async () => {
    const { connect } = await import('node:net');
    const { KEEP_ALIVE_MS } = await import('../../server/app.js');
    const { hostname, port } = new URL(app.url);
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    let closed = false;
    socket.on('close', () => {
      closed = true;
    });
    const answers = () => received.split('HTTP/1.1 200').length - 1;
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
    };
    const ask = () => socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    ask();
    await until(() => answers() === 1);
    expect(received.toLowerCase()).toContain(`keep-alive: timeout=${KEEP_ALIVE_MS / 1000}`);
    await new Promise((r) => setTimeout(r, 6_000));
    expect(closed).toBe(false);
    ask();
    await until(() => answers() === 2);
    expect(answers()).toBe(2);
    socket.destroy();
  }, 15_000);
});
