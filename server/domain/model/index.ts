// The typed model of the portfolio: vocabularies, entities and relationships. Pure: no I/O.

export * from './baseline.js';
export * from './dateStatement.js';
export * from './dateValue.js';
export * from './edits.js';
export * from './entities.js';
export * from './history.js';
export * from './idempotency.js';
export * from './importSummary.js';
export * from './relationships.js';
export * from './scenario.js';
export * from './vocabulary.js';
