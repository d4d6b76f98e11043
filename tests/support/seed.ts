// Makes sure the test database holds the seed (idempotent, so every test file can call it).

import { seedDatabase } from '../../seed/load.js';
import { loadSeedDataset } from '../../seed/loadDataset.js';
import { toGraph } from '../../seed/toGraph.js';
import type { Database } from '../../server/db/database.js';
import {
  isPortfolioEmpty,
  loadedSeedChecksum,
  seedChecksum,
} from '../../server/db/repositories/seedRepository.js';

/** Loads the seed unless this very seed (same data, same loader) is already in the database. */
export async function ensureSeeded(db: Database): Promise<void> {
  const current = seedChecksum(toGraph(loadSeedDataset()));
  if ((await isPortfolioEmpty(db)) || (await loadedSeedChecksum(db)) !== current) await seedDatabase(db);
}
