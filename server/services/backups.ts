// Backups of the whole portfolio as graph.json files (the same format as /export/graph.json), kept
// in a folder with rotation, and a restore that replaces the portfolio with a file, all-or-nothing.
// A file is written under a temporary name and renamed, so a crash never leaves half a backup.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from '../db/database.js';
import type { GraphDump } from '../domain/model/graphDump.js';
import { invalid } from '../errors.js';
import { exportGraph, type ImportOutcome, importGraph } from './graphTransfer.js';

const PREFIX = 'veikart-';
const SUFFIX = '.graph.json';

export interface BackupFile {
  file: string;
  bytes: number;
  nodes: number;
  relationships: number;
}

/** The name of a backup taken at `at`: veikart-20261206T231500Z.graph.json (sorts by time). */
export function backupName(at: Date): string {
  return `${PREFIX}${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}${SUFFIX}`;
}

/** The backups in a folder, oldest first. */
export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(PREFIX) && n.endsWith(SUFFIX)).sort();
}

/** Writes a backup of the whole graph into `dir`, then keeps only the `keep` newest. */
export async function writeBackup(
  db: Database,
  dir: string,
  keep: number,
  at = new Date(),
): Promise<BackupFile> {
  if (!Number.isInteger(keep) || keep < 1)
    throw invalid([{ field: 'keep', message: 'keep at least one backup' }]);
  const dump = await exportGraph(db, null, at.toISOString().slice(0, 10));
  const text = `${JSON.stringify(dump, null, 2)}\n`;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupName(at));
  const partial = `${file}.partial`;
  writeFileSync(partial, text, { mode: 0o600 });
  renameSync(partial, file);
  for (const old of listBackups(dir).slice(0, -keep)) rmSync(join(dir, old), { force: true });
  return {
    file,
    bytes: statSync(file).size,
    nodes: dump.nodes.length,
    relationships: dump.relationships.length,
  };
}

/** Replaces the portfolio with a backup file (validated whole before anything is written). */
export async function restoreBackup(db: Database, file: string, by = 'restore'): Promise<ImportOutcome> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw invalid([{ field: 'file', message: `cannot read ${file} as JSON: ${(error as Error).message}` }]);
  }
  const scope = (parsed as { scope?: unknown } | null)?.scope;
  if (scope !== 'full')
    throw invalid([{ field: 'scope', message: 'a backup must hold the whole graph (scope "full")' }]);
  return importGraph(db, parsed, false, { by, reason: `restore of ${file}` }, { name: basename(file) });
}

/** A digest of the portfolio's content (not of when it was exported), to compare two databases. */
export function graphDigest(dump: GraphDump): string {
  const { exportedAt: _exportedAt, ...content } = dump;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Backs up every `intervalMinutes` (0: never) in the background; failures are reported, not thrown.
 * Returns a function that stops the schedule.
 */
export function scheduleBackups(
  db: Database,
  options: { dir: string; keep: number; intervalMinutes: number },
  report: (outcome: { ok: true; backup: BackupFile } | { ok: false; error: unknown }) => void,
): () => void {
  if (options.intervalMinutes <= 0) return () => {};
  const timer = setInterval(() => {
    writeBackup(db, options.dir, options.keep).then(
      (backup) => report({ ok: true, backup }),
      (error: unknown) => report({ ok: false, error }),
    );
  }, options.intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
