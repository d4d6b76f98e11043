// graph.json as text: the dump (its format is server/domain/model/graphDump.ts) with stable key
// order, two-space indent and a newline at the end, so the same graph gives the same bytes.
import type { GraphDump } from '../domain/model/graphDump.js';

export function graphDumpText(dump: GraphDump): string {
  return `${JSON.stringify(dump, null, 2)}\n`;
}
