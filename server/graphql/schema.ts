// Builds the executable schema from every type module. Import order does not matter to Pothos.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './types/actor.js';
import './types/goal.js';
import './types/health.js';
import './types/initiative.js';
import './types/meeting.js';
import './types/milestone.js';
import './types/risk.js';
import './types/snapshot.js';
import './types/lookup.js';
import './types/lists.js';
import './types/roadmap.js';
import './types/graph.js';
import './types/impact.js';
import './types/scenario.js';
import './types/yearAgenda.js';
import './types/history.js';
import './types/baseline.js';
import './types/dateHistory.js';
import './types/planChecks.js';

export const schema = builder.toSchema();

/** The checked-in form of the schema (schema/schema.graphql): sorted so diffs stay small. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
