// The one place that holds the Neo4j driver. Reads go through executeRead and writes through
// executeWrite so that, on a cluster or Aura (neo4j:// routing URIs), reads are routed to
// followers and writes to the leader; the server itself keeps no state between requests.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

export function openDatabase(settings: DatabaseSettings): Database {
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  const driver = neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
  });
  return {
    driver,
    name: settings.database,
    async read(work) {
      const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(work);
      } finally {
        await session.close();
      }
    },
    async write(work) {
      const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Fails with a one-line, actionable message when the database cannot be reached. */
export async function verifyReachable(db: Database, uri: string): Promise<void> {
  try {
    await db.driver.verifyConnectivity({ database: db.name });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseUnreachableError(
      `Cannot reach Neo4j at ${uri} (${reason}). Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or unset NEO4J_URI to use the local Neo4j.`,
    );
  }
}
