// The database the configuration names: NEO4J_URI when set, otherwise the local Neo4j (started, or
// reused when already running). Shared by the server, the seed loader and the backup scripts.
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { repoRoot } from '../repoRoot.js';
import { type Database, openDatabase } from './database.js';
import { type LocalNeo4j, startLocalNeo4j } from './localNeo4j.js';

export interface Connection {
  db: Database;
  /** The local Neo4j when one was started or reused; null with NEO4J_URI. */
  local: LocalNeo4j | null;
  uri: string;
}

/** The database timeouts the configuration sets (transaction, connection). */
export const timeoutsOf = (config: Config) => ({
  transactionMs: config.VEIKART_DB_TX_TIMEOUT_MS,
  connectMs: config.VEIKART_DB_CONNECT_TIMEOUT_MS,
});

export async function connectConfigured(config: Config, log: (m: string) => void): Promise<Connection> {
  if (config.NEO4J_URI) {
    const db = openDatabase({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      timeouts: timeoutsOf(config),
    });
    return { db, local: null, uri: config.NEO4J_URI };
  }
  const local = await startLocalNeo4j({
    dataDir: resolve(repoRoot, config.VEIKART_DATA_DIR),
    boltPort: config.VEIKART_BOLT_PORT,
    heap: config.VEIKART_NEO4J_HEAP,
    pageCacheMiB: config.VEIKART_NEO4J_PAGECACHE_MB,
    onProgress: log,
  });
  const db = openDatabase({
    uri: local.uri,
    user: local.user,
    password: local.password,
    database: 'neo4j',
    timeouts: timeoutsOf(config),
  });
  return { db, local, uri: local.uri };
}

/** Closes the driver, and stops the local Neo4j when this process started it. */
export async function disconnect(connection: Connection): Promise<void> {
  await connection.db.close();
  if (connection.local && !connection.local.reused) await connection.local.stop();
}
