// Vitest global setup for the integration project: uses NEO4J_URI when set, otherwise starts the
// local Neo4j on its own port and data folder (so tests never touch the data of `npm start`) and
// stops it when the run ends.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { LocalNeo4jError, startLocalNeo4j } from '../../server/db/localNeo4j.js';
import { repoRoot } from '../../server/repoRoot.js';
import { exitWithOneLine } from './oneLine.js';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** The pid of the test Neo4j when this setup started it (null for NEO4J_URI). */
    neo4jPid: number | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (NEO4J_URI) {
    project.provide('neo4j', {
      uri: NEO4J_URI,
      user: NEO4J_USER ?? 'neo4j',
      password: NEO4J_PASSWORD,
      database: NEO4J_DATABASE ?? 'neo4j',
    });
    project.provide('neo4jPid', null);
    return async () => {};
  }
  const local = await startLocalNeo4j({
    dataDir: resolve(repoRoot, process.env.VEIKART_TEST_DATA_DIR ?? '.data/neo4j-test'),
    boltPort: Number(process.env.VEIKART_TEST_BOLT_PORT ?? 7688),
    heap: '512m',
    pageCacheMiB: 64,
    onProgress: (m) => process.stdout.write(`[neo4j] ${m}\n`),
  }).catch((error: unknown) => {
    // No java or mvn, port taken, build failed: the error already says what to do.
    if (error instanceof LocalNeo4jError) exitWithOneLine(error.message);
    throw error;
  });
  project.provide('neo4j', { uri: local.uri, user: local.user, password: local.password, database: 'neo4j' });
  project.provide('neo4jPid', local.pid);
  return () => local.stop();
}
