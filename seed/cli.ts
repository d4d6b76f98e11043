// npm run seed — validate the seed data and write it into Neo4j (the configured one, or the local one).
import { resolve } from 'node:path';
import { loadConfig, openDatabase, repoRoot, startLocalNeo4j, verifyReachable } from '../server/seedEntry.js';
import { SeedValidationError } from './issues.js';
import { seedDatabase } from './load.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const say = (m: string) => process.stdout.write(`${m}\n`);
  const local = config.NEO4J_URI
    ? null
    : await startLocalNeo4j({
        dataDir: resolve(repoRoot, config.VEIKART_DATA_DIR),
        boltPort: config.VEIKART_BOLT_PORT,
        heap: config.VEIKART_NEO4J_HEAP,
        pageCacheMiB: config.VEIKART_NEO4J_PAGECACHE_MB,
        onProgress: say,
      });
  const uri = local?.uri ?? config.NEO4J_URI ?? '';
  const db = openDatabase({
    uri,
    user: local?.user ?? config.NEO4J_USER,
    password: local?.password ?? config.NEO4J_PASSWORD,
    database: local ? 'neo4j' : config.NEO4J_DATABASE,
  });
  try {
    await verifyReachable(db, uri);
    const started = Date.now();
    const summary = await seedDatabase(db, { onProgress: (m) => say(`  ${m}`) });
    say(
      `Seed loaded in ${Date.now() - started} ms: ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created.`,
    );
  } finally {
    await db.close();
    if (local && !local.reused) await local.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`veikart seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
