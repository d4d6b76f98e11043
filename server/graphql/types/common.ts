// Shared GraphQL pieces: the Entity interface, dates with precision and sources, over the typed model.

import {
  findEntitiesByIds,
  findSourcesByIds,
  findSourcesOf,
  type SourceRow,
} from '../../db/repositories/entityRepository.js';
import { formatPrecisionDate, type PrecisionDate, tryParsePrecisionDate } from '../../domain/dates/index.js';
import type { DateValue, Entity } from '../../domain/model/index.js';
import { dateOutOfRange } from '../../errors.js';
import { builder } from '../builder.js';
import type { GraphQLContext } from '../context.js';
import { LocaleEnum, PrecisionEnum } from './enums.js';

export const DateWithPrecisionRef = builder.objectRef<DateValue>('DateWithPrecision').implement({
  description: 'A date as coarse as the paper gave it ("1. kv. 2023"), with the concrete days it covers.',
  fields: (t) => ({
    value: t.field({ type: 'PrecisionDate', resolve: (d) => d.text }),
    precision: t.field({ type: PrecisionEnum, resolve: (d) => d.precision }),
    firstDay: t.field({ type: 'Day', resolve: (d) => factsOf(d).firstDay }),
    lastDay: t.field({ type: 'Day', resolve: (d) => factsOf(d).lastDay }),
    label: t.string({
      description: 'Formatted in Norwegian or English, in its own precision.',
      args: { locale: t.arg({ type: LocaleEnum, required: false }) },
      resolve: (d, args, ctx) => factsOf(d)[args.locale ?? ctx.locale],
    }),
    writtenAs: t.string({
      nullable: true,
      description: 'The date as the paper wrote it.',
      resolve: (d) => d.writtenAs,
    }),
  }),
});

interface DateFacts {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly nb: string;
  readonly en: string;
}

// What the fields of a date show, worked out once per date text: a roadmap shows thousands of dates and
// few distinct ones (months, quarters), and asked field by field each date was parsed three times.
// Bounded: cleared when full, the texts of one portfolio fit many times over.
const FACTS_KEPT = 20_000;
const factsByText = new Map<string, DateFacts | null>();

/** Stored dates always parse; a computed one past year 9999 does not, and is reported, not crashed on. */
function factsOf(d: DateValue): DateFacts {
  let facts = factsByText.get(d.text);
  if (facts === undefined) {
    const date = tryParsePrecisionDate(d.text);
    facts = date === null ? null : factsFrom(date);
    if (factsByText.size >= FACTS_KEPT) factsByText.clear();
    factsByText.set(d.text, facts);
  }
  if (facts === null) throw dateOutOfRange(d.text);
  return facts;
}

function factsFrom(date: PrecisionDate): DateFacts {
  return {
    firstDay: isoOf(date.first),
    lastDay: isoOf(date.last),
    nb: formatPrecisionDate(date, 'nb'),
    en: formatPrecisionDate(date, 'en'),
  };
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

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

export const EntityRef = builder.interfaceRef<Entity>('Entity').implement({
  description: 'Any fact of the portfolio graph: it has an id unique across kinds, a name, and sources.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    version: t.exposeInt('version', {
      description: 'Increases with every edit; pass it back when updating.',
    }),
    inferred: t.exposeBoolean('inferred', { description: 'Concluded rather than stated in the papers.' }),
    note: t.exposeString('note', { nullable: true }),
    sources: t.loadableList({
      type: SourceRef,
      load: (ids: string[], ctx: GraphQLContext) => findSourcesOf(ctx.db, ids),
      resolve: (n) => n.id,
    }),
  }),
});

/** Loads sources that a relationship names by id. */
export function sourcesField<P>(t: PothosFieldBuilder<P>, ids: (parent: P) => readonly string[]) {
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
export async function loadEntities(ctx: GraphQLContext, ids: string[]): Promise<(Entity | Error)[]> {
  const rows = await findEntitiesByIds(ctx.db, ids);
  return rows.map((r, i) => r ?? new Error(`entity ${ids[i]} not found`));
}

/** One entity by id, or null when there is none. */
export async function loadEntity(ctx: GraphQLContext, id: string): Promise<Entity | null> {
  return (await findEntitiesByIds(ctx.db, [id]))[0] ?? null;
}
