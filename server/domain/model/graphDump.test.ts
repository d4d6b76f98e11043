import { describe, expect, it } from 'vitest';
import { parseGraphDump } from './graphDump.js';

const file = (over: Record<string, unknown> = {}) => ({
  format: 'veikart-graph',
  formatVersion: 1,
  exportedAt: '2024-05-01',
  scope: 'full',
  filter: null,
  seedChecksum: null,
  documents: [{ props: { file: 'a.txt', title: 'A' } }],
  sources: [{ props: { id: 's1', doc: 'a.txt', fromLine: 1, toLine: 2 }, document: 'a.txt' }],
  nodes: [
    {
      labels: ['Entity', 'Initiative'],
      props: { id: 'x', version: 1 },
      integers: ['version'],
      sources: ['s1'],
    },
    { labels: ['Entity', 'Milestone'], props: { id: 'y', aliases: [] }, sources: [] },
  ],
  relationships: [{ type: 'HAS_MILESTONE', from: 'x', to: 'y', props: { sourceIds: ['s1'] } }],
  ...over,
});

const problems = (input: unknown) => {
  const r = parseGraphDump(input);
  return 'problems' in r ? r.problems.map((p) => `${p.path}: ${p.message}`) : [];
};

describe('parseGraphDump', () => {
  it('accepts a consistent file', () => {
    expect(problems(file())).toEqual([]);
  });

  it.each([
    [{ format: 'other' }, /^format:/],
    [
      { nodes: [{ labels: ['Entity', 'Spaceship'], props: { id: 'x' }, sources: [] }] },
      /^nodes\.0\.labels\.1:/,
    ],
    [
      {
        nodes: [
          { labels: ['Entity', 'Initiative'], props: { id: 'x', v: 1.5 }, integers: ['v'], sources: [] },
        ],
      },
      /integers/,
    ],
    [
      { nodes: [{ labels: ['Entity', 'Initiative'], props: { id: 'x', d: null }, sources: [] }] },
      /^nodes\.0\.props\.d:/,
    ],
    [
      { relationships: [{ type: 'HAS_MILESTONE', from: 'x', to: 'z', props: {} }] },
      /no node "z" in the file/,
    ],
    [{ relationships: [{ type: 'DROP_TABLE', from: 'x', to: 'y', props: {} }] }, /^relationships\.0\.type:/],
    [{ sources: [] }, /no source "s1" in the file/],
  ])('names the problem in %j', (over, pattern) => {
    expect(problems(file(over)).some((p) => pattern.test(p))).toBe(true);
  });

  it('refuses duplicate ids', () => {
    const dup = file();
    dup.nodes.push({
      labels: ['Entity', 'Initiative'],
      props: { id: 'x', version: 1 },
      integers: ['version'],
      sources: [],
    });
    expect(problems(dup)).toContain('nodes.2.props.id: duplicate id "x"');
  });
});
