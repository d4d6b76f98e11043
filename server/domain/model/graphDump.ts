// graph.json: the portfolio graph as a file, for backup/restore and for moving a part of it. Every
// node with its labels, all its properties and the sources it cites; every fact relationship with
// its properties; the sources and papers themselves. Numbers are floats unless listed under
// `integers` (Neo4j keeps both kinds), so an import restores the very values that were exported.
// The zod schema below is the file format; importing validates against it before writing anything.
import { z } from 'zod';
import { NODE_LABELS } from './entities.js';
import { RELATIONSHIP_TYPES } from './relationships.js';

export const GRAPH_FORMAT = 'veikart-graph';
export const GRAPH_FORMAT_VERSION = 1;

/** Labels a node in the file may carry: the portfolio's, plus saved what-if scenarios. */
export const DUMP_NODE_LABELS = ['Entity', ...NODE_LABELS, 'Scenario'] as const;

const scalar = z.union([z.string(), z.number().finite(), z.boolean()]);
const value = z.union([scalar, z.array(z.string()), z.array(z.number().finite()), z.array(z.boolean())]);
const props = z.record(z.string().min(1), value);
const integers = z.array(z.string()).optional();

const integerKeysValid = (r: { props: Record<string, unknown>; integers?: string[] | undefined }) =>
  (r.integers ?? []).every((k) => {
    const v = r.props[k];
    const ok = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x);
    return Array.isArray(v) ? v.every(ok) : ok(v);
  });
const integerMessage = {
  message: 'every key in `integers` must name an integer (or list of integers) in props',
};

export const dumpNodeSchema = z
  .object({
    labels: z.array(z.enum(DUMP_NODE_LABELS)).min(1),
    props: props.refine((p) => typeof p.id === 'string' && p.id !== '', {
      message: 'props.id must be a string',
    }),
    integers,
    /** Ids of the Source nodes it CITES. */
    sources: z.array(z.string()),
  })
  .refine(integerKeysValid, integerMessage)
  .refine(
    (n) =>
      n.labels.includes('Scenario')
        ? n.labels.length === 1
        : n.labels.includes('Entity') && n.labels.length === 2,
    { message: 'a node is either [Scenario] or [Entity, <one portfolio label>]' },
  );

/**
 * A paper's (or the seed's) dated statement of an item's start, end, date or status (dateStatement.ts):
 * provenance like a source, so a backup that left it out would lose what each paper said.
 */
export const dumpDateStatementSchema = z
  .object({
    props: props.refine((p) => typeof p.id === 'string' && p.id !== '' && typeof p.itemId === 'string', {
      message: 'props.id and props.itemId must be strings',
    }),
    integers,
    /** Ids of the Source nodes it CITES. */
    sources: z.array(z.string()),
  })
  .refine(integerKeysValid, integerMessage);

export const dumpRelationshipSchema = z
  .object({
    type: z.enum(RELATIONSHIP_TYPES),
    from: z.string().min(1),
    to: z.string().min(1),
    props,
    integers,
  })
  .refine(integerKeysValid, integerMessage);

export const dumpSourceSchema = z
  .object({
    props: props.refine((p) => typeof p.id === 'string' && p.id !== '', {
      message: 'props.id must be a string',
    }),
    integers,
    /** The file of the Document it is IN_DOCUMENT of. */
    document: z.string().nullable(),
  })
  .refine(integerKeysValid, integerMessage);

export const dumpDocumentSchema = z
  .object({
    props: props.refine((p) => typeof p.file === 'string' && p.file !== '', {
      message: 'props.file must be a string',
    }),
    integers,
  })
  .refine(integerKeysValid, integerMessage);

export const graphFilterSchema = z.object({
  from: z.string(),
  to: z.string(),
  actorIds: z.array(z.string()),
  kinds: z.array(z.string()),
  statuses: z.array(z.string()),
  text: z.string().nullable(),
});

export const graphDumpSchema = z
  .object({
    format: z.literal(GRAPH_FORMAT),
    formatVersion: z.literal(GRAPH_FORMAT_VERSION),
    exportedAt: z.string(),
    /** full: the whole graph (import replaces the database's); part: a filtered part (import merges it). */
    scope: z.enum(['full', 'part']),
    filter: graphFilterSchema.nullable(),
    /** Which seed the database was loaded from (SeedInfo), for a full dump. */
    seedChecksum: z.string().nullable(),
    documents: z.array(dumpDocumentSchema),
    sources: z.array(dumpSourceSchema),
    nodes: z.array(dumpNodeSchema),
    relationships: z.array(dumpRelationshipSchema),
    /** Absent in files written before dated statements existed. */
    dateStatements: z.array(dumpDateStatementSchema).optional(),
  })
  .superRefine((dump, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const unique = (ids: string[], what: string, field: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) problem([what, i, 'props', field], `duplicate ${field} "${id}"`);
        seen.add(id);
      });
      return seen;
    };
    const documents = unique(
      dump.documents.map((d) => String(d.props.file)),
      'documents',
      'file',
    );
    const sources = unique(
      dump.sources.map((s) => String(s.props.id)),
      'sources',
      'id',
    );
    const nodes = unique(
      dump.nodes.map((n) => String(n.props.id)),
      'nodes',
      'id',
    );
    dump.sources.forEach((s, i) => {
      if (s.document !== null && !documents.has(s.document))
        problem(['sources', i, 'document'], `no document "${s.document}" in the file`);
    });
    dump.nodes.forEach((n, i) => {
      n.sources.forEach((id, j) => {
        if (!sources.has(id)) problem(['nodes', i, 'sources', j], `no source "${id}" in the file`);
      });
    });
    (dump.dateStatements ?? []).forEach((d, i) => {
      d.sources.forEach((id, j) => {
        if (!sources.has(id)) problem(['dateStatements', i, 'sources', j], `no source "${id}" in the file`);
      });
    });
    const seenRels = new Set<string>();
    dump.relationships.forEach((r, i) => {
      // A part may point at nodes that are already in the database; the import checks those.
      if (dump.scope === 'full') {
        if (!nodes.has(r.from)) problem(['relationships', i, 'from'], `no node "${r.from}" in the file`);
        if (!nodes.has(r.to)) problem(['relationships', i, 'to'], `no node "${r.to}" in the file`);
      }
      const key = `${r.type}|${r.from}|${r.to}`;
      if (seenRels.has(key))
        problem(['relationships', i], `duplicate ${r.type} from "${r.from}" to "${r.to}"`);
      seenRels.add(key);
      const ids = r.props.sourceIds;
      if (Array.isArray(ids)) {
        ids.forEach((id, j) => {
          if (typeof id !== 'string' || !sources.has(id))
            problem(['relationships', i, 'props', 'sourceIds', j], `no source "${String(id)}" in the file`);
        });
      }
    });
  });

export type GraphDump = z.infer<typeof graphDumpSchema>;
export type DumpProps = z.infer<typeof props>;
export type DumpNode = z.infer<typeof dumpNodeSchema>;
export type DumpDateStatement = z.infer<typeof dumpDateStatementSchema>;
export type DumpRelationship = z.infer<typeof dumpRelationshipSchema>;
export type DumpSource = z.infer<typeof dumpSourceSchema>;
export type DumpDocument = z.infer<typeof dumpDocumentSchema>;
export type GraphFilter = z.infer<typeof graphFilterSchema>;

export interface GraphProblem {
  path: string;
  message: string;
}

/** Validates a parsed file; the problems name where (nodes.12.props.id) and what. */
export function parseGraphDump(input: unknown): { dump: GraphDump } | { problems: GraphProblem[] } {
  const result = graphDumpSchema.safeParse(input);
  if (result.success) return { dump: result.data };
  return {
    problems: result.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(file)',
      message: i.message,
    })),
  };
}
