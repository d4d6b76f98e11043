// Shared GraphQL pieces: the Entity interface, dates with precision, sources, and prop readers.

import {
  type EntityRow,
  findEntitiesByIds,
  findSourcesByIds,
  findSourcesOf,
  type SourceRow,
} from '../../db/repositories/entityRepository.js';
import {
  formatPrecisionDate,
  type Precision,
  parsePrecisionDate,
  toDayNumber,
} from '../../domain/dates/index.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';

export const str = (n: EntityRow, key: string): string => String(n.props[key] ?? '');
export const strOrNull = (n: EntityRow, key: string): string | null =>
  n.props[key] === undefined || n.props[key] === null ? null : String(n.props[key]);
export const numOrNull = (n: EntityRow, key: string): number | null =>
  typeof n.props[key] === 'number' ? (n.props[key] as number) : null;
export const strList = (n: EntityRow, key: string): string[] =>
  Array.isArray(n.props[key]) ? (n.props[key] as unknown[]).map(String) : [];

export const LocaleEnum = builder.enumType('Locale', {
  values: { NB: { value: 'nb' }, EN: { value: 'en' } } as const,
});

export interface DateValue {
  text: string;
  precision: Precision;
  writtenAs: string | null;
}

/** The date stored under `prefix` (start, end, date, deadline, asOf) as a DateValue, or null. */
export function dateOf(n: EntityRow, prefix: string, writtenKey?: string): DateValue | null {
  const text = n.props[prefix];
  if (typeof text !== 'string') return null;
  return {
    text,
    precision: parsePrecisionDate(text).precision,
    writtenAs: writtenKey ? strOrNull(n, writtenKey) : null,
  };
}

const PrecisionEnum = builder.enumType('DatePrecision', {
  values: {
    DAY: { value: 'day' },
    MONTH: { value: 'month' },
    QUARTER: { value: 'quarter' },
    HALF: { value: 'half' },
    YEAR: { value: 'year' },
  } as const,
});

export const DateWithPrecisionRef = builder.objectRef<DateValue>('DateWithPrecision').implement({
  description: 'A date as coarse as the paper gave it ("1. kv. 2023"), with the concrete days it covers.',
  fields: (t) => ({
    value: t.field({ type: 'PrecisionDate', resolve: (d) => d.text }),
    precision: t.field({ type: PrecisionEnum, resolve: (d) => d.precision }),
    firstDay: t.field({ type: 'Day', resolve: (d) => isoOf(parsePrecisionDate(d.text).first) }),
    lastDay: t.field({ type: 'Day', resolve: (d) => isoOf(parsePrecisionDate(d.text).last) }),
    label: t.string({
      description: 'Formatted in Norwegian or English, in its own precision.',
      args: { locale: t.arg({ type: LocaleEnum, required: false }) },
      resolve: (d, args, ctx) => formatPrecisionDate(parsePrecisionDate(d.text), args.locale ?? ctx.locale),
    }),
    writtenAs: t.string({
      nullable: true,
      description: 'The date as the paper wrote it.',
      resolve: (d) => d.writtenAs,
    }),
  }),
});

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export { toDayNumber };

export const SourceRef = builder.objectRef<SourceRow>('Source').implement({
  description: 'Where a fact stands: a paper, its lines, the sak, and a verbatim quote.',
  fields: (t) => ({
    id: t.exposeID('id'),
    document: t.exposeString('doc', { description: 'File name of the paper in seed/papers.' }),
    documentTitle: t.string({ nullable: true, resolve: (s) => s.documentTitle }),
    documentKey: t.string({ nullable: true, resolve: (s) => s.documentKey }),
    fromLine: t.exposeInt('fromLine'),
    toLine: t.exposeInt('toLine'),
    sak: t.string({ nullable: true, resolve: (s) => s.sak }),
    quote: t.exposeString('quote'),
  }),
});

export const EntityRef = builder.interfaceRef<EntityRow>('Entity').implement({
  description: 'Any fact of the portfolio graph: it has an id unique across kinds, a name, and sources.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.string({ resolve: (n) => str(n, 'name') || str(n, 'title') || n.id }),
    version: t.int({
      description: 'Increases with every edit; pass it back when updating.',
      resolve: (n) => Number(n.props.version ?? 1),
    }),
    inferred: t.boolean({
      description: 'Concluded rather than stated in the papers.',
      resolve: (n) => n.props.inferred === true,
    }),
    note: t.string({ nullable: true, resolve: (n) => strOrNull(n, 'note') }),
    sources: t.loadableList({
      type: SourceRef,
      load: (ids: string[], ctx: GraphQLContext) => findSourcesOf(ctx.db, ids),
      resolve: (n) => n.id,
    }),
  }),
});

/** Loads sources that a relationship names by id. */
export function sourcesField<P>(t: PothosFieldBuilder<P>, ids: (parent: P) => string[]) {
  return t.loadableList({
    type: SourceRef,
    load: async (keys: string[], ctx: GraphQLContext) => {
      const flat = [...new Set(keys.flatMap((k) => k.split('|').filter(Boolean)))];
      const found = await findSourcesByIds(ctx.db, flat);
      const byId = new Map(flat.map((id, i) => [id, found[i]]));
      return keys.map((k) =>
        k
          .split('|')
          .filter(Boolean)
          .map((id) => byId.get(id))
          .filter((s): s is SourceRow => !!s),
      );
    },
    resolve: (parent: P) => ids(parent).join('|'),
  });
}

// The field builder type Pothos gives to object field callbacks.
type PothosFieldBuilder<P> = Parameters<
  Parameters<ReturnType<typeof builder.objectRef<P>>['implement']>[0]['fields'] & object
>[0];

/** Loads any entity by id, whatever its kind. */
export async function loadEntities(ctx: GraphQLContext, ids: string[]): Promise<(EntityRow | Error)[]> {
  const rows = await findEntitiesByIds(ctx.db, ids);
  return rows.map((r, i) => r ?? new Error(`entity ${ids[i]} not found`));
}
