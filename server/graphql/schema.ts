// Builds the executable schema from every type module. Import order does not matter to Pothos.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './types/health.js';

export const schema = builder.toSchema();

/** The checked-in form of the schema (schema/schema.graphql): sorted so diffs stay small. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
