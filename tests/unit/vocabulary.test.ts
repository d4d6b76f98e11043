// Each vocabulary is declared once (server/domain/model/vocabulary.ts); this checks that everything
// that lists codes or words derives from it: the GraphQL enums in the printed schema, the zod
// schemas of the seed, the HTTP parameters and the GraphQL inputs, the export labels, and the
// client's lists and colours (client/src/components/vocabulary.test.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  actorSchema,
  agendaItemSchema,
  conditionSchema,
  dependencySchema,
  initiativeSchema,
  meetingSchema,
  milestoneSchema,
  riskSchema,
} from '../../seed/schema/records.js';
import {
  enumValueName,
  INITIATIVE_KIND,
  STATUS_COLOUR,
  STATUS_PALETTE,
  UNKNOWN_STATUS,
  VOCABULARIES,
  type Vocabulary,
} from '../../server/domain/model/vocabulary.js';
import {
  DEPENDENCY_KIND,
  INITIATIVE_KIND as EXPORT_KINDS,
  STATUS,
  VERDICT,
} from '../../server/export/labels.js';
import { COLOURS } from '../../server/export/pdf.js';
import { roadmapParams } from '../../server/http/exports/params.js';

const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../../schema/schema.graphql'), 'utf8'));
const vocabularies = Object.entries(VOCABULARIES) as [string, Vocabulary<string>][];
const exposed = vocabularies.filter(([, v]) => schema.getType(v.name));

describe('the vocabularies', () => {
  it.each(vocabularies)('%s has distinct codes and words in both languages for each', (_name, vocab) => {
    expect(new Set(vocab.codes).size).toBe(vocab.codes.length);
    for (const code of vocab.codes) {
      expect(vocab.labels[code]?.nb.trim()).not.toBe('');
      expect(vocab.labels[code]?.en.trim()).not.toBe('');
    }
  });

  it('gives the GraphQL schema its enums', () => {
    expect(exposed.length).toBeGreaterThanOrEqual(15);
  });

  it.each(exposed)('%s: the GraphQL enum has exactly the codes', (_name, vocab) => {
    const type = schema.getType(vocab.name) as GraphQLEnumType;
    expect(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual(vocab.codes.map((c) => enumValueName(vocab, c)).sort());
  });
});

// A schema accepts a value in a field when parsing a minimal record with it succeeds.
const SEED_FIELDS: [
  string,
  { safeParse(v: unknown): { success: boolean } },
  Record<string, unknown>,
  string,
  Vocabulary<string>,
][] = [
  ['initiative kind', initiativeSchema, { id: 'x' }, 'kind', VOCABULARIES.INITIATIVE_KIND],
  ['actor kind', actorSchema, { id: 'x' }, 'kind', VOCABULARIES.ACTOR_KIND],
  ['condition kind', conditionSchema, { id: 'x' }, 'kind', VOCABULARIES.CONDITION_KIND],
  ['condition state', conditionSchema, { id: 'x' }, 'state', VOCABULARIES.CONDITION_STATE],
  ['milestone status', milestoneSchema, { id: 'x' }, 'status', VOCABULARIES.MILESTONE_STATUS],
  ['dependency kind', dependencySchema, { from: 'a', to: 'b' }, 'kind', VOCABULARIES.DEPENDENCY_KIND],
  [
    'dependency type',
    dependencySchema,
    { from: 'a', to: 'b', kind: 'technical' },
    'type',
    VOCABULARIES.DEPENDENCY_TYPE,
  ],
  ['risk kind', riskSchema, { id: 'x' }, 'kind', VOCABULARIES.RISK_KIND],
  ['meeting body', meetingSchema, { id: 'x' }, 'body', VOCABULARIES.BODY],
  ['meeting document', meetingSchema, { id: 'x' }, 'document', VOCABULARIES.MEETING_DOCUMENT],
  ['sak kind', agendaItemSchema, { id: 'x' }, 'kind', VOCABULARIES.AGENDA_ITEM_KIND],
];
const SOURCES = [{ doc: '002_a0ef8617a5154810.txt', lines: [1, 2], quote: 'a quote' }];

describe('the seed schemas', () => {
  it.each(SEED_FIELDS)('%s accepts every code and nothing else', (_n, zod, base, field, vocab) => {
    const record = (value: unknown) => ({ sources: SOURCES, ...base, [field]: value });
    for (const code of vocab.codes) expect(zod.safeParse(record(code)).success, code).toBe(true);
    expect(zod.safeParse(record('not-a-code')).success).toBe(false);
  });
});

describe('the HTTP parameters', () => {
  const parse = (query: Record<string, string>) => roadmapParams.safeParse(query);
  it('take every initiative kind and status, in either spelling, and refuse others', () => {
    for (const code of INITIATIVE_KIND.codes) {
      expect(parse({ kinds: code }).success, code).toBe(true);
      expect(parse({ kinds: enumValueName(INITIATIVE_KIND, code) }).success, code).toBe(true);
    }
    for (const code of [...STATUS_COLOUR.codes, 'unknown'])
      expect(parse({ statuses: code }).success, code).toBe(true);
    expect(parse({ kinds: 'not-a-kind' }).success).toBe(false);
    expect(parse({ statuses: 'purple' }).success).toBe(false);
  });
});

describe('the export labels', () => {
  it('are the vocabulary words', () => {
    for (const code of INITIATIVE_KIND.codes)
      expect(EXPORT_KINDS[code]).toEqual(INITIATIVE_KIND.labels[code]);
    for (const code of STATUS_COLOUR.codes) expect(STATUS[code]).toEqual(STATUS_COLOUR.labels[code]);
    expect(STATUS.unknown).toEqual(UNKNOWN_STATUS);
    expect(VERDICT['at-risk']).toEqual(VOCABULARIES.VERDICT.labels['at-risk']);
    expect(DEPENDENCY_KIND.financing).toEqual(VOCABULARIES.DEPENDENCY_KIND.labels.financing);
  });

  it('draw statuses in the screen colours', () => {
    for (const code of STATUS_COLOUR.codes) expect(COLOURS.status[code]).toBe(STATUS_PALETTE[code].fill);
  });
});
