// Validate the seed folder, then write it: the function behind `npm run seed` and first start.

import type { Database } from '../server/seedEntry.js';
import { applyMigrations, type SeedWriteSummary, writeSeedGraph } from '../server/seedEntry.js';
import { loadSeedDataset } from './loadDataset.js';
import { toGraph } from './toGraph.js';

export async function seedDatabase(
  db: Database,
  options: { dataDir?: string; onProgress?: (m: string) => void } = {},
): Promise<SeedWriteSummary> {
  const dataset = loadSeedDataset(options.dataDir); // throws SeedValidationError before any write
  await applyMigrations(db);
  return writeSeedGraph(db, toGraph(dataset), options.onProgress);
}
