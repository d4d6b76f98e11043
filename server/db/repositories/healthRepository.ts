// Read-only facts about the database for the health query.
import type { Database } from '../database.js';

export interface LabelCount {
  label: string;
  count: number;
}

export interface DatabaseHealth {
  reachable: boolean;
  version: string | null;
  edition: string | null;
  counts: LabelCount[];
  error: string | null;
}

export async function readDatabaseHealth(db: Database): Promise<DatabaseHealth> {
  try {
    const info = await db.driver.getServerInfo({ database: db.name });
    const components = await db.read(async (tx) => {
      const result = await tx.run(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      );
      return result.records[0];
    });
    const counts = await db.read(async (tx) => {
      // Counts come from the count store (constant time), one per label in use.
      const result = await tx.run(
        'CALL db.labels() YIELD label CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count } RETURN label, count ORDER BY label',
      );
      return result.records.map((r) => ({
        label: r.get('label') as string,
        count: r.get('count') as number,
      }));
    });
    return {
      reachable: true,
      version: (components?.get('version') as string | undefined) ?? info.agent ?? null,
      edition: (components?.get('edition') as string | undefined) ?? null,
      counts,
      error: null,
    };
  } catch (error) {
    return {
      reachable: false,
      version: null,
      edition: null,
      counts: [],
      error: error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : String(error),
    };
  }
}
