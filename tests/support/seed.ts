// Makes sure the test database holds the seed (idempotent, so every test file can call it).

import { seedDatabase } from '../../seed/load.js';
import { loadSeedDataset } from '../../seed/loadDataset.js';
import { toGraph } from '../../seed/toGraph.js';
import type { Database } from '../../server/db/database.js';
import { applyMigrations, pendingMigrations } from '../../server/db/migrations.js';
import {
  isPortfolioEmpty,
  loadedSeedChecksum,
  seedChecksum,
} from '../../server/db/repositories/seedRepository.js';
import { openTestDatabase } from './database.js';

/** Loads the seed unless this very seed (same data, same loader) is already in the database. */
export async function ensureSeeded(db: Database): Promise<void> {
  // A test database kept from an older checkout lacks the migrations added since (readiness says 503).
  if ((await pendingMigrations(db)).length > 0) await applyMigrations(db);
  const graph = toGraph(loadSeedDataset());
  const current = seedChecksum(graph);
  // A whole-graph import from a file without the papers' date statements (older format, or a test's
  // own file) keeps the seed's checksum but not its statements: load the seed again then too.
  const statements = await db.read(async (tx) =>
    Number((await tx.run('MATCH (d:DateStatement) RETURN count(d) AS n')).records[0]?.get('n') ?? 0),
  );
  const statementsLost = statements < (graph.dateStatements?.length ?? 0);
  if ((await isPortfolioEmpty(db)) || statementsLost || (await loadedSeedChecksum(db)) !== current) {
    // Loading the seed is one large transaction: on a busy machine (CI, several sessions) it may take
    // longer than the server's transaction timeout, which is meant for requests, not for this.
    const patient = openTestDatabase({ transactionMs: 300_000 });
    try {
      await seedDatabase(patient);
    } finally {
      await patient.close();
    }
  }
}
