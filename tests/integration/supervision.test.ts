// The embedded Neo4j is supervised: restarted when it dies, found by db:stop through its pid file,
// and never left running by an app that crashed. Each case starts its own local Neo4j on its own
// port and data folder.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.js';
import {
  type LocalNeo4j,
  localNeo4jProcess,
  startLocalNeo4j,
  stopDetachedNeo4j,
} from '../../server/db/localNeo4j.js';
import { repoRoot } from '../../server/repoRoot.js';

const PORT = Number(process.env.VEIKART_TEST_BOLT_PORT ?? 7688) + 20;
const DATA = resolve(repoRoot, '.data/neo4j-supervision');
const OPTIONS = { dataDir: DATA, boltPort: PORT, heap: '256m', pageCacheMiB: 32 };

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(
  what: string,
  probe: () => Promise<T | null> | T | null,
  seconds: number,
): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function answers(local: LocalNeo4j): Promise<boolean> {
  const db = openDatabase({ uri: local.uri, user: local.user, password: local.password, database: 'neo4j' });
  try {
    const n = await db.read(async (tx) => (await tx.run('RETURN 1 AS one')).records[0]?.get('one'));
    return Number(n) === 1;
  } catch {
    return false;
  } finally {
    await db.close();
  }
}

const started: LocalNeo4j[] = [];
afterAll(async () => {
  for (const local of started) await local.stop();
  await stopDetachedNeo4j(DATA);
  rmSync(DATA, { recursive: true, force: true });
}, 120_000);

describe('the supervised local Neo4j', () => {
  it('is restarted when it dies, and answers again', async () => {
    const local = await startLocalNeo4j(OPTIONS);
    started.push(local);
    expect(await answers(local)).toBe(true);
    const first = localNeo4jProcess(DATA);
    expect(first?.owner).toBe(process.pid);
    process.kill(first?.pid as number, 'SIGKILL');
    const second = await until(
      'a new Neo4j process',
      () => {
        const now = localNeo4jProcess(DATA);
        return now && now.pid !== first?.pid ? now : null;
      },
      120,
    );
    await until('the restarted Neo4j to answer', async () => ((await answers(local)) ? true : null), 60);
    await local.stop();
    expect(isAlive(second.pid)).toBe(false);
    expect(localNeo4jProcess(DATA)).toBeNull();
  }, 240_000);

  it('is found and stopped by db:stop although the app started it', async () => {
    const local = await startLocalNeo4j(OPTIONS);
    started.push(local);
    const running = localNeo4jProcess(DATA);
    expect(running).not.toBeNull();
    expect(await stopDetachedNeo4j(DATA)).toBe(true);
    expect(isAlive(running?.pid as number)).toBe(false);
    await local.stop();
  }, 240_000);

  it('stops by itself when the app that started it is killed, and the next start is clean', async () => {
    const fixture = resolve(import.meta.dirname, 'fixtures/startLocalNeo4j.ts');
    const app = spawn(process.execPath, ['--import', 'tsx', fixture, DATA, String(PORT)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await until(
      'the stand-in app to start Neo4j',
      () =>
        new Promise<true | null>((r) =>
          app.stdout.once('data', (b: Buffer) => r(String(b).includes('READY') || null)),
        ),
      180,
    );
    const orphan = localNeo4jProcess(DATA);
    expect(orphan?.owner).toBe(app.pid);
    app.kill('SIGKILL');
    await until('the orphaned Neo4j to stop', () => (isAlive(orphan?.pid as number) ? null : true), 60);
    const local = await startLocalNeo4j(OPTIONS);
    started.push(local);
    expect(await answers(local)).toBe(true);
    await local.stop();
  }, 300_000);
});
