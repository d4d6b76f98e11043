// Makes sure the test database holds the seed (idempotent, so every test file can call it).

import { seedDatabase } from '../../seed/load.js';
import type { Database } from '../../server/db/database.js';
import { isPortfolioEmpty } from '../../server/db/repositories/seedRepository.js';

export async function ensureSeeded(db: Database): Promise<void> {
  if (await isPortfolioEmpty(db)) await seedDatabase(db);
}

export async function wipeDatabase(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS'));
}
