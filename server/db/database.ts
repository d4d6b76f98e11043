// The one place that holds the Neo4j driver. Reads go through executeRead and writes through
// executeWrite so that, on a cluster or Aura (neo4j:// routing URIs), reads are routed to
// followers and writes to the leader; the server itself keeps no state between requests.
//
// Faults: every transaction has a server-side timeout, the driver gives up acquiring a connection
// and retrying quickly, and a call that hangs (a database that stopped answering, e.g. paused or
// behind a dead network) is noticed by a short probe on another connection: then the call, and every
// call after it until a probe succeeds again, fails at once with UNAVAILABLE (503) instead of hanging.
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { concurrentWrite, databaseTimedOut, databaseUnavailable } from '../errors.js';

export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
  timeouts?: Partial<DatabaseTimeouts>;
}

export interface DatabaseTimeouts {
  /** Server-side limit of one transaction. */
  transactionMs: number;
  /** How soon a database that does not answer is noticed: half of it for retrying a failed transaction,
   * for noticing a call that hangs, and for the liveness probe to answer; ten times it for the driver's
   * own connect and acquisition timeouts. */
  connectMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { transactionMs: 30_000, connectMs: 2_000 };

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /** `timeoutMs` overrides the server-side limit for one transaction that is known to be large (an import's switch). */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** True when the database answers a trivial query within the connect timeout. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** Driver errors that mean "no database to talk to", as opposed to a bad query. */
function isConnectivityError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    /acquisition timed out|Failed to connect|Connection was closed|connection timed out/i.test(error.message)
  );
}

/**
 * Driver errors that mean a concurrent write got there first: a unique constraint (two creates of one
 * id), a node or relationship deleted under a statement that had found it, a deadlock still there after
 * the driver's retries. The caller's write is rolled back; the answer is CONFLICT, never INTERNAL.
 */
function isConcurrentWriteError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' ||
    error.code === 'Neo.ClientError.Statement.EntityNotFound' ||
    error.code === 'Neo.TransientError.Transaction.DeadlockDetected' ||
    error.code === 'Neo.TransientError.Transaction.LockClientStopped'
  );
}

const isTransactionTimeout = (error: unknown) =>
  error instanceof Neo4jError && /TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code);

/**
 * The promise's value, or 'timeout' when it has not settled within `ms` of *idle* time. The time is
 * counted in steps of ms/10; a step that ends late (the event loop was busy, e.g. with engine runs,
 * which are synchronous) does not count, so only the database's silence is taken for silence, never
 * our own delay. Ten times `ms` of wall-clock time is the backstop.
 */
async function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let settled = false;
  let value: T | undefined;
  const watched = promise.then((v) => {
    settled = true;
    value = v;
    return v;
  });
  const steps = async (): Promise<'timeout'> => {
    const step = ms / 10;
    const started = performance.now();
    let idle = 0;
    while (!settled && idle < ms && performance.now() - started < ms * 10) {
      const before = performance.now();
      await new Promise((resolve) => setTimeout(resolve, step));
      // Let I/O that arrived while the loop was busy be read before deciding.
      await new Promise((resolve) => setImmediate(resolve));
      if (performance.now() - before < step * 2) idle += step;
    }
    return 'timeout';
  };
  const result = await Promise.race([watched, steps()]);
  return settled ? (value as T) : result;
}

export function openDatabase(settings: DatabaseSettings): Database {
  const timeouts = { ...DEFAULT_DATABASE_TIMEOUTS, ...settings.timeouts };
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  const driver = neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // The driver's own timers count wall-clock time, which an event loop busy with engine runs stretches;
    // they are only the backstop (10x): a database that stopped answering is noticed by the probe below,
    // which counts only the database's silence, and a refused connection fails at once anyway.
    connectionTimeout: timeouts.connectMs * 10,
    connectionAcquisitionTimeout: timeouts.connectMs * 10,
    // Retrying a transaction that found no server is waiting too: half the budget, then UNAVAILABLE.
    maxTransactionRetryTime: timeouts.connectMs / 2,
  });

  // The probe has a pool of its own: with every connection of the main pool busy (50 writers waiting
  // on one lock), a probe from that pool would wait for a connection and take a busy database for a dead one.
  const probeDriver = neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 2,
    connectionTimeout: timeouts.connectMs * 10,
    connectionAcquisitionTimeout: timeouts.connectMs * 10,
  });

  let down = false;
  let probing: Promise<boolean> | null = null;
  /** One probe at a time: a trivial query on its own session, given half of connectMs to answer. */
  const ping = (): Promise<boolean> => {
    probing ??= (async () => {
      const session = probeDriver.session({
        database: settings.database,
        defaultAccessMode: neo4j.session.READ,
      });
      const answered = await withDeadline(
        session.run('RETURN 1').then(
          () => true,
          () => false,
        ),
        timeouts.connectMs / 2,
      );
      void session.close().catch(() => {});
      down = answered !== true;
      return !down;
    })().finally(() => {
      probing = null;
    });
    return probing;
  };

  async function run<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    transactionMs = timeouts.transactionMs,
  ): Promise<T> {
    if (down && !(await ping())) throw databaseUnavailable();
    const session = driver.session({
      database: settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: transactionMs };
    const call = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    // A call still pending after half of connectMs makes the database prove it is alive on another
    // connection (and again as long as it runs): a database that stopped answering is known within connectMs.
    let watchdog: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_resolve, reject) => {
      watchdog = setInterval(() => {
        void ping().then((alive) => {
          if (!alive) reject(databaseUnavailable());
        });
      }, timeouts.connectMs / 2);
    });
    try {
      return await Promise.race([call, hung]);
    } catch (error) {
      if (isConnectivityError(error)) {
        down = true;
        throw databaseUnavailable();
      }
      if (isTransactionTimeout(error)) throw databaseTimedOut(transactionMs);
      if (isConcurrentWriteError(error)) throw concurrentWrite();
      throw error;
    } finally {
      clearInterval(watchdog);
      call.catch(() => {});
      void session.close().catch(() => {});
    }
  }

  return {
    driver,
    name: settings.database,
    read: (work) => run('READ', work),
    write: (work, options) => run('WRITE', work, options?.timeoutMs),
    ping,
    close: async () => {
      await Promise.all([driver.close(), probeDriver.close()]);
    },
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
