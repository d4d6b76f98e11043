// After a whole portfolio is switched in, Neo4j's planner statistics (index samples, cached plans)
// still describe the portfolio before it: its index samples are only refreshed later, and plans made
// now would be cached with selectivities of 0 where thousands of rows now match. In the benchmark at 50k
// a roadmap read planned in that window ran for over 12 minutes instead of seconds. So the import asks
// Neo4j to resample the indexes and drop its cached plans, and waits for it (half a second at 50k).
import type { Database } from './database.js';

/**
 * Resamples the indexes and clears the query caches (db.prepareForReplanning). Best effort: a user
 * without the privilege (a managed service) keeps Neo4j's own schedule; returns whether it ran.
 */
export async function refreshPlannerStatistics(db: Database, timeoutMs = 60_000): Promise<boolean> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(
      'CALL db.prepareForReplanning($timeoutMs)',
      { timeoutMs },
      { timeout: timeoutMs + 5_000 },
    );
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => {});
  }
}
