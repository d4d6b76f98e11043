// What an export route is: a path, the schema of its parameters, and a function from the parsed
// parameters to the file. The router adds the role check, the sending and the error answers.
import type { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { ExportFile } from './formats.js';

export interface ExportRoute {
  path: string;
  /** Parses the query (a bad one throws a ZodError) and builds the file. */
  build(query: unknown, db: Database): Promise<ExportFile>;
}

export function exportRoute<S extends z.ZodType>(
  path: string,
  params: S,
  build: (p: z.output<S>, db: Database) => Promise<ExportFile> | ExportFile,
): ExportRoute {
  return { path, build: async (query, db) => build(params.parse(query), db) };
}
