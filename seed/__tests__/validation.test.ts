import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues.js';
import { checkSeed } from '../loadDataset.js';
import { mergeAffects } from '../validate.js';
import { type Files, src, validFiles, writeFixture } from './fixture.js';

function problems(files: Files, raw: Record<string, string> = {}): string[] {
  return checkSeed(writeFixture(files, raw)).issues.map(formatIssue);
}

type Mutation = (f: Files) => void;
const at = (f: Files, file: string, i = 0) => f[file]?.[i] as Record<string, unknown>;

describe('seed validation', () => {
  it('accepts the valid fixture', () => {
    expect(problems(validFiles())).toEqual([]);
  });

  it.each<[string, Mutation, RegExp]>([
    [
      'a dependency to an unknown id',
      (f) => {
        at(f, 'p1/dependencies').to = 'persontjenestn';
      },
      /p1\/dependencies\.yaml:\d+: dependencies helseplattformen -> persontjenestn field to: refers to unknown id "persontjenestn"/,
    ],
    [
      'a date that does not parse',
      (f) => {
        at(f, 'p1/initiatives').start = 'Q3 2021';
      },
      /initiatives\.yaml:\d+: initiatives persontjenesten field start: is not a date with precision/,
    ],
    [
      'a missing source',
      (f) => {
        delete at(f, 'p1/actors').sources;
      },
      /actors\.yaml:\d+: actors norsk-helsenett field sources: /,
    ],
    [
      'an empty source list on a relationship',
      (f) => {
        at(f, 'p1/dependencies').sources = [];
      },
      /dependencies helseplattformen -> persontjenesten field sources: every record needs at least one source/,
    ],
    [
      'a quote that is not in its lines',
      (f) => {
        at(f, 'p1/actors').sources = [src([12, 14], 'Norsk Helsenett SF')];
      },
      /actors norsk-helsenett field sources\.0\.quote: "Norsk Helsenett SF" is not in 004_42186ddcc7bb4984\.txt lines 12–14/,
    ],
    [
      'lines past the end of the paper',
      (f) => {
        at(f, 'p1/actors').sources = [src([9, 9999], 'Norsk Helsenett SF')];
      },
      /field sources\.0\.lines: 9–9999 runs past the end/,
    ],
    [
      'an unknown paper',
      (f) => {
        at(f, 'p1/actors').sources = [{ doc: '009_abc.txt', lines: [1, 2], quote: 'abc' }];
      },
      /field sources\.0\.doc: names an unknown paper "009_abc\.txt"/,
    ],
    [
      'a kind outside the list',
      (f) => {
        at(f, 'p1/initiatives').kind = 'initiative';
      },
      /initiatives persontjenesten field kind: Invalid option/,
    ],
    [
      'an unknown field (a typo)',
      (f) => {
        at(f, 'p1/initiatives').onwers = ['norsk-helsenett'];
      },
      /initiatives persontjenesten: Unrecognized key: "onwers"/,
    ],
    [
      'a reference to the wrong kind of node',
      (f) => {
        at(f, 'p1/initiatives').owners = ['helseplattformen'];
      },
      /field owners\.0: refers to "helseplattformen", a initiative; expected actor/,
    ],
    [
      'an end before the start',
      (f) => {
        at(f, 'p1/initiatives').end = '2020';
      },
      /initiatives persontjenesten field end: 2020 is before the start 2021-Q3/,
    ],
    [
      'an id used by two kinds',
      (f) => {
        at(f, 'p1/milestones').id = 'persontjenesten';
      },
      /milestones persontjenesten field id: is already used by a initiative/,
    ],
    [
      'a required field no paper states',
      (f) => {
        delete at(f, 'p1/risks').kind;
      },
      /risks schrems-ii field kind: is required but no file states it/,
    ],
    [
      'a dependency cycle',
      (f) => {
        f['p1/dependencies']?.push({
          from: 'persontjenesten',
          to: 'helseplattformen',
          kind: 'delivery',
          sources: at(f, 'p1/dependencies').sources,
        });
      },
      /dependency cycle: helseplattformen → persontjenesten → helseplattformen/,
    ],
    [
      'an inferred dependency that does not say why',
      (f) => {
        delete at(f, 'p1/dependencies').note;
      },
      /dependencies helseplattformen -> persontjenesten field note: is missing: an inference says why in its note/,
    ],
    [
      'an inferred effect of a risk that does not say why',
      (f) => {
        const [effect] = at(f, 'p1/risks').affects as Record<string, unknown>[];
        if (effect) effect.inferred = true;
      },
      /risks schrems-ii field affects\.0\.note: is missing: an inference says why in its note/,
    ],
    [
      'an inferred record that does not say why',
      (f) => {
        at(f, 'p1/actors').inferred = true;
      },
      /actors norsk-helsenett field note: is missing: an inference says why in its note/,
    ],
    [
      'two papers stating different values',
      (f) => {
        f['p2/initiatives'] = [
          { id: 'persontjenesten', kind: 'programme', sources: at(f, 'p1/initiatives').sources },
        ];
      },
      /p2\/initiatives\.yaml:\d+: initiatives persontjenesten field kind: conflicts with .*p1\/initiatives\.yaml:\d+: "programme" vs "national-solution"/,
    ],
  ])('reports %s, naming file, record and field', (_name, mutate, expected) => {
    const files = validFiles();
    mutate(files);
    const found = problems(files);
    expect(found.join('\n')).toMatch(expected);
  });

  it('reports YAML syntax errors with their line', () => {
    const found = problems(validFiles(), { 'p1/goals.yaml': '- id: x\n  title: [unclosed\n' });
    expect(found.join('\n')).toMatch(/p1\/goals\.yaml:\d+: goals: YAML syntax/);
  });

  it('reports a file of an unknown kind', () => {
    const found = problems(validFiles(), { 'p1/tiltak.yaml': '[]' });
    expect(found.join('\n')).toMatch(/p1\/tiltak\.yaml: file: unexpected file/);
  });

  it('merges what several papers state about one entity', () => {
    const files = validFiles();
    const extra = {
      doc: '004_42186ddcc7bb4984.txt',
      lines: [335, 335],
      quote: 'Schrems II påvirker framdrift og teknisk løsning for Persontjenesten',
    };
    files['p2/initiatives'] = [{ id: 'persontjenesten', aliases: ['MF Helse'], sources: [extra] }];
    const { dataset, issues } = checkSeed(writeFixture(files));
    expect(issues).toEqual([]);
    const merged = dataset.initiatives.find((i) => i.id === 'persontjenesten');
    expect(merged?.aliases).toEqual(['MF Helse']);
    expect(merged?.sources).toHaveLength(2);
    expect(merged?.kind).toBe('national-solution');
  });

  it('gives dependencies their defaults after merging (FS, lag 0)', () => {
    const { dataset } = checkSeed(writeFixture(validFiles()));
    expect(dataset.dependencies[0]).toMatchObject({
      id: 'helseplattformen->persontjenesten',
      type: 'FS',
      lagDays: 0,
    });
  });
});

describe('mergeAffects', () => {
  const s1 = src([339, 339], 'Schrems II-dommen');
  const s2 = src([335, 335], 'Schrems II påvirker');
  it('joins what two papers say about one risk and one target into one effect citing both', () => {
    const problems: string[] = [];
    const merged = mergeAffects(
      [
        { target: 'persontjenesten', expectedDelayDays: null, delayText: 'ikke tidfestet', sources: [s1] },
        { target: 'persontjenesten', expectedDelayDays: 90, sources: [s2], inferred: true },
        { target: 'helseplattformen', sources: [s2], inferred: true },
      ],
      (m) => problems.push(m),
    );
    expect(problems).toEqual([]);
    expect(merged).toEqual([
      {
        target: 'persontjenesten',
        expectedDelayDays: 90,
        delayText: 'ikke tidfestet',
        inferred: false,
        sources: [s1, s2],
      },
      { target: 'helseplattformen', sources: [s2], inferred: true },
    ]);
  });

  it('refuses two different stated delays', () => {
    const problems: string[] = [];
    mergeAffects(
      [
        { target: 'x', expectedDelayDays: 30, sources: [s1] },
        { target: 'x', expectedDelayDays: 60, sources: [s2] },
      ],
      (m) => problems.push(m),
    );
    expect(problems).toEqual(['two expected delays for x: 30 and 60 days']);
  });
});
