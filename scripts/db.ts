// npm run db:start | db:stop | db:build — the local Neo4j on its own, for working against the
// database without the app (the app and the tests start it themselves when NEO4J_URI is unset).
import { resolve } from 'node:path';
import { loadConfig } from '../server/config.js';
import { ensureBuilt, LocalNeo4jError, startLocalNeo4j, stopDetachedNeo4j } from '../server/db/localNeo4j.js';
import { repoRoot } from '../server/repoRoot.js';

async function run(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const dataDir = resolve(repoRoot, config.VEIKART_DATA_DIR);
  const say = (m: string) => process.stdout.write(`${m}\n`);
  switch (command) {
    case 'build':
      ensureBuilt(say);
      say('The local Neo4j is built.');
      return;
    case 'start': {
      const db = await startLocalNeo4j({
        dataDir,
        boltPort: config.VEIKART_BOLT_PORT,
        heap: config.VEIKART_NEO4J_HEAP,
        pageCacheMiB: config.VEIKART_NEO4J_PAGECACHE_MB,
        detached: true,
        onProgress: say,
      });
      say(
        `Neo4j is ready on ${db.uri} (user neo4j, password in ${dataDir}.password). Stop it with npm run db:stop.`,
      );
      return;
    }
    case 'stop':
      say((await stopDetachedNeo4j(dataDir)) ? 'The local Neo4j is stopped.' : 'No local Neo4j was running.');
      return;
    default:
      throw new LocalNeo4jError('usage: tsx scripts/db.ts build|start|stop');
  }
}

run(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`veikart db: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
