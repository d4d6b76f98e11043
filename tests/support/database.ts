// Opens the database the global setup provided, for integration and API tests.
import { inject } from 'vitest';
import { type Database, type DatabaseTimeouts, openDatabase } from '../../server/db/database.js';

export function openTestDatabase(timeouts: Partial<DatabaseTimeouts> = {}): Database {
  return openDatabase({ ...inject('neo4j'), timeouts });
}
