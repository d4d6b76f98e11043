// The query parameters of the export routes: shared zod pieces (period, veikart filter, language,
// export date, CSV delimiter, paper…) and one schema per route family built from them. Enum-like
// parameters come from the vocabulary tables and accept the GraphQL spelling too (NATIONAL_SOLUTION).
// A bad parameter is a ZodError, which the error middleware answers as 400 VALIDATION naming the field.
import { z } from 'zod';
import { PAGE_FORMATS, type PageFormat } from '../../domain/drawing/shapes.js';
import {
  codeFromAnySpelling,
  IMPACT_MODE,
  INITIATIVE_KIND,
  LOCALES,
  ROADMAP_GROUPING,
  type RoadmapGrouping,
  STATUS_COLOUR,
  type Vocabulary,
} from '../../domain/model/vocabulary.js';
import type { CsvDelimiter } from '../../export/csv.js';
import type { RoadmapArgs } from '../../services/roadmapView.js';

/** The timeline's default period (client/src/features/timeline/timelineState.ts). */
export const DEFAULT_PERIOD = { from: '2019-01-01', to: '2030-12-31' };

const todayIso = () => new Date().toISOString().slice(0, 10);

/** A parameter given once (?x=a; of ?x=a&x=b the first counts). */
const single = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional());
/** A parameter given as "a,b" or as ?x=a&x=b, read as ['a', 'b']. */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .flatMap((x) => x.split(','))
      .map((x) => x.trim())
      .filter(Boolean),
  );

/**
 * A code of a vocabulary, in its own or its GraphQL spelling (national-solution, NATIONAL_SOLUTION);
 * `also` are further codes the parameter takes, `aliases` further spellings (in lower case).
 */
const code = <C extends string, X extends string = never>(
  vocab: Vocabulary<C>,
  more: { also?: readonly X[]; aliases?: Record<string, C | X> } = {},
) =>
  z
    .string()
    .transform((text) => codeFromAnySpelling(vocab, text) ?? more.aliases?.[text.toLowerCase()] ?? text)
    .pipe(z.enum([...vocab.codes, ...(more.also ?? [])] as [C | X, ...(C | X)[]]));

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day such as 2024-01-01', abort: true })
  // A real calendar day, in years the portfolio could hold (a period from year 0 is only work).
  .refine((text) => {
    const year = Number(text.slice(0, 4));
    const date = new Date(`${text}T00:00:00Z`);
    return (
      year >= 1900 &&
      year <= 2199 &&
      !Number.isNaN(date.getTime()) &&
      date.toISOString().slice(0, 10) === text
    );
  }, 'must be a calendar day in the years 1900–2199');

/** The shared pieces, each one parameter. */
const param = {
  day: single.pipe(day.optional()),
  lang: single.pipe(z.enum(LOCALES).default('nb')),
  /** The export date printed and stamped in the file: the same `date`, the same bytes. */
  date: single.pipe(day.default(todayIso)),
  delimiter: single.pipe(
    z
      .enum(['comma', 'semicolon'])
      .optional()
      .transform((d): CsvDelimiter => (d === 'semicolon' ? ';' : ',')),
  ),
  paper: single.pipe(
    z
      .string()
      .optional()
      // A4 and A3 landscape, or a 16:9 slide page.
      .transform((p): string | undefined =>
        p === undefined || p.toLowerCase() === 'slide' ? p?.toLowerCase() : p.toUpperCase(),
      )
      .refine((p): p is PageFormat | undefined => p === undefined || (PAGE_FORMATS as string[]).includes(p), {
        message: 'must be A4, A3 or slide',
      }),
  ),
  text: single.pipe(z.string().max(200).optional()),
  ids: list,
  groupBy: single.pipe(
    code(ROADMAP_GROUPING, { aliases: { strategy_goal: 'goal' } }).default('actor' as RoadmapGrouping),
  ),
  kinds: list.pipe(z.array(code(INITIATIVE_KIND))),
  /** The status colours, and `unknown` (or UNKNOWN) for items without one. */
  statuses: list.pipe(z.array(code(STATUS_COLOUR, { also: ['unknown'], aliases: { unknown: 'unknown' } }))),
  year: single.pipe(
    z
      .string()
      .regex(/^\d{4}$/, 'must be a year such as 2024')
      .transform(Number)
      .optional(),
  ),
  delays: list.pipe(
    z
      .array(z.string().regex(/^[^:]+:\d{1,5}$/, 'each must be <id>:<days>, e.g. persontjenesten:56'))
      .transform((xs) =>
        xs.map((x) => {
          const colon = x.lastIndexOf(':');
          return { id: x.slice(0, colon), days: Number(x.slice(colon + 1)) };
        }),
      ),
  ),
  mode: single.pipe(code(IMPACT_MODE).default('preserve')),
  flag: single.pipe(
    z
      .enum(['0', '1', 'true', 'false'])
      .optional()
      .transform((f) => f === '1' || f === 'true'),
  ),
};

/** The veikart filter as the views take it: period, grouping, actors, kinds, statuses, text. */
const roadmapFilter = {
  from: param.day,
  to: param.day,
  groupBy: param.groupBy,
  actorIds: param.ids,
  actors: param.ids,
  kinds: param.kinds,
  statuses: param.statuses,
  text: param.text,
  q: param.text,
};

type FilterParams = z.output<z.ZodObject<typeof roadmapFilter>>;

/** The filter as the roadmap service takes it, and whether it narrows the graph at all. */
function roadmapOf(f: FilterParams): { roadmap: RoadmapArgs; filtered: boolean } {
  const actorIds = [...f.actorIds, ...f.actors];
  const text = f.text ?? f.q ?? null;
  return {
    roadmap: {
      from: f.from ?? DEFAULT_PERIOD.from,
      to: f.to ?? DEFAULT_PERIOD.to,
      groupBy: f.groupBy,
      actorIds,
      kinds: f.kinds,
      statuses: f.statuses,
      text,
    },
    filtered:
      f.from !== undefined ||
      f.to !== undefined ||
      actorIds.length + f.kinds.length + f.statuses.length > 0 ||
      !!text,
  };
}

const withRoadmap = <T extends FilterParams>({
  from,
  to,
  groupBy,
  actorIds,
  actors,
  kinds,
  statuses,
  text,
  q,
  ...rest
}: T) => ({
  ...rest,
  ...roadmapOf({ from, to, groupBy, actorIds, actors, kinds, statuses, text, q }),
});

/** roadmap.csv/.xlsx/.pdf/.mspdi.xml and milestones.ics: one set, so a link works in any format. */
export const roadmapParams = z
  .object({
    ...roadmapFilter,
    lang: param.lang,
    date: param.date,
    delimiter: param.delimiter,
    paper: param.paper,
    /** roadmap.svg: which page (1-based) of the drawing. */
    page: single.pipe(
      z
        .string()
        .regex(/^\d{1,3}$/, 'must be a page number such as 1')
        .transform(Number)
        .optional(),
    ),
    /** roadmap.csv/.xlsx: add the baseline's dates and the variance in days. */
    baselineId: single.pipe(z.string().max(100).optional()),
  })
  .transform(withRoadmap);
export type RoadmapParams = z.output<typeof roadmapParams>;

/** graph.json: the whole graph, or with a filter the part the view shows. */
export const graphParams = z
  .object({ ...roadmapFilter, lang: param.lang, date: param.date })
  .transform(withRoadmap);

/** impact.csv/.xlsx: the delays (id:days), risks and mode of a what-if. */
export const impactParams = z.object({
  delays: param.delays,
  riskIds: param.ids,
  /** riskDelays=schrems-ii:180: the planner's assumed length for a risk the papers give none for. */
  riskDelays: param.delays,
  mode: param.mode,
  lang: param.lang,
  date: param.date,
  delimiter: param.delimiter,
});

/** year-agenda.pdf/.md: the NUIT year (default: the newest with tiltak). */
export const yearAgendaParams = z.object({
  year: param.year,
  lang: param.lang,
  date: param.date,
  paper: param.paper,
});

/** POST /import/graph.json: `dryRun=1` only validates. */
export const importParams = z.object({
  dryRun: param.flag,
  /** Why, and the sak it follows from: kept in the import's change set. */
  reason: single.pipe(z.string().max(2000).optional()).transform((v) => v ?? null),
  sakId: single.pipe(z.string().max(200).optional()).transform((v) => v ?? null),
  /** The file's name, kept in the change set of a whole-portfolio import. */
  file: single.pipe(z.string().max(500).optional()).transform((v) => v ?? null),
});
