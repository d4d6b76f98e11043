// The typed model of the portfolio: vocabularies, entities and relationships. Pure: no I/O.
export * from './dateValue.js';
export * from './edits.js';
export * from './entities.js';
export * from './relationships.js';
export * from './scenario.js';
export * from './vocabulary.js';
