// What every resolver gets: the database, a request-scoped logger, and (later) loaders and the viewer.
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';

export interface GraphQLContext {
  db: Database;
  logger: Logger;
}
