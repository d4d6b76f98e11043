// Applies the versioned, idempotent Cypher files in schema/neo4j/ in order, once each, and records
// them as (:SchemaMigration) nodes. A file that changed after it was applied is an error: add a new
// file instead, so every database reaches the same schema the same way.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot.js';
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export const migrationsDir = join(repoRoot, 'schema', 'neo4j');

export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const statements = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        version: Number(file.slice(0, 3)),
        name: file,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements,
      };
    });
}

export class MigrationChangedError extends Error {
  override name = 'MigrationChangedError';
}

/** Applies what is missing; returns the names of the migrations applied now. */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  const applied = await db.read(async (tx) => {
    const result = await tx.run(
      'MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum',
    );
    return new Map(result.records.map((r) => [r.get('version') as number, r.get('checksum') as string]));
  });
  const done: string[] = [];
  for (const migration of migrations) {
    const checksum = applied.get(migration.version);
    if (checksum === migration.checksum) continue;
    if (checksum !== undefined) {
      throw new MigrationChangedError(
        `schema/neo4j/${migration.name} changed after it was applied to this database: put the change in a new file.`,
      );
    }
    // Schema statements cannot share a transaction with data writes, so each runs on its own.
    for (const statement of migration.statements) {
      await db.write((tx) => tx.run(statement));
    }
    await db.write((tx) =>
      tx.run(
        'MERGE (m:SchemaMigration {version: $version}) SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
        { version: migration.version, name: migration.name, checksum: migration.checksum },
      ),
    );
    done.push(migration.name);
  }
  return done;
}

/** The migrations not (or not as they are now) applied to the database; empty when it is up to date. */
export async function pendingMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  const applied = await db.read(async (tx) => {
    const result = await tx.run(
      'MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum',
    );
    return new Map(result.records.map((r) => [r.get('version') as number, r.get('checksum') as string]));
  });
  return migrations.filter((m) => applied.get(m.version) !== m.checksum).map((m) => m.name);
}
