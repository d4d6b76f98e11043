// Opens the database the global setup provided, for integration and API tests. On a loaded machine
// VEIKART_TEST_DB_SLACK=1 gives the database ten times the usual time (connect and transactions).
import { inject } from 'vitest';
import { type Database, DEFAULT_DATABASE_TIMEOUTS, openDatabase } from '../../server/db/database.js';

export function openTestDatabase(): Database {
  const slack = process.env.VEIKART_TEST_DB_SLACK === '1' ? 10 : 1;
  return openDatabase({
    ...inject('neo4j'),
    timeouts: {
      transactionMs: DEFAULT_DATABASE_TIMEOUTS.transactionMs * slack,
      connectMs: DEFAULT_DATABASE_TIMEOUTS.connectMs * slack,
    },
  });
}
