// What every resolver gets: the request's database view (counting its queries), logger, viewer and language.
import type { Viewer } from '../auth/viewer.js';
import type { QueryCounter } from '../db/countingDatabase.js';
import type { Database } from '../db/database.js';
import type { IdempotencyClaim } from '../domain/model/index.js';
import type { Logger } from '../logger.js';

export type Locale = 'nb' | 'en';

export interface GraphQLContext {
  db: Database;
  logger: Logger;
  viewer: Viewer;
  locale: Locale;
  queries: QueryCounter;
  /** The request's Idempotency-Key claim (POST with the header), else null. */
  idempotency: IdempotencyClaim | null;
}
