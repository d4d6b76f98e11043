// Concurrent writers against the real Neo4j, over HTTP: every race ends in a clear answer (the write,
// CONFLICT, CYCLE or NOT_FOUND — never INTERNAL) and the database in a state no single answer
// contradicts: one winner per version, no dependency cycle, no milestone without its tiltak, one item
// per id. The figures go to test-results/writers.json (see tests/reliability/RESULTS.md).
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/repoRoot.js';
import { asRole, seededApp } from '../support/app.js';

const ctx = seededApp();
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-race-${run}-${name}`;
const WRITERS = 50;
const figures: Record<string, { writers: number; outcomes: Record<string, number> }> = {};
afterAll(async () => {
  await ctx.db?.write((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `test-race-${run}` }),
  );
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  writeFileSync(join(repoRoot, 'test-results/writers.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

const planner = asRole('planner');

interface Outcome {
  /** 'ok' or the error code. */
  code: string;
  data: Record<string, { id: string; version: number } | string | null> | null;
}

async function write(query: string, variables: Record<string, unknown>): Promise<Outcome> {
  const res = await ctx.app.graphql<Outcome['data']>(query, variables, planner);
  return { code: String(res.errors?.[0]?.extensions?.code ?? 'ok'), data: res.data ?? null };
}

/** Counts the outcomes under `name` for RESULTS.md, and checks none is INTERNAL. */
function tally(name: string, outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o.code] = (counts[o.code] ?? 0) + 1;
  figures[name] = { writers: outcomes.length, outcomes: counts };
  expect(Object.keys(counts), name).not.toContain('INTERNAL');
  return counts;
}

const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {
  updateInitiative(id: $id, version: $version, input: $input) { id version }
}`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteInitiative(id: $id, version: $version) }`;
const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
const DEPEND = `mutation($input: CreateDependencyInput!) { createDependency(input: $input) { id version } }`;
const UPDATE_DEPENDENCY = `mutation($id: ID!, $version: Int!) {
  updateDependency(id: $id, version: $version, input: {lagDays: 3}) { id version }
}`;
const DELETE_DEPENDENCY = `mutation($id: ID!, $version: Int!) { deleteDependency(id: $id, version: $version) }`;

async function createInitiatives(names: string[]): Promise<void> {
  for (const name of names) {
    const o = await write(CREATE, { input: { id: id(name), name, kind: 'PROJECT' } });
    expect(o.code, name).toBe('ok');
  }
}

const depends = (from: string, to: string) =>
  write(DEPEND, { input: { fromId: id(from), toId: id(to), kind: 'TECHNICAL' } });

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return ctx.db.read(async (tx) => Number((await tx.run(cypher, params)).records[0]?.get('n') ?? -1));
}

const prefix = () => ({ prefix: `test-race-${run}` });

describe(`${WRITERS} concurrent writers`, () => {
  it('on the same version of one item: exactly one wins, the rest are CONFLICT', async () => {
    await createInitiatives(['same']);
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        write(UPDATE, { id: id('same'), version: 1, input: { name: `Skriver ${i}` } }),
      ),
    );
    const counts = tally('same version, one item', outcomes);
    expect(counts).toEqual({ ok: 1, CONFLICT: WRITERS - 1 });
    expect(await count('MATCH (n:Initiative {id: $id}) RETURN n.version AS n', { id: id('same') })).toBe(2);
  });

  it('on different items: every write lands, one change set each', async () => {
    const names = Array.from({ length: WRITERS }, (_, i) => `own-${i}`);
    const before = await count("MATCH (p:PlanVersion {id: 'plan'}) RETURN p.version AS n");
    const outcomes = await Promise.all(
      names.map((name) => write(CREATE, { input: { id: id(name), name, kind: 'PROJECT' } })),
    );
    expect(tally('different items', outcomes)).toEqual({ ok: WRITERS });
    expect(await count("MATCH (p:PlanVersion {id: 'plan'}) RETURN p.version AS n")).toBe(before + WRITERS);
    expect(
      await count('MATCH (cs:ChangeSet) WHERE cs.seq > $before RETURN count(DISTINCT cs.seq) AS n', {
        before,
      }),
    ).toBe(WRITERS);
  });

  it('adding edges that close a ring together: all but one land, and no cycle is stored', async () => {
    const ring = Array.from({ length: WRITERS }, (_, i) => `ring-${i}`);
    await createInitiatives(ring);
    // Each edge alone is fine; any 49 are a path; all 50 would be a cycle.
    const outcomes = await Promise.all(
      ring.map((name, i) => depends(name, ring[(i + 1) % WRITERS] as string)),
    );
    expect(tally('ring-closing edges', outcomes)).toEqual({ ok: WRITERS - 1, CYCLE: 1 });
    expect(
      await count(
        `MATCH (a:Initiative)-[:DEPENDS_ON*1..60]->(a) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n`,
        prefix(),
      ),
    ).toBe(0);
  });

  it('adding the two directions of one edge: exactly one wins', async () => {
    await createInitiatives(['left', 'right']);
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        i % 2 ? depends('left', 'right') : depends('right', 'left'),
      ),
    );
    const counts = tally('both directions of one edge', outcomes);
    expect(counts.ok).toBe(1);
    expect((counts.CYCLE ?? 0) + (counts.CONFLICT ?? 0)).toBe(WRITERS - 1);
  });

  it('creating the same id: exactly one wins, the rest are CONFLICT (never INTERNAL)', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        write(CREATE, { input: { id: id('one-id'), name: `Samme id ${i}`, kind: 'PROJECT' } }),
      ),
    );
    expect(tally('same id created', outcomes)).toEqual({ ok: 1, CONFLICT: WRITERS - 1 });
    expect(await count('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: id('one-id') })).toBe(1);
  });

  it('creating milestones on tiltak being deleted: never an orphan milestone', async () => {
    const parents = Array.from({ length: WRITERS / 2 }, (_, i) => `parent-${i}`);
    await createInitiatives(parents);
    const outcomes = await Promise.all(
      parents.flatMap((name) => [
        write(CREATE_MILESTONE, {
          input: { id: id(`${name}-m`), name: `${name} milepæl`, initiativeId: id(name) },
        }),
        write(DELETE, { id: id(name), version: 1 }),
      ]),
    );
    const counts = tally('milestone on a deleted parent', outcomes);
    expect(Object.keys(counts).every((c) => ['ok', 'NOT_FOUND', 'CONFLICT'].includes(c))).toBe(true);
    expect(
      await count(
        `MATCH (m:Milestone) WHERE m.id STARTS WITH $prefix AND NOT (:Initiative)-[:HAS_MILESTONE]->(m)
         RETURN count(m) AS n`,
        prefix(),
      ),
    ).toBe(0);
  });

  it('updating and deleting the same items: each answer is the write, NOT_FOUND or CONFLICT', async () => {
    const items = Array.from({ length: WRITERS / 5 }, (_, i) => `doomed-${i}`);
    await createInitiatives(items);
    const outcomes = await Promise.all(
      items.flatMap((name) => [
        write(UPDATE, { id: id(name), version: 1, input: { name: `${name} endret` } }),
        write(UPDATE, { id: id(name), version: 1, input: { description: 'endret' } }),
        write(DELETE, { id: id(name), version: 1 }),
        write(DELETE, { id: id(name), version: 1 }),
        write(CREATE_MILESTONE, { input: { name: `${name} m`, initiativeId: id(name) } }),
      ]),
    );
    const counts = tally('update and delete races', outcomes);
    expect(
      Object.keys(counts).every((c) => ['ok', 'NOT_FOUND', 'CONFLICT'].includes(c)),
      JSON.stringify(counts),
    ).toBe(true);
    // Per item, the two updates and two deletes all name version 1: exactly one of them lands.
    for (let i = 0; i < items.length; i++) {
      expect(
        outcomes.slice(i * 5, i * 5 + 4).filter((o) => o.code === 'ok'),
        items[i],
      ).toHaveLength(1);
    }
  });

  it('updating and deleting the same dependency: each answer is the write, NOT_FOUND or CONFLICT', async () => {
    const pairs = Array.from({ length: WRITERS / 5 }, (_, i) => [`dep-a-${i}`, `dep-b-${i}`] as const);
    await createInitiatives(pairs.flat());
    const edges = await Promise.all(pairs.map(([a, b]) => depends(a, b)));
    const outcomes = await Promise.all(
      edges.flatMap((edge) => {
        const dep = edge.data?.createDependency as { id: string; version: number };
        return [
          write(UPDATE_DEPENDENCY, dep),
          write(UPDATE_DEPENDENCY, dep),
          write(DELETE_DEPENDENCY, dep),
          write(DELETE_DEPENDENCY, dep),
          write(DELETE_DEPENDENCY, dep),
        ];
      }),
    );
    const counts = tally('dependency update and delete races', outcomes);
    expect(
      Object.keys(counts).every((c) => ['ok', 'NOT_FOUND', 'CONFLICT'].includes(c)),
      JSON.stringify(counts),
    ).toBe(true);
    // Every write names the dependency's first version: exactly one of the five lands.
    for (let i = 0; i < pairs.length; i++) {
      expect(
        outcomes.slice(i * 5, i * 5 + 5).filter((o) => o.code === 'ok'),
        `dependency ${i}`,
      ).toHaveLength(1);
    }
  });
});
