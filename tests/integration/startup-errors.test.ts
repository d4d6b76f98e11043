// What a new user sees when something is missing: one line saying what to do, no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/repoRoot.js';

function startServer(env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

let blocker: Server;
let blockedPort = 0;
beforeAll(async () => {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  blockedPort = (blocker.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

describe('start-up errors', () => {
  it('explains a missing Java in one line', () => {
    // A PATH with only node on it: no java, no mvn.
    const bin = mkdtempSync(join(tmpdir(), 'veikart-path-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const { status, stderr } = startServer({
      PATH: bin,
      VEIKART_BOLT_PORT: '7699',
      VEIKART_DATA_DIR: join(bin, 'data'),
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^veikart: Java was not found on PATH: install Java 17/);
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('explains a taken Bolt port in one line', () => {
    const { status, stderr } = startServer({
      VEIKART_BOLT_PORT: String(blockedPort),
      VEIKART_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'veikart-')), 'data'),
    });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `veikart: Port ${blockedPort} on 127.0.0.1 is already in use: stop what runs there (npm run db:stop if it is ours), or choose another port with VEIKART_BOLT_PORT.`,
    );
  });

  it('explains an unreachable NEO4J_URI in one line', () => {
    const { status, stderr } = startServer({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'whatever' });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^veikart: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(.*\)\. Check NEO4J_URI/,
    );
    expect(stderr.split('\n')).toHaveLength(1);
  });

  it('explains a bad setting in one line', () => {
    const { status, stderr } = startServer({ PORT: 'eighty' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^veikart: Invalid configuration: PORT/);
  });
});
