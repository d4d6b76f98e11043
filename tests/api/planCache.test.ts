// The compiled plan is reused while the plan version stands still, and only then: two app instances
// over one database (as behind a load balancer), the cache of one invalidated by a write through the
// other, so impact answers after an edit always reflect it. Test records get ids starting "test-".
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { asRole, startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

let dbOne: Database;
let dbTwo: Database;
let one: TestApp;
let two: TestApp;
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-${run}-${name}`;
const planner = asRole('planner');

beforeAll(async () => {
  dbOne = openTestDatabase();
  dbTwo = openTestDatabase(); // its own driver: another server instance
  await ensureSeeded(dbOne);
  one = await startTestApp(dbOne);
  two = await startTestApp(dbTwo);
}, 120_000);
afterAll(async () => {
  await dbOne.write((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `test-${run}` }),
  );
  await one.stop();
  await two.stop();
  await dbOne.close();
  await dbTwo.close();
});

type Impact = { impact: { affected: { item: { id: string }; slipDays: number }[] } };
const IMPACT = `query($id: ID!) { impact(delays: [{ id: $id, days: 30 }]) { affected { item { id } slipDays } } }`;

async function slipOf(app: TestApp, delayed: string, of: string) {
  const res = await app.graphql<Impact>(IMPACT, { id: delayed });
  expect(res.errors).toBeUndefined();
  return {
    slip: res.data?.impact.affected.find((a) => a.item.id === of)?.slipDays ?? 0,
    queries: res.dbQueries,
  };
}

async function mutate(app: TestApp, query: string, variables: Record<string, unknown>) {
  const res = await app.graphql(query, variables, planner);
  expect(res.errors).toBeUndefined();
}

const CREATE_INITIATIVE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`;
const CREATE_DEPENDENCY = `mutation($input: CreateDependencyInput!) { createDependency(input: $input) { id } }`;

describe('the cached plan', () => {
  it('is reused with one version check while nothing is written, and invalidated by a write through another instance', async () => {
    await mutate(one, CREATE_INITIATIVE, {
      input: { id: id('a'), name: 'cache a', kind: 'PROJECT', start: '2031-01', end: '2031-03' },
    });
    await mutate(one, CREATE_INITIATIVE, {
      input: { id: id('b'), name: 'cache b', kind: 'PROJECT', start: '2031-04', end: '2031-06' },
    });
    // No link yet: delaying a does not move b.
    const first = await slipOf(one, id('a'), id('b'));
    expect(first.slip).toBe(0);
    // Asked again, unchanged: the version check and the loader of the items named (the plan's
    // five statements are not run again).
    expect(await slipOf(one, id('a'), id('b'))).toEqual({ slip: 0, queries: 2 });
    expect(first.queries).toBeGreaterThan(2);

    // The other instance links b to a (b starts when a ends): instance one must see it.
    await mutate(two, CREATE_DEPENDENCY, {
      input: { fromId: id('b'), toId: id('a'), kind: 'DELIVERY', type: 'FS', lagDays: 0 },
    });
    const after = await slipOf(one, id('a'), id('b'));
    expect(after.slip).toBe(30);
    expect(after.queries).toBeGreaterThan(2);

    // An edit of dates through instance two: b now starts later than a's slip reaches.
    await mutate(
      two,
      `mutation($id: ID!) { updateInitiative(id: $id, version: 1, input: { start: "2031-06", end: "2031-08" }) { id } }`,
      {
        id: id('b'),
      },
    );
    expect((await slipOf(one, id('a'), id('b'))).slip).toBe(0);
  });

  it('answers on another instance from the version as it is now, after a write through the first', async () => {
    // Instance two has not read the plan since instance one wrote; its answers are current too.
    expect((await slipOf(two, id('a'), id('b'))).slip).toBe(0);
    await mutate(
      one,
      `mutation($id: ID!) { updateDependency(id: $id, version: 1, input: { lagDays: 100 }) { id } }`,
      {
        id: `${id('b')}->${id('a')}`,
      },
    );
    expect((await slipOf(two, id('a'), id('b'))).slip).toBe(30);
  });
});

type Roadmap = {
  roadmap: {
    lanes: {
      key: string;
      initiatives: { id: string; name: string; start: { value: string } | null }[];
      milestones: { id: string }[];
    }[];
  };
};
const ROADMAP = `query($from: Day!, $to: Day!, $groupBy: RoadmapGrouping) {
  roadmap(from: $from, to: $to, groupBy: $groupBy) {
    lanes { key initiatives { id name start { value } } milestones { id } }
  }
}`;
const YEAR_2033 = { from: '2033-01-01', to: '2033-12-31' };

async function roadmapOf(app: TestApp, variables: Record<string, unknown> = YEAR_2033) {
  const res = await app.graphql<Roadmap>(ROADMAP, variables);
  expect(res.errors).toBeUndefined();
  const lanes = res.data?.roadmap.lanes ?? [];
  const ours = (xs: { id: string }[]) => xs.map((x) => x.id).filter((x) => x.startsWith(`test-${run}`));
  return {
    initiatives: lanes.flatMap((l) => l.initiatives).filter((i) => i.id.startsWith(`test-${run}`)),
    milestones: lanes.flatMap((l) => ours(l.milestones)),
    laneOf: (itemId: string) => lanes.find((l) => l.initiatives.some((i) => i.id === itemId))?.key,
    queries: res.dbQueries,
  };
}

describe('the cached roadmap', () => {
  it('is reused with one version check, and a write through either instance shows at once on both', async () => {
    await mutate(one, CREATE_INITIATIVE, {
      input: { id: id('r1'), name: 'roadmap one', kind: 'PROJECT', start: '2033-02', end: '2033-04' },
    });
    const first = await roadmapOf(one);
    expect(first.initiatives.map((i) => i.id)).toEqual([id('r1')]);
    // Unchanged: the version check only, the rows filtered from what was kept.
    const again = await roadmapOf(one);
    expect(again.queries).toBe(1);
    expect(again.initiatives).toEqual(first.initiatives);
    await roadmapOf(two); // instance two keeps the same version too

    // A write through instance two: a second tiltak, and the first renamed and moved within the year.
    await mutate(two, CREATE_INITIATIVE, {
      input: { id: id('r2'), name: 'roadmap two', kind: 'PROJECT', start: '2033-05', end: '2033-06' },
    });
    await mutate(
      two,
      `mutation($id: ID!) { updateInitiative(id: $id, version: 1, input: { name: "roadmap one, renamed", start: "2033-03" }) { id } }`,
      { id: id('r1') },
    );
    for (const app of [one, two]) {
      const after = await roadmapOf(app);
      expect(after.queries).toBeGreaterThan(1);
      expect(after.initiatives).toEqual([
        { id: id('r1'), name: 'roadmap one, renamed', start: { value: '2033-03' } },
        { id: id('r2'), name: 'roadmap two', start: { value: '2033-05' } },
      ]);
    }

    // Out of the window after a write through instance one; instance two sees it gone.
    await mutate(
      one,
      `mutation($id: ID!) { updateInitiative(id: $id, version: 2, input: { start: "2034-01", end: "2034-03" }) { id } }`,
      { id: id('r1') },
    );
    expect((await roadmapOf(two)).initiatives.map((i) => i.id)).toEqual([id('r2')]);
    expect(
      (await roadmapOf(two, { from: '2034-01-01', to: '2034-12-31' })).initiatives.map((i) => i.id),
    ).toEqual([id('r1')]);
  });

  it('keeps each grouping apart, and answers every grouping from the version as it is now', async () => {
    const byStatus = { ...YEAR_2033, groupBy: 'STATUS' };
    const before = await roadmapOf(one, byStatus);
    expect(before.laneOf(id('r2'))).toBe('unknown');
    await mutate(
      two,
      `mutation($id: ID!) { updateInitiative(id: $id, version: 1, input: { status: GREEN }) { id } }`,
      { id: id('r2') },
    );
    expect((await roadmapOf(one, byStatus)).laneOf(id('r2'))).toBe('green');
    expect((await roadmapOf(one, { ...YEAR_2033, groupBy: 'ACTOR' })).laneOf(id('r2'))).toBe('-');
  });

  it('keeps the dependencies among the shown items with the version: a new link through the other instance shows at once', async () => {
    const DEPS = `query($from: Day!, $to: Day!) { roadmap(from: $from, to: $to) { dependencies { from { id } to { id } } } }`;
    const linksOf = async (app: TestApp) => {
      const res = await app.graphql<{
        roadmap: { dependencies: { from: { id: string }; to: { id: string } }[] };
      }>(DEPS, YEAR_2033);
      expect(res.errors).toBeUndefined();
      const links = (res.data?.roadmap.dependencies ?? [])
        .filter((d) => d.from.id.startsWith(`test-${run}`))
        .map((d) => `${d.from.id}->${d.to.id}`);
      return { links, queries: res.dbQueries };
    };
    await mutate(one, CREATE_INITIATIVE, {
      input: { id: id('r3'), name: 'roadmap three', kind: 'PROJECT', start: '2033-07', end: '2033-09' },
    });
    expect((await linksOf(one)).links).toEqual([]);
    expect(await linksOf(one)).toEqual({ links: [], queries: 1 });
    await mutate(two, CREATE_DEPENDENCY, {
      input: { fromId: id('r3'), toId: id('r2'), kind: 'DELIVERY', type: 'FS', lagDays: 0 },
    });
    expect((await linksOf(one)).links).toEqual([`${id('r3')}->${id('r2')}`]);
  });
});
