// Dates with precision: the public surface of server/domain/dates.
export * from './calendar.js';
export * from './days.js';
export * from './precisionDate.js';
