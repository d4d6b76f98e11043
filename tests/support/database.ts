// Opens the database the global setup provided, for integration and API tests. On a loaded machine
// VEIKART_TEST_DB_SLACK=1 gives the database ten times the usual time (connect and transactions).
import { inject } from 'vitest';
import {
  type Database,
  type DatabaseTimeouts,
  DEFAULT_DATABASE_TIMEOUTS,
  openDatabase,
} from '../../server/db/database.js';

/** `timeouts` overrides the defaults (scaled by VEIKART_TEST_DB_SLACK) for tests that need other limits. */
export function openTestDatabase(timeouts: Partial<DatabaseTimeouts> = {}): Database {
  const slack = process.env.VEIKART_TEST_DB_SLACK === '1' ? 10 : 1;
  return openDatabase({
    ...inject('neo4j'),
    timeouts: {
      transactionMs: DEFAULT_DATABASE_TIMEOUTS.transactionMs * slack,
      connectMs: DEFAULT_DATABASE_TIMEOUTS.connectMs * slack,
      ...timeouts,
    },
  });
}
