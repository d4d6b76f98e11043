// npm run backup — write a backup of the whole graph now (into VEIKART_BACKUP_DIR, keeping
// VEIKART_BACKUP_KEEP); npm run restore FILE — replace the portfolio with a backup file, all or nothing.
import { resolve } from 'node:path';
import { loadConfig } from '../server/config.js';
import { connectConfigured, disconnect } from '../server/db/connect.js';
import { verifyReachable } from '../server/db/database.js';
import { applyMigrations } from '../server/db/migrations.js';
import { AppError } from '../server/errors.js';
import { repoRoot } from '../server/repoRoot.js';
import { restoreBackup, writeBackup } from '../server/services/backups.js';

async function run(command: string | undefined, file: string | undefined): Promise<void> {
  if (command !== 'backup' && command !== 'restore')
    throw new Error('usage: tsx scripts/backup.ts backup | restore FILE');
  if (command === 'restore' && !file)
    throw new Error('npm run restore needs the backup file: npm run restore -- FILE');
  const config = loadConfig();
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const connection = await connectConfigured(config, say);
  try {
    await verifyReachable(connection.db, connection.uri);
    await applyMigrations(connection.db);
    if (command === 'backup') {
      const backup = await writeBackup(
        connection.db,
        resolve(repoRoot, config.VEIKART_BACKUP_DIR),
        config.VEIKART_BACKUP_KEEP,
      );
      say(
        `Backup written: ${backup.file} (${backup.nodes} nodes, ${backup.relationships} relationships, ${backup.bytes} bytes).`,
      );
    } else {
      const outcome = await restoreBackup(connection.db, resolve(process.cwd(), String(file)));
      say(
        `Restored ${file}: ${outcome.nodes} nodes, ${outcome.relationships} relationships (the portfolio was replaced).`,
      );
    }
  } finally {
    await disconnect(connection);
  }
}

run(process.argv[2], process.argv[3]).catch((error: unknown) => {
  const message =
    error instanceof AppError
      ? `${error.messageEn}${error.details.problems ? `: ${JSON.stringify(error.details.problems)}` : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`veikart ${process.argv[2] ?? ''}: ${message}\n`);
  process.exit(1);
});
