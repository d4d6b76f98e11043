// Every mutation over HTTP, as a planner, with the error paths: validation, stale versions,
// refused cycles, and roles (a viewer cannot write). Test records get ids starting "test-".
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { asRole, startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

let db: Database;
let app: TestApp;
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-${run}-${name}`;

beforeAll(async () => {
  db = openTestDatabase();
  await ensureSeeded(db);
  app = await startTestApp(db);
}, 120_000);
afterAll(async () => {
  await db.write((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `test-${run}` }),
  );
  await db.write((tx) =>
    tx.run('MATCH (s:Scenario) WHERE s.name STARTS WITH $prefix DELETE s', { prefix: `test-${run}` }),
  );
  await app.stop();
  await db.close();
});

const planner = asRole('planner');
const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code;

const CREATE_INITIATIVE = `mutation($input: CreateInitiativeInput!) {
  createInitiative(input: $input) { id name version kind start { value label } end { value } owners { id } }
}`;
const UPDATE_INITIATIVE = `mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {
  updateInitiative(id: $id, version: $version, input: $input) { id name version start { value } }
}`;

type Created = {
  createInitiative: {
    id: string;
    name: string;
    version: number;
    start: { value: string; label: string } | null;
    owners: { id: string }[];
  };
};

async function createInitiative(name: string, extra: Record<string, unknown> = {}) {
  const res = await app.graphql<Created>(
    CREATE_INITIATIVE,
    { input: { id: id(name), name, kind: 'PROJECT', ...extra } },
    planner,
  );
  expect(res.errors).toBeUndefined();
  return res.data?.createInitiative as Created['createInitiative'];
}

describe('initiatives', () => {
  it('creates, updates and deletes an initiative, bumping its version', async () => {
    const created = await createInitiative('a', {
      start: '2025-Q1',
      end: '2026',
      ownerIds: ['norsk-helsenett'],
    });
    expect(created).toMatchObject({
      version: 1,
      start: { value: '2025-Q1', label: '1. kv. 2025' },
      owners: [{ id: 'norsk-helsenett' }],
    });

    const updated = await app.graphql<{
      updateInitiative: { version: number; name: string; start: { value: string } };
    }>(
      UPDATE_INITIATIVE,
      { id: created.id, version: 1, input: { name: 'Nytt navn', start: '2025-Q2' } },
      planner,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateInitiative).toMatchObject({
      version: 2,
      name: 'Nytt navn',
      start: { value: '2025-Q2' },
    });

    const found = await app.graphql<{ search: { id: string }[] }>(`{ search(text: "nytt navn") { id } }`);
    expect(found.data?.search.map((s) => s.id)).toContain(created.id);

    const deleted = await app.graphql<{ deleteInitiative: string }>(
      `mutation($id: ID!) { deleteInitiative(id: $id, version: 2) }`,
      { id: created.id },
      planner,
    );
    expect(deleted.data?.deleteInitiative).toBe(created.id);
    expect(codeOf(await app.graphql(`{ initiative(id: "${created.id}") { id } }`))).toBe('NOT_FOUND');
  });

  it('refuses a stale version and keeps the newer edit (no lost update)', async () => {
    const created = await createInitiative('b');
    await app.graphql(
      UPDATE_INITIATIVE,
      { id: created.id, version: 1, input: { name: 'Første redigering' } },
      planner,
    );
    const stale = await app.graphql(
      UPDATE_INITIATIVE,
      { id: created.id, version: 1, input: { name: 'Andre redigering' } },
      planner,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    const now = await app.graphql<{ initiative: { name: string; version: number } }>(
      `{ initiative(id: "${created.id}") { name version } }`,
    );
    expect(now.data?.initiative).toEqual({ name: 'Første redigering', version: 2 });
  });

  it('lets exactly one of two concurrent edits of the same version through', async () => {
    const created = await createInitiative('race');
    const results = await Promise.all(
      ['X', 'Y'].map((name) =>
        app.graphql(UPDATE_INITIATIVE, { id: created.id, version: 1, input: { name } }, planner),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(1);
  });

  it('refuses a PART_OF cycle, naming it, and changes nothing', async () => {
    const top = await createInitiative('part-top');
    const mid = await createInitiative('part-mid', { partOfIds: [top.id] });
    const low = await createInitiative('part-low', { partOfIds: [mid.id] });
    const res = await app.graphql(
      UPDATE_INITIATIVE,
      { id: top.id, version: top.version, input: { partOfIds: [low.id] } },
      planner,
    );
    expect(codeOf(res)).toBe('CYCLE');
    expect(res.errors?.[0]?.extensions?.cycle).toEqual([top.id, low.id, mid.id, top.id]);
    const parts = await app.graphql<{ initiative: { partOf: { id: string }[]; version: number } }>(
      `{ initiative(id: "${top.id}") { partOf { id } version } }`,
    );
    expect(parts.data?.initiative).toEqual({ partOf: [], version: top.version });
  });

  it('never leaves a milestone without its tiltak when the tiltak is deleted at the same time', async () => {
    const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`;
    for (let round = 0; round < 6; round++) {
      const parent = await createInitiative(`parent-race-${round}`);
      const results = await Promise.all([
        ...[0, 1, 2].map((k) =>
          app.graphql(
            CREATE_MILESTONE,
            { input: { id: id(`race-m-${round}-${k}`), initiativeId: parent.id, name: `M ${round} ${k}` } },
            planner,
          ),
        ),
        app.graphql(
          `mutation { deleteInitiative(id: "${parent.id}", version: ${parent.version}) }`,
          {},
          planner,
        ),
      ]);
      for (const r of results) expect(['NOT_FOUND', 'CONFLICT', undefined]).toContain(codeOf(r));
    }
    const orphans = await db.read(async (tx) =>
      (
        await tx.run(
          'MATCH (m:Milestone) WHERE m.id STARTS WITH $prefix AND NOT ()-[:HAS_MILESTONE]->(m) RETURN m.id AS id',
          { prefix: id('race-m-') },
        )
      ).records.map((r) => r.get('id') as string),
    );
    expect(orphans).toEqual([]);
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x', start: '2026', end: '2025' }, 'end'],
    [{ name: 'x', ownerIds: ['finnes-ikke'] }, null],
  ])('refuses invalid input %o', async (input, field) => {
    const res = await app.graphql(
      CREATE_INITIATIVE,
      { input: { id: id(`bad-${randomUUID().slice(0, 4)}`), kind: 'PROJECT', ...input } },
      planner,
    );
    expect(['VALIDATION', 'NOT_FOUND']).toContain(codeOf(res));
    if (field)
      expect(res.errors?.[0]?.extensions?.problems).toContainEqual(expect.objectContaining({ field }));
    const still = await app.graphql<{ search: unknown[] }>(`{ search(text: "${run} bad") { id } }`);
    expect(still.data?.search).toEqual([]);
  });

  it('refuses a date that is not a date with precision', async () => {
    const res = await app.graphql(
      CREATE_INITIATIVE,
      { input: { id: id('c'), name: 'c', kind: 'PROJECT', start: 'Q5 2025' } },
      planner,
    );
    expect(res.errors?.[0]?.message).toMatch(/PrecisionDate cannot represent/);
  });

  it('refuses a duplicate id', async () => {
    await createInitiative('dup');
    const res = await app.graphql(
      CREATE_INITIATIVE,
      { input: { id: id('dup'), name: 'dup', kind: 'PROJECT' } },
      planner,
    );
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('refuses an unknown initiative on update and delete', async () => {
    expect(
      codeOf(
        await app.graphql(UPDATE_INITIATIVE, { id: id('none'), version: 1, input: { name: 'x' } }, planner),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await app.graphql(`mutation { deleteInitiative(id: "${id('none')}", version: 1) }`, {}, planner),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('milestones and risks', () => {
  it('creates, updates and deletes a milestone of an initiative', async () => {
    const parent = await createInitiative('m-parent');
    const created = await app.graphql<{
      createMilestone: { id: string; version: number; date: { label: string }; initiative: { id: string }[] };
    }>(
      `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version date { label } initiative { id } } }`,
      {
        input: {
          id: id('m1'),
          initiativeId: parent.id,
          name: 'Pilot',
          date: '2025-10-15',
          dateText: 'innen 15. oktober',
        },
      },
      planner,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createMilestone).toMatchObject({
      date: { label: '15. oktober 2025' },
      initiative: [{ id: parent.id }],
    });
    const updated = await app.graphql<{ updateMilestone: { version: number; status: string } }>(
      `mutation { updateMilestone(id: "${id('m1')}", version: 1, input: { status: DONE }) { version status } }`,
      {},
      planner,
    );
    expect(updated.data?.updateMilestone).toEqual({ version: 2, status: 'DONE' });
    const deleted = await app.graphql(
      `mutation { deleteMilestone(id: "${id('m1')}", version: 2) }`,
      {},
      planner,
    );
    expect(deleted.errors).toBeUndefined();
  });

  it('creates a risk with its effects, updates and deletes it', async () => {
    const target = await createInitiative('r-target', { start: '2025', end: '2025' });
    const created = await app.graphql<{
      createRisk: { id: string; affects: { target: { id: string }; expectedDelayDays: number }[] };
    }>(
      `mutation($input: CreateRiskInput!) { createRisk(input: $input) { id affects { target { id } expectedDelayDays } } }`,
      {
        input: {
          id: id('risk'),
          name: 'Leverandør mangler kapasitet',
          kind: 'SUPPLIER_CAPACITY',
          effects: [{ targetId: target.id, expectedDelayDays: 30 }],
        },
      },
      planner,
    );
    expect(created.data?.createRisk.affects).toEqual([{ target: { id: target.id }, expectedDelayDays: 30 }]);
    const impact = await app.graphql<{ impact: { affected: { item: { id: string }; slipDays: number }[] } }>(
      `{ impact(riskIds: ["${id('risk')}"]) { affected { item { id } slipDays } } }`,
    );
    expect(impact.data?.impact.affected).toContainEqual({ item: { id: target.id }, slipDays: 30 });
    const updated = await app.graphql(
      `mutation { updateRisk(id: "${id('risk')}", version: 1, input: { effects: [] }) { id affects { expectedDelayDays } } }`,
      {},
      planner,
    );
    expect(updated.data).toEqual({ updateRisk: { id: id('risk'), affects: [] } });
    expect(
      (await app.graphql(`mutation { deleteRisk(id: "${id('risk')}", version: 2) }`, {}, planner)).errors,
    ).toBeUndefined();
  });
});

describe('dependencies', () => {
  const CREATE = `mutation($input: CreateDependencyInput!) { createDependency(input: $input) { id kind type lagDays version from { id } to { id } } }`;

  it('creates, updates and deletes a dependency', async () => {
    const a = await createInitiative('d-a', { start: '2025', end: '2025' });
    const b = await createInitiative('d-b', { start: '2026', end: '2026' });
    const created = await app.graphql<{
      createDependency: { id: string; version: number; type: string; lagDays: number };
    }>(CREATE, { input: { fromId: b.id, toId: a.id, kind: 'DELIVERY', type: 'SS', lagDays: -14 } }, planner);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createDependency).toMatchObject({
      id: `${b.id}->${a.id}`,
      type: 'SS',
      lagDays: -14,
      version: 1,
    });
    const updated = await app.graphql<{ updateDependency: { lagDays: number; version: number } }>(
      `mutation($id: ID!) { updateDependency(id: $id, version: 1, input: { lagDays: 7 }) { lagDays version } }`,
      { id: `${b.id}->${a.id}` },
      planner,
    );
    expect(updated.data?.updateDependency).toEqual({ lagDays: 7, version: 2 });
    const stale = await app.graphql(
      `mutation($id: ID!) { deleteDependency(id: $id, version: 1) }`,
      { id: `${b.id}->${a.id}` },
      planner,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const deleted = await app.graphql(
      `mutation($id: ID!) { deleteDependency(id: $id, version: 2) }`,
      { id: `${b.id}->${a.id}` },
      planner,
    );
    expect(deleted.errors).toBeUndefined();
  });

  it('refuses a dependency that closes a cycle, naming the cycle', async () => {
    const a = await createInitiative('c-a');
    const b = await createInitiative('c-b');
    const c = await createInitiative('c-c');
    for (const [from, to] of [
      [a.id, b.id],
      [b.id, c.id],
    ]) {
      expect(
        (await app.graphql(CREATE, { input: { fromId: from, toId: to, kind: 'TECHNICAL' } }, planner)).errors,
      ).toBeUndefined();
    }
    const res = await app.graphql(
      CREATE,
      { input: { fromId: c.id, toId: a.id, kind: 'TECHNICAL' } },
      planner,
    );
    expect(codeOf(res)).toBe('CYCLE');
    expect(res.errors?.[0]?.extensions?.cycle).toEqual([a.id, b.id, c.id, a.id]);
    expect(res.errors?.[0]?.extensions?.messageNb).toMatch(/sirkel/);
  });

  it('lets only one of two concurrent edges that together close a cycle through', async () => {
    const a = await createInitiative('race-a');
    const b = await createInitiative('race-b');
    const results = await Promise.all([
      app.graphql(CREATE, { input: { fromId: a.id, toId: b.id, kind: 'TECHNICAL' } }, planner),
      app.graphql(CREATE, { input: { fromId: b.id, toId: a.id, kind: 'TECHNICAL' } }, planner),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CYCLE').length).toBe(1);
  });

  it('refuses a dependency on itself, a duplicate, and unknown ends', async () => {
    const a = await createInitiative('s-a');
    const b = await createInitiative('s-b');
    expect(
      codeOf(await app.graphql(CREATE, { input: { fromId: a.id, toId: a.id, kind: 'TECHNICAL' } }, planner)),
    ).toBe('CYCLE');
    await app.graphql(CREATE, { input: { fromId: a.id, toId: b.id, kind: 'TECHNICAL' } }, planner);
    expect(
      codeOf(await app.graphql(CREATE, { input: { fromId: a.id, toId: b.id, kind: 'TECHNICAL' } }, planner)),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await app.graphql(
          CREATE,
          { input: { fromId: a.id, toId: 'finnes-ikke', kind: 'TECHNICAL' } },
          planner,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('roles', () => {
  it.each([
    ['a viewer', asRole('viewer'), 'FORBIDDEN'],
    ['an anonymous user', {}, 'FORBIDDEN'],
  ])('%s cannot write, and nothing is written', async (_who, headers, code) => {
    const res = await app.graphql(
      CREATE_INITIATIVE,
      { input: { id: id('forbidden'), name: 'x', kind: 'PROJECT' } },
      headers,
    );
    expect(codeOf(res)).toBe(code);
    expect(codeOf(await app.graphql(`{ initiative(id: "${id('forbidden')}") { id } }`))).toBe('NOT_FOUND');
  });

  it('a viewer can read', async () => {
    const res = await app.graphql<{ initiative: { id: string } }>(
      `{ initiative(id: "pll") { id } }`,
      {},
      asRole('viewer'),
    );
    expect(res.data?.initiative.id).toBe('pll');
  });

  it('an invalid token is refused with 401, not treated as anonymous', async () => {
    const res = await app.graphql(`{ version }`, {}, { authorization: 'Bearer not-a-real-token-at-all' });
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});

describe('scenarios', () => {
  const SAVE = `mutation($id: ID, $version: Int, $input: ScenarioInput!) {
    saveScenario(id: $id, version: $version, input: $input) { id name version delays { itemId days } riskIds mode }
  }`;

  it('saves, lists, opens, compares and deletes scenarios without touching the plan', async () => {
    const before = await app.graphql<{ initiative: { version: number; start: unknown } }>(
      `{ initiative(id: "persontjenesten") { version start { value } } }`,
    );
    const a = await app.graphql<{ saveScenario: { id: string; version: number } }>(
      SAVE,
      { input: { name: `test-${run} åtte uker`, delays: [{ id: 'persontjenesten', days: 56 }] } },
      planner,
    );
    const b = await app.graphql<{ saveScenario: { id: string } }>(
      SAVE,
      { input: { name: `test-${run} Schrems`, riskIds: ['schrems-ii'] } },
      planner,
    );
    expect(a.errors).toBeUndefined();
    const aId = a.data?.saveScenario.id;
    const bId = b.data?.saveScenario.id;

    const list = await app.graphql<{ scenarios: { id: string }[] }>(`{ scenarios { id } }`);
    expect(list.data?.scenarios.map((s) => s.id)).toEqual(expect.arrayContaining([aId, bId]));

    const opened = await app.graphql<{
      scenario: { result: { affected: { item: { id: string }; slipDays: number }[] } };
    }>(`query($id: ID!) { scenario(id: $id) { result { affected { item { id } slipDays } } } }`, { id: aId });
    expect(opened.data?.scenario.result.affected).toContainEqual({
      item: { id: 'persontjenesten' },
      slipDays: 56,
    });

    const compared = await app.graphql<{
      compareScenarios: {
        scenarios: { id: string }[];
        rows: { item: { id: string }; slips: (number | null)[] }[];
      };
    }>(
      `query($ids: [ID!]!) { compareScenarios(ids: $ids) { scenarios { id } rows { item { id } slips } } }`,
      { ids: [aId, bId] },
    );
    const hp = compared.data?.compareScenarios.rows.find((r) => r.item.id === 'helseplattformen');
    expect(hp?.slips).toHaveLength(2);
    expect(hp?.slips.every((s) => (s ?? 0) > 0)).toBe(true);

    // Worth opening: per item its dates in each scenario and the difference; per scenario what it costs.
    const dated = await app.graphql<{
      compareScenarios: {
        rows: {
          item: { id: string };
          slips: (number | null)[];
          undated: boolean;
          oldEnd: { day: string } | null;
          newEnds: ({ day: string } | null)[];
          differenceDays: number;
        }[];
        summaries: { pastPeriodCount: number; slippingCount: number; goalTargets: { year: number }[] }[];
      };
    }>(
      `query($ids: [ID!]!) { compareScenarios(ids: $ids) {
        rows { item { id } slips undated oldEnd { day } newEnds { day } differenceDays }
        summaries { pastPeriodCount slippingCount goalTargets { year } }
      } }`,
      { ids: [aId, bId] },
    );
    expect(dated.errors).toBeUndefined();
    const rows = dated.data?.compareScenarios.rows ?? [];
    const pt = rows.find((r) => r.item.id === 'persontjenesten');
    expect(pt?.slips).toEqual([56, 90]);
    expect(pt?.differenceDays).toBe(34);
    const dayPlus = (day: string, n: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    expect(pt?.newEnds.map((d) => d?.day)).toEqual([
      dayPlus(pt?.oldEnd?.day ?? '', 56),
      dayPlus(pt?.oldEnd?.day ?? '', 90),
    ]);
    // Helseplattformen has no dates of its own: no dates in the comparison either.
    const hpDated = rows.find((r) => r.item.id === 'helseplattformen');
    expect(hpDated).toMatchObject({ undated: true, oldEnd: null, newEnds: [null, null] });
    expect(dated.data?.compareScenarios.summaries).toHaveLength(2);
    expect(dated.data?.compareScenarios.summaries[1]?.slippingCount).toBeGreaterThan(0);

    const renamed = await app.graphql<{ saveScenario: { version: number; name: string } }>(
      SAVE,
      {
        id: aId,
        version: 1,
        input: { name: `test-${run} ti uker`, delays: [{ id: 'persontjenesten', days: 70 }] },
      },
      planner,
    );
    expect(renamed.data?.saveScenario).toMatchObject({ version: 2, name: `test-${run} ti uker` });
    expect(
      codeOf(
        await app.graphql(
          SAVE,
          { id: aId, version: 1, input: { name: 'x', riskIds: ['schrems-ii'] } },
          planner,
        ),
      ),
    ).toBe('CONFLICT');

    const after = await app.graphql(`{ initiative(id: "persontjenesten") { version start { value } } }`);
    expect(after.data).toEqual(before.data);

    expect(
      (await app.graphql(`mutation($id: ID!) { deleteScenario(id: $id, version: 2) }`, { id: aId }, planner))
        .errors,
    ).toBeUndefined();
    expect(codeOf(await app.graphql(`query($id: ID!) { scenario(id: $id) { id } }`, { id: aId }))).toBe(
      'NOT_FOUND',
    );
  });

  it.each([
    [{ name: '', riskIds: ['schrems-ii'] }, 'VALIDATION'],
    [{ name: 'tomt' }, 'VALIDATION'],
  ])('refuses %o', async (input, code) => {
    expect(codeOf(await app.graphql(SAVE, { input }, planner))).toBe(code);
  });

  it('needs two to ten scenarios to compare', async () => {
    expect(codeOf(await app.graphql(`{ compareScenarios(ids: ["x"]) { planEndSlips } }`))).toBe('VALIDATION');
  });
});
