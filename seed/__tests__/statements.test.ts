import { describe, expect, it } from 'vitest';
import { formatIssue } from '../issues.js';
import { checkSeed, defaultPapersDir, loadSeedDataset } from '../loadDataset.js';
import { quoteStandsIn, readPapers } from '../papers.js';
import { toGraph } from '../toGraph.js';
import { type Files, src, validFiles, writeFixture } from './fixture.js';

const graph = toGraph(loadSeedDataset());
const statements = graph.dateStatements ?? [];
const sourceById = new Map(graph.sources.map((s) => [s.id, s]));
const papers = readPapers(defaultPapersDir);
const of = (itemId: string) => statements.filter((s) => s.itemId === itemId);

describe('the seed’s dated statements', () => {
  it('cite sources whose quotes stand in their cited lines', () => {
    expect(statements.length).toBeGreaterThan(400);
    const wrong: string[] = [];
    for (const s of statements) {
      expect(s.sourceIds.length, s.id).toBeGreaterThan(0);
      for (const id of s.sourceIds) {
        const source = sourceById.get(id);
        const paper = source ? papers.get(source.doc) : undefined;
        if (!source || !paper || !quoteStandsIn(paper, source.fromLine, source.toLine, source.quote))
          wrong.push(`${s.id}: ${source?.quote ?? id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('each name the meeting they were stated at', () => {
    const meetings = new Set(graph.nodes.Meeting.map((m) => m.id));
    expect(statements.filter((s) => !s.meetingId || !meetings.has(s.meetingId)).map((s) => s.id)).toEqual([]);
  });

  it('keep a plan and the later actual as two statements (Program helhetlig samhandling)', () => {
    const start = of('program-helhetlig-samhandling')
      .filter((s) => s.field === 'start')
      .sort((a, b) => String(a.meetingDate).localeCompare(String(b.meetingDate)));
    expect(start.map((s) => [s.kind, s.value, s.meetingId, s.meetingDate])).toEqual([
      ['planned', '2021', 'nuit-2020-7', '2020-11-25'],
      ['actual', '2021', 'nuit-2021-1', '2021-02-18'],
      ['actual', '2021', 'ehelsestyret-2021-1', '2021-03-18'],
    ]);
  });

  it('keep a postponement without a new date undated, and the planned date as it was', () => {
    const mandat = of('mandat-nuit-nufa-vedtatt').filter((s) => s.field === 'date');
    expect(mandat.map((s) => [s.kind, s.value, s.meetingDate])).toEqual([
      ['postponed', null, '2020-12-16'],
      ['planned', '2020-12-16', '2020-11-25'],
    ]);
    const node = graph.nodes.Milestone.find((m) => m.id === 'mandat-nuit-nufa-vedtatt');
    expect(node?.props).toMatchObject({ date: '2020-12-16', status: 'delayed' });
    const production = graph.nodes.Milestone.find((m) => m.id === 'persontjenesten-produksjonssetting');
    expect(production?.props.date).toBeUndefined();
    expect(of('persontjenesten-produksjonssetting').filter((s) => s.field === 'date')).toHaveLength(2);
  });
});

const later = src([337, 339], 'Forsinkelse i nasjonal innføring (planlagt fra Q3 2021) må påregnes.', '5/21');

/** The fixture plus a second paper, at a later meeting, about the same milestone. */
function twoPapers(statement: Record<string, unknown>): Files {
  const files = validFiles();
  files['p2/meetings'] = [
    { id: 'ehelseradet-2022-6', body: 'ehelseradet', date: '2022-12-02', sources: [later] },
  ];
  files['p2/milestones'] = [
    {
      id: 'persontjenesten-innforing',
      dateStatements: [{ field: 'date', meeting: 'ehelseradet-2022-6', sources: [later], ...statement }],
      sources: [later],
    },
  ];
  return files;
}

describe('two papers about one milestone', () => {
  it('yield two statements, and the later paper’s date is the current one', () => {
    const { dataset, issues } = checkSeed(
      writeFixture(twoPapers({ kind: 'planned', value: '2022-Q2', text: 'andre kvartal 2022' })),
    );
    expect(issues.map(formatIssue)).toEqual([]);
    const g = toGraph(dataset);
    const mine = (g.dateStatements ?? []).filter((s) => s.itemId === 'persontjenesten-innforing');
    expect(mine.map((s) => [s.value, s.kind, s.meetingId])).toEqual([
      ['2021-Q3', 'planned', 'ehelsestyret-2021-1'],
      ['2022-Q2', 'planned', 'ehelseradet-2022-6'],
    ]);
    const node = g.nodes.Milestone.find((m) => m.id === 'persontjenesten-innforing');
    expect(node?.props).toMatchObject({
      date: '2022-Q2',
      datePrecision: 'quarter',
      dateText: 'andre kvartal 2022',
    });
  });

  it('keep an undated postponement undated: the date stays the one planned', () => {
    const { dataset, issues } = checkSeed(writeFixture(twoPapers({ kind: 'postponed', text: 'utsatt' })));
    expect(issues.map(formatIssue)).toEqual([]);
    const g = toGraph(dataset);
    const postponed = (g.dateStatements ?? []).find((s) => s.kind === 'postponed');
    expect(postponed).toMatchObject({ value: null, precision: null, meetingDate: '2022-12-02' });
    expect(g.nodes.Milestone.find((m) => m.id === 'persontjenesten-innforing')?.props.date).toBe('2021-Q3');
  });

  it.each([
    ['a postponement with a value', { kind: 'postponed', value: '2022-Q2' }, /has no value/],
    ['a plan without a value', { kind: 'planned' }, /needs a value/],
    ['a date not in canonical form', { kind: 'planned', value: 'Q2 2022' }, /not a date in canonical form/],
    ['a planner’s edit in the seed', { kind: 'edit', value: '2022-Q2' }, /change log/],
    ['an unknown meeting', { kind: 'planned', value: '2022-Q2', meeting: 'nuit-1999-1' }, /unknown meeting/],
  ])('refuse %s', (_name, statement, expected) => {
    const found = checkSeed(writeFixture(twoPapers(statement))).issues.map(formatIssue);
    expect(found.join('\n')).toMatch(expected);
  });
});
