// Backups and restore on the real Neo4j: a backup of the seeded portfolio, rotation, and
// `npm run restore FILE` into an emptied database giving back the very same graph (digest).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from '../../server/db/migrations.js';
import { repoRoot } from '../../server/repoRoot.js';
import { graphDigest, listBackups, restoreBackup, writeBackup } from '../../server/services/backups.js';
import { exportGraph } from '../../server/services/graphTransfer.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

const db = openTestDatabase();
const dir = mkdtempSync(join(tmpdir(), 'veikart-backups-'));
const digestNow = async () => graphDigest(await exportGraph(db, null, '2026-01-01'));

beforeAll(() => ensureSeeded(db), 180_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('backups', () => {
  it('writes the whole graph and keeps only the newest', async () => {
    const times = ['2026-01-01T10:00:00Z', '2026-01-02T10:00:00Z', '2026-01-03T10:00:00Z'];
    for (const t of times) await writeBackup(db, dir, 2, new Date(t));
    expect(listBackups(dir)).toEqual([
      'veikart-20260102T100000Z.graph.json',
      'veikart-20260103T100000Z.graph.json',
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('refuses a file that is not a whole-graph backup, changing nothing', async () => {
    const before = await digestNow();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "veikart-graph", "scope": "part"}');
    await expect(restoreBackup(db, bad)).rejects.toMatchObject({ code: 'VALIDATION' });
    writeFileSync(bad, 'not json');
    await expect(restoreBackup(db, bad)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await digestNow()).toBe(before);
  });

  it('npm run restore FILE brings an emptied database back to the same graph', async () => {
    const statements = async () =>
      db.read(async (tx) =>
        Number(
          (await tx.run('MATCH (d:DateStatement)-[:CITES]->(s:Source) RETURN count(*) AS n')).records[0]?.get(
            'n',
          ),
        ),
      );
    const statementsBefore = await statements();
    expect(statementsBefore).toBeGreaterThan(400);
    const before = await digestNow();
    const backup = await writeBackup(db, dir, 5, new Date('2026-02-01T00:00:00Z'));
    await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await applyMigrations(db);
    expect(await digestNow()).not.toBe(before);
    const conn = inject('neo4j');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/backup.ts', 'restore', backup.file],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          NEO4J_URI: conn.uri,
          NEO4J_USER: conn.user,
          NEO4J_PASSWORD: conn.password ?? '',
          NEO4J_DATABASE: conn.database,
        },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Restored .*: \d+ nodes, \d+ relationships/m);
    expect(await digestNow()).toBe(before);
    // What each paper said of the dates is part of the backup, with its citations.
    expect(await statements()).toBe(statementsBefore);
  }, 180_000);
});
