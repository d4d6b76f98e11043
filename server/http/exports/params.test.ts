// Every export route's parameters, good and bad: the parsed value, or the VALIDATION problem the
// route answers with (400), naming the parameter.
import { describe, expect, it } from 'vitest';
import { ZodError, type z } from 'zod';
import { type AppError, invalidParameters } from '../../errors.js';
import { parameterProblems } from '../errorResponse.js';
import {
  DEFAULT_PERIOD,
  graphParams,
  impactParams,
  importParams,
  roadmapParams,
  yearAgendaParams,
} from './params.js';

const SCHEMAS = { roadmapParams, graphParams, impactParams, yearAgendaParams, importParams };
type Name = keyof typeof SCHEMAS;

/** What a route makes of a query: the parsed parameters, or the VALIDATION error it answers with. */
function parse(name: Name, query: Record<string, unknown>): unknown {
  try {
    return SCHEMAS[name].parse(query);
  } catch (error) {
    if (error instanceof ZodError) return invalidParameters(parameterProblems(error));
    throw error;
  }
}

const roadmapDefaults = {
  from: DEFAULT_PERIOD.from,
  to: DEFAULT_PERIOD.to,
  groupBy: 'actor',
  actorIds: [],
  kinds: [],
  statuses: [],
  text: null,
};

describe('good parameters', () => {
  it.each<[Name, Record<string, unknown>, Record<string, unknown>]>([
    ['roadmapParams', {}, { lang: 'nb', delimiter: ',', roadmap: roadmapDefaults, filtered: false }],
    [
      'roadmapParams',
      {
        from: '2024-01-01',
        to: '2024-12-31',
        kinds: 'project,NATIONAL_SOLUTION',
        statuses: ['green', 'UNKNOWN'],
      },
      {
        roadmap: {
          ...roadmapDefaults,
          from: '2024-01-01',
          to: '2024-12-31',
          kinds: ['project', 'national-solution'],
          statuses: ['green', 'unknown'],
        },
        filtered: true,
      },
    ],
    ['roadmapParams', { groupBy: 'STRATEGY_GOAL' }, { roadmap: { ...roadmapDefaults, groupBy: 'goal' } }],
    ['roadmapParams', { groupBy: 'Programme' }, { roadmap: { ...roadmapDefaults, groupBy: 'programme' } }],
    [
      'roadmapParams',
      { actors: 'a', actorIds: ['b', 'c'], q: 'pll' },
      { roadmap: { ...roadmapDefaults, actorIds: ['b', 'c', 'a'], text: 'pll' } },
    ],
    [
      'roadmapParams',
      { paper: 'a3', lang: 'en', delimiter: 'semicolon', date: '2024-05-01' },
      { paper: 'A3', lang: 'en', delimiter: ';', date: '2024-05-01' },
    ],
    ['roadmapParams', { lang: ['en', 'nb'] }, { lang: 'en' }],
    ['graphParams', { date: '2024-05-01' }, { date: '2024-05-01', filtered: false }],
    ['graphParams', { kinds: 'tiltak' }, { filtered: true }],
    [
      'impactParams',
      { delays: 'persontjenesten:56,pll:7', riskIds: 'schrems-ii', mode: 'RECOMPUTE' },
      {
        delays: [
          { id: 'persontjenesten', days: 56 },
          { id: 'pll', days: 7 },
        ],
        riskIds: ['schrems-ii'],
        mode: 'recompute',
      },
    ],
    [
      'impactParams',
      {},
      { delays: [], riskIds: [], riskDelays: [], mode: 'preserve', lang: 'nb', delimiter: ',' },
    ],
    ['yearAgendaParams', { year: '2024', paper: 'A3' }, { year: 2024, paper: 'A3' }],
    ['yearAgendaParams', {}, { lang: 'nb' }],
    ['importParams', { dryRun: '1' }, { dryRun: true }],
    ['importParams', { dryRun: 'false' }, { dryRun: false }],
    ['importParams', {}, { dryRun: false }],
  ])('%s %j', (name, query, expected) => {
    expect(parse(name, query)).toMatchObject(expected);
  });

  it('defaults the export date to today', () => {
    expect(roadmapParams.parse({}).date).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('bad parameters', () => {
  it.each<[Name, Record<string, unknown>, string]>([
    ['roadmapParams', { from: 'yesterday' }, 'from'],
    ['roadmapParams', { to: '2024-1-1' }, 'to'],
    ['roadmapParams', { groupBy: 'colour' }, 'groupBy'],
    ['roadmapParams', { kinds: 'project,spaceship' }, 'kinds.1'],
    ['roadmapParams', { statuses: 'purple' }, 'statuses.0'],
    ['roadmapParams', { lang: 'de' }, 'lang'],
    ['roadmapParams', { paper: 'A5' }, 'paper'],
    ['roadmapParams', { delimiter: 'tab' }, 'delimiter'],
    ['roadmapParams', { date: 'today' }, 'date'],
    ['roadmapParams', { text: 'x'.repeat(201) }, 'text'],
    ['graphParams', { kinds: 'spaceship' }, 'kinds.0'],
    ['impactParams', { delays: 'persontjenesten-56' }, 'delays.0'],
    ['impactParams', { delays: 'pll:123456' }, 'delays.0'],
    ['impactParams', { mode: 'guess' }, 'mode'],
    ['yearAgendaParams', { year: '24' }, 'year'],
    ['importParams', { dryRun: 'yes' }, 'dryRun'],
  ])('%s %j is refused naming %s', (name, query, field) => {
    const error = parse(name, query) as AppError;
    expect(error.code).toBe('VALIDATION');
    expect(error.details.problems).toEqual([{ field, message: expect.any(String) }]);
    expect(error.messageNb).toContain(`${field}: `);
    expect(error.messageEn).toContain(`${field}: `);
  });
});

describe('the vocabularies', () => {
  it('take every initiative kind in both spellings', () => {
    const parsed: z.output<typeof roadmapParams> = roadmapParams.parse({
      kinds: 'NATIONAL_SOLUTION,national-solution',
    });
    expect(parsed.roadmap.kinds).toEqual(['national-solution', 'national-solution']);
  });
});
