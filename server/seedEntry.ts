// What the seed loader (seed/) may use of the server: its one entry, so the seed depends on a
// declared surface and the server never depends on the seed's internals (the linter keeps it so).
export { loadConfig } from './config.js';
export { type Database, openDatabase, verifyReachable } from './db/database.js';
export { dateProps } from './db/dateProps.js';
export type {
  DateStatementRow,
  DocumentInfo,
  NodeRow,
  Props,
  RelRow,
  SeedGraph,
  SourceRow,
} from './db/graphRows.js';
export { startLocalNeo4j } from './db/localNeo4j.js';
export { applyMigrations } from './db/migrations.js';
export { type SeedWriteSummary, seedChecksum, writeSeedGraph } from './db/repositories/seedRepository.js';
export { parsePrecisionDate, tryParsePrecisionDate } from './domain/dates/index.js';
export * from './domain/model/index.js';
export { findCycle } from './domain/schedule/cycles.js';
export { foldForSearch, searchTextOf } from './domain/text/foldForSearch.js';
export { repoRoot } from './repoRoot.js';
