// Plan history over HTTP on the real Neo4j: every mutation writes exactly one change set (and bumps the
// plan version) in its own transaction, a refused one writes none; undo restores a cascaded delete
// exactly, is refused with CONFLICT when something changed since, and redo re-applies; concurrent
// edits are numbered in commit order; imports are change sets that bump versions; baselines compare.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seed/load.js';
import type { GraphDump } from '../../server/domain/model/graphDump.js';
import { asRole } from '../support/app.js';
import { download, seededExportApp } from '../support/exportApp.js';

const ctx = seededExportApp();
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-${run}-${name}`;
const planner = asRole('planner');
let seedTouched = false;

afterAll(async () => {
  await ctx.db.write((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `test-${run}` }),
  );
  await ctx.db.write((tx) =>
    tx.run('MATCH (s:Scenario) WHERE s.name STARTS WITH $prefix DELETE s', { prefix: `test-${run}` }),
  );
  // A failed undo test could leave a seeded item deleted: put the seed back for the next file.
  if (seedTouched) await seedDatabase(ctx.db);
}, 180_000);

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const codeOf = (res: Errors) => res.errors?.[0]?.extensions?.code;

async function gql<T>(query: string, variables: Record<string, unknown> = {}, headers = planner) {
  return ctx.app.graphql<T>(query, variables, headers);
}

async function ok<T>(query: string, variables: Record<string, unknown> = {}, headers = planner): Promise<T> {
  const res = await gql<T>(query, variables, headers);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

async function planVersion(): Promise<number> {
  return (await ok<{ planVersion: number }>('{ planVersion }')).planVersion;
}

async function changeSetCount(): Promise<number> {
  return ctx.db.read(async (tx) => {
    const r = await tx.run('MATCH (c:ChangeSet) RETURN count(c) AS n');
    return Number(r.records[0]?.get('n'));
  });
}

interface EntityChangeRow {
  kind: string;
  id: string;
  label: string;
  action: string;
  fields: { field: string; before: string | null; after: string | null }[];
}
interface ChangeSetRow {
  id: string;
  seq: number;
  at: string;
  by: string;
  operation: string;
  reason: string | null;
  sakId: string | null;
  changes: EntityChangeRow[];
}
const CHANGE_SET = `id seq at by operation reason sakId changes { kind id label action fields { field before after } }`;

async function latest(): Promise<ChangeSetRow> {
  const data = await ok<{ changes: { changeSets: ChangeSetRow[] } }>(
    `{ changes(first: 1) { changeSets { ${CHANGE_SET} } } }`,
  );
  return data.changes.changeSets[0] as ChangeSetRow;
}

/** Runs a mutation and checks it wrote exactly one change set and moved the plan version by one. */
async function oneChangeSet<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<[T, ChangeSetRow]> {
  const [count, version] = [await changeSetCount(), await planVersion()];
  const data = await ok<T>(query, variables);
  expect(await changeSetCount()).toBe(count + 1);
  expect(await planVersion()).toBe(version + 1);
  const cs = await latest();
  expect(cs.seq).toBe(version + 1);
  return [data, cs];
}

const field = (c: EntityChangeRow | undefined, name: string) => c?.fields.find((f) => f.field === name);
const changeOf = (cs: ChangeSetRow, key: string) => cs.changes.find((c) => c.id === key);

const CREATE_INITIATIVE = `mutation($input: CreateInitiativeInput!, $reason: String, $sakId: ID) {
  createInitiative(input: $input, reason: $reason, sakId: $sakId) { id version } }`;
const UPDATE_INITIATIVE = `mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {
  updateInitiative(id: $id, version: $version, input: $input) { id version } }`;
const DELETE_INITIATIVE = `mutation($id: ID!, $version: Int!) { deleteInitiative(id: $id, version: $version) }`;

async function createInitiative(name: string, extra: Record<string, unknown> = {}) {
  const data = await ok<{ createInitiative: { id: string; version: number } }>(CREATE_INITIATIVE, {
    input: { id: id(name), name, kind: 'PROJECT', ...extra },
  });
  return data.createInitiative;
}

/**
 * A digest of the whole portfolio: every Entity and Scenario node (labels, properties with their
 * Neo4j types) and every relationship at one (type, ends, properties with types). History, baselines
 * and locks are left out: they are not the plan.
 */
async function portfolioDigest(): Promise<string> {
  return ctx.db.read(async (tx) => {
    const typed = (x: string) => `[k IN keys(${x}) WHERE k <> 'editLock' | [k, ${x}[k], valueType(${x}[k])]]`;
    const nodes = await tx.run(
      `MATCH (n) WHERE n:Entity OR n:Scenario
       WITH n, ${typed('n')} AS props ORDER BY n.id
       RETURN labels(n) AS labels, props`,
    );
    const rels = await tx.run(
      `MATCH (a)-[r]->(b) WHERE a:Entity OR a:Scenario OR b:Entity OR b:Scenario
       WITH a, r, b, ${typed('r')} AS props
       RETURN coalesce(a.id, a.file) AS a, type(r) AS t, coalesce(b.id, b.file) AS b, props ORDER BY a, t, b`,
    );
    const sortProps = (p: unknown[][]) => [...p].sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    return JSON.stringify([
      nodes.records.map((r) => [[...(r.get('labels') as string[])].sort(), sortProps(r.get('props'))]),
      rels.records.map((r) => [r.get('a'), r.get('t'), r.get('b'), sortProps(r.get('props'))]),
    ]);
  });
}

describe('every mutation writes one change set', () => {
  it('records who, why and the before and after of a create and an update', async () => {
    const [created, cs] = await oneChangeSet<{ createInitiative: { id: string } }>(CREATE_INITIATIVE, {
      input: { id: id('one'), name: 'Én', kind: 'PROJECT', start: '2027', ownerIds: ['norsk-helsenett'] },
      reason: 'Vedtatt i møtet',
      sakId: '41/20',
    });
    expect(cs).toMatchObject({
      operation: 'CREATE_INITIATIVE',
      by: 'planner#2',
      reason: 'Vedtatt i møtet',
      sakId: '41/20',
    });
    const node = changeOf(cs, created.createInitiative.id);
    expect(node).toMatchObject({ kind: 'node', label: 'Initiative', action: 'CREATED' });
    expect(field(node, 'name')).toEqual({ field: 'name', before: null, after: '"Én"' });
    expect(field(node, 'start')).toEqual({ field: 'start', before: null, after: '"2027"' });
    expect(changeOf(cs, `norsk-helsenett-[OWNS]->${id('one')}`)).toMatchObject({
      kind: 'relationship',
      action: 'CREATED',
    });

    const [, update] = await oneChangeSet(UPDATE_INITIATIVE, {
      id: id('one'),
      version: 1,
      input: { name: 'To', ownerIds: ['helsedirektoratet'] },
    });
    expect(update.operation).toBe('UPDATE_INITIATIVE');
    const changed = changeOf(update, id('one'));
    expect(changed?.action).toBe('UPDATED');
    expect(field(changed, 'name')).toEqual({ field: 'name', before: '"Én"', after: '"To"' });
    expect(field(changed, 'version')).toEqual({ field: 'version', before: '1', after: '2' });
    expect(changeOf(update, `norsk-helsenett-[OWNS]->${id('one')}`)?.action).toBe('DELETED');
    expect(changeOf(update, `helsedirektoratet-[OWNS]->${id('one')}`)?.action).toBe('CREATED');

    const history = await ok<{ history: { changeSets: { operation: string }[]; hasMore: boolean } }>(
      `{ history(id: "${id('one')}") { changeSets { operation } hasMore } }`,
    );
    expect(history.history.changeSets.map((c) => c.operation)).toEqual([
      'UPDATE_INITIATIVE',
      'CREATE_INITIATIVE',
    ]);
    const paged = await ok<{
      history: { changeSets: { operation: string }[]; hasMore: boolean; endCursor: string };
    }>(`{ history(id: "${id('one')}", first: 1) { changeSets { operation } hasMore endCursor } }`);
    expect(paged.history).toMatchObject({ hasMore: true, changeSets: [{ operation: 'UPDATE_INITIATIVE' }] });
    const next = await ok<{ history: { changeSets: { operation: string }[]; hasMore: boolean } }>(
      `{ history(id: "${id('one')}", first: 1, after: "${paged.history.endCursor}") { changeSets { operation } hasMore } }`,
    );
    expect(next.history).toEqual({ hasMore: false, changeSets: [{ operation: 'CREATE_INITIATIVE' }] });
  });

  it('covers milestones, risks, dependencies and scenarios, each with its operation', async () => {
    const a = await createInitiative('ops-a', { start: '2027', end: '2028' });
    const b = await createInitiative('ops-b', { start: '2027', end: '2028' });
    const steps: [string, Record<string, unknown>, string, string][] = [
      [
        `mutation($i: ID!) { createMilestone(input: {id: "${id('ops-m')}", name: "M", initiativeId: $i, date: "2027-06"}) { id } }`,
        { i: a.id },
        'CREATE_MILESTONE',
        id('ops-m'),
      ],
      [
        `mutation { updateMilestone(id: "${id('ops-m')}", version: 1, input: {date: "2027-09"}) { id } }`,
        {},
        'UPDATE_MILESTONE',
        id('ops-m'),
      ],
      [
        `mutation { createRisk(input: {id: "${id('ops-r')}", name: "R", kind: OTHER, effects: [{targetId: "${a.id}", expectedDelayDays: 30}]}) { id } }`,
        {},
        'CREATE_RISK',
        `${id('ops-r')}-[AFFECTS]->${a.id}`,
      ],
      [
        `mutation { updateRisk(id: "${id('ops-r')}", version: 1, input: {name: "R2"}) { id } }`,
        {},
        'UPDATE_RISK',
        id('ops-r'),
      ],
      [`mutation { deleteRisk(id: "${id('ops-r')}", version: 2) }`, {}, 'DELETE_RISK', id('ops-r')],
      [
        `mutation { createDependency(input: {fromId: "${b.id}", toId: "${a.id}", kind: DELIVERY}) { id } }`,
        {},
        'CREATE_DEPENDENCY',
        `${b.id}-[DEPENDS_ON]->${a.id}`,
      ],
      [
        `mutation { updateDependency(id: "${b.id}->${a.id}", version: 1, input: {lagDays: 14}) { id } }`,
        {},
        'UPDATE_DEPENDENCY',
        `${b.id}-[DEPENDS_ON]->${a.id}`,
      ],
      [
        `mutation { deleteDependency(id: "${b.id}->${a.id}", version: 2) }`,
        {},
        'DELETE_DEPENDENCY',
        `${b.id}-[DEPENDS_ON]->${a.id}`,
      ],
      [`mutation { deleteMilestone(id: "${id('ops-m')}", version: 2) }`, {}, 'DELETE_MILESTONE', id('ops-m')],
    ];
    for (const [query, variables, operation, touched] of steps) {
      const [, cs] = await oneChangeSet(query, variables);
      expect(cs.operation, query).toBe(operation);
      expect(
        cs.changes.map((c) => c.id),
        query,
      ).toContain(touched);
    }
    const [saved, cs] = await oneChangeSet<{ saveScenario: { id: string } }>(
      `mutation($name: String!, $d: [DelayInput!]) { saveScenario(input: {name: $name, delays: $d}, reason: "test") { id } }`,
      { name: `test-${run} s`, d: [{ id: a.id, days: 10 }] },
    );
    expect(cs).toMatchObject({ operation: 'SAVE_SCENARIO', reason: 'test' });
    expect(changeOf(cs, saved.saveScenario.id)).toMatchObject({ label: 'Scenario', action: 'CREATED' });
    const [renamed, rename] = await oneChangeSet<{ renameScenario: { name: string; version: number } }>(
      `mutation($id: ID!) { renameScenario(id: $id, version: 1, name: "  renamed  ", reason: "clearer") { name version } }`,
      { id: saved.saveScenario.id },
    );
    expect(renamed.renameScenario).toEqual({ name: 'renamed', version: 2 });
    expect(rename).toMatchObject({ operation: 'RENAME_SCENARIO', reason: 'clearer' });
    expect(changeOf(rename, saved.saveScenario.id)).toMatchObject({ label: 'Scenario', action: 'UPDATED' });
    for (const [variables, code] of [
      [{ version: 1, name: 'stale' }, 'CONFLICT'],
      [{ version: 2, name: ' ' }, 'VALIDATION'],
    ] as const) {
      const refused = await gql(
        'mutation($id: ID!, $version: Int!, $name: String!) { renameScenario(id: $id, version: $version, name: $name) { id } }',
        { id: saved.saveScenario.id, ...variables },
      );
      expect(codeOf(refused), variables.name).toBe(code);
    }
    const [, deleted] = await oneChangeSet(`mutation($id: ID!) { deleteScenario(id: $id, version: 2) }`, {
      id: saved.saveScenario.id,
    });
    expect(deleted.operation).toBe('DELETE_SCENARIO');
  });

  it('writes none and keeps the plan version when the mutation is refused', async () => {
    const a = await createInitiative('refused-a');
    const b = await createInitiative('refused-b');
    await ok(
      `mutation { createDependency(input: {fromId: "${a.id}", toId: "${b.id}", kind: TECHNICAL}) { id } }`,
    );
    const [count, version] = [await changeSetCount(), await planVersion()];
    const stale = await gql(UPDATE_INITIATIVE, { id: a.id, version: 7, input: { name: 'x' } });
    expect(codeOf(stale)).toBe('CONFLICT');
    const cycle = await gql(
      `mutation { createDependency(input: {fromId: "${b.id}", toId: "${a.id}", kind: TECHNICAL}) { id } }`,
    );
    expect(codeOf(cycle)).toBe('CYCLE');
    const invalid = await gql(UPDATE_INITIATIVE, { id: a.id, version: 1, input: { name: '' } });
    expect(codeOf(invalid)).toBe('VALIDATION');
    expect(await changeSetCount()).toBe(count);
    expect(await planVersion()).toBe(version);
  });
});

describe('undo and redo', () => {
  it('undoes a cascaded delete exactly: every node, relationship and property comes back', async () => {
    // The seeded initiative with the most kinds of relationship (milestones, owners, sources, saker …),
    // plus a planner's dependency and risk on it, so the cascade has everything.
    const target = await ctx.db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (n:Initiative)-[:HAS_MILESTONE]->(:Milestone)
         WITH DISTINCT n
         MATCH (n)-[r]-()
         WITH n, count(DISTINCT type(r)) AS kinds ORDER BY kinds DESC, n.id LIMIT 1
         RETURN n.id AS id, n.version AS version`,
      );
      return { id: r.records[0]?.get('id') as string, version: Number(r.records[0]?.get('version')) };
    });
    const other = await createInitiative('undo-other', { start: '2027', end: '2028' });
    await ok(
      `mutation { createDependency(input: {fromId: "${other.id}", toId: "${target.id}", kind: DELIVERY, lagDays: 5}) { id } }`,
    );
    await ok(
      `mutation { createRisk(input: {id: "${id('undo-risk')}", name: "R", kind: OTHER, effects: [{targetId: "${target.id}"}]}) { id } }`,
    );
    const before = await portfolioDigest();

    seedTouched = true;
    const [, deletion] = await oneChangeSet(DELETE_INITIATIVE, { id: target.id, version: target.version });
    const types = new Set(deletion.changes.filter((c) => c.kind === 'relationship').map((c) => c.label));
    for (const t of ['HAS_MILESTONE', 'OWNS', 'DEPENDS_ON', 'AFFECTS', 'CITES'])
      expect(types, t).toContain(t);
    expect(deletion.changes.filter((c) => c.label === 'Milestone').length).toBeGreaterThan(0);
    expect(deletion.changes.every((c) => c.action === 'DELETED')).toBe(true);
    expect(await portfolioDigest()).not.toBe(before);

    const [undone, undo] = await oneChangeSet<{ undoChangeSet: { id: string; undoes: string } }>(
      `mutation($id: ID!) { undoChangeSet(id: $id, reason: "feil") { id undoes } }`,
      { id: deletion.id },
    );
    expect(undone.undoChangeSet.undoes).toBe(deletion.id);
    expect(undo).toMatchObject({ operation: 'UNDO', reason: 'feil' });
    expect(undo.changes.length).toBe(deletion.changes.length);
    expect(await portfolioDigest()).toBe(before);
    seedTouched = false;

    // Undoing twice is refused; redo deletes it again, and undoing the redo brings it back again.
    expect(codeOf(await gql(`mutation { undoChangeSet(id: "${deletion.id}") { id } }`))).toBe('CONFLICT');
    seedTouched = true;
    const [, redo] = await oneChangeSet(`mutation { redoChangeSet(id: "${deletion.id}") { id } }`, {});
    expect(redo.operation).toBe('REDO');
    const gone = await ok<{ node: unknown }>(`{ node: initiative(id: "${target.id}") { id } }`).catch(
      () => null,
    );
    expect(gone === null || (gone as { node: unknown }).node === null).toBe(true);
    await oneChangeSet(`mutation { undoChangeSet(id: "${redo.id}") { id } }`, {});
    expect(await portfolioDigest()).toBe(before);
    seedTouched = false;
  });

  it('refuses an undo whose entity changed since, naming it, and changes nothing', async () => {
    const a = await createInitiative('conflict', { start: '2027' });
    const [, edit] = await oneChangeSet(UPDATE_INITIATIVE, {
      id: a.id,
      version: 1,
      input: { name: 'Første' },
    });
    await ok(UPDATE_INITIATIVE, { id: a.id, version: 2, input: { name: 'Andre' } });
    const [digest, count, version] = [await portfolioDigest(), await changeSetCount(), await planVersion()];
    const refused = await gql(`mutation { undoChangeSet(id: "${edit.id}") { id } }`);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.extensions?.ids).toEqual([a.id]);
    expect(refused.errors?.[0]?.message).toContain(a.id);
    expect([await portfolioDigest(), await changeSetCount(), await planVersion()]).toEqual([
      digest,
      count,
      version,
    ]);
  });

  it('undoes an update (the version counts on) and redoes it', async () => {
    const a = await createInitiative('redo', { start: '2027' });
    const [, edit] = await oneChangeSet(UPDATE_INITIATIVE, { id: a.id, version: 1, input: { name: 'Ny' } });
    const read = async () =>
      (
        await ok<{ initiative: { name: string; version: number } }>(
          `{ initiative(id: "${a.id}") { name version } }`,
        )
      ).initiative;
    await ok(`mutation { undoChangeSet(id: "${edit.id}") { id } }`);
    expect(await read()).toEqual({ name: 'redo', version: 3 });
    expect(codeOf(await gql(UPDATE_INITIATIVE, { id: a.id, version: 2, input: { name: 'x' } }))).toBe(
      'CONFLICT',
    );
    await ok(`mutation { redoChangeSet(id: "${edit.id}") { id } }`);
    expect(await read()).toEqual({ name: 'Ny', version: 4 });
    expect(codeOf(await gql(`mutation { redoChangeSet(id: "${edit.id}") { id } }`))).toBe('CONFLICT');
  });
});

describe('concurrent edits', () => {
  it('are numbered in commit order: seq and plan version strictly increasing, none lost', async () => {
    const items = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => createInitiative(`conc-${n}`)));
    const version = await planVersion();
    await Promise.all(
      items.map((i) => ok(UPDATE_INITIATIVE, { id: i.id, version: 1, input: { name: `${i.id}!` } })),
    );
    expect(await planVersion()).toBe(version + items.length);
    const feed = await ok<{ changes: { changeSets: { seq: number; at: string; operation: string }[] } }>(
      `{ changes(first: ${items.length}, kinds: ["Initiative"]) { changeSets { seq at operation } } }`,
    );
    const seqs = feed.changes.changeSets.map((c) => c.seq).reverse();
    expect(seqs).toEqual(Array.from({ length: items.length }, (_, i) => version + 1 + i));
    const times = feed.changes.changeSets.map((c) => Date.parse(c.at)).reverse();
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  });
});

describe('imports', () => {
  it('writes one change set, bumps the version of what it changed, and sets the audit fields itself', async () => {
    const a = await createInitiative('import', { start: '2027' });
    const res = await download(ctx.app, `/export/graph.json?text=${encodeURIComponent(a.id)}`);
    const part = res.json() as GraphDump;
    const node = part.nodes.find((n) => n.props.id === a.id);
    expect(node).toBeDefined();
    if (!node) return;
    const props = node.props as Record<string, unknown>;
    props.name = 'Importert';
    props.createdBy = 'forged';
    props.updatedBy = 'forged';
    props.version = 1;
    const [count, version] = [await changeSetCount(), await planVersion()];
    const imported = await fetch(`${ctx.app.url}/import/graph.json?reason=restore&sakId=12%2F24`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asRole('admin') },
      body: JSON.stringify(part),
    });
    expect(imported.status).toBe(200);
    const body = (await imported.json()) as { changeSetId: string };
    expect(await changeSetCount()).toBe(count + 1);
    expect(await planVersion()).toBe(version + 1);
    const cs = await latest();
    expect(cs).toMatchObject({
      id: body.changeSetId,
      operation: 'IMPORT',
      by: 'admin#3',
      reason: 'restore',
      sakId: '12/24',
    });
    expect(field(changeOf(cs, a.id), 'name')).toEqual({
      field: 'name',
      before: '"import"',
      after: '"Importert"',
    });
    const stored = await ctx.db.read(async (tx) => {
      const r = await tx.run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id: a.id });
      return r.records[0]?.get('p') as Record<string, unknown>;
    });
    expect(stored).toMatchObject({
      name: 'Importert',
      version: 2,
      createdBy: 'planner#2',
      updatedBy: 'admin#3',
    });
    expect(codeOf(await gql(UPDATE_INITIATIVE, { id: a.id, version: 1, input: { name: 'x' } }))).toBe(
      'CONFLICT',
    );
  });
});

describe('baselines', () => {
  it('saves, compares with the plan now and another baseline, shows in the roadmap and the export', async () => {
    const a = await createInitiative('bl-a', { start: '2031-Q1', end: '2031-Q2' });
    const m = await ok<{ createMilestone: { id: string } }>(
      `mutation { createMilestone(input: {id: "${id('bl-m')}", name: "M", initiativeId: "${a.id}", date: "2031-03-15"}) { id } }`,
    );
    const version = await planVersion();
    const saved = await ok<{ saveBaseline: { id: string; by: string; reason: string; planVersion: number } }>(
      `mutation { saveBaseline(name: "test-${run} B1", reason: "NUIT-vedtak") { id by reason planVersion } }`,
    );
    expect(saved.saveBaseline).toMatchObject({
      by: 'planner#2',
      reason: 'NUIT-vedtak',
      planVersion: version,
    });
    expect(await planVersion()).toBe(version); // a baseline is not a plan change

    await ok(UPDATE_INITIATIVE, { id: a.id, version: 1, input: { end: '2031-Q4' } }); // +184 days
    await ok(`mutation { deleteMilestone(id: "${m.createMilestone.id}", version: 1) }`);
    const b = await createInitiative('bl-b', { start: '2032', end: '2032' });

    const COMPARE = `query($a: ID!, $b: ID) { compareBaselines(a: $a, b: $b) {
      b { id }
      items { itemId status a { start end } b { start end } varianceDays }
      addedDependencies { fromId toId }
      summary { itemsSlipped totalSlipDays maxSlipDays itemsAdded itemsRemoved criticalPathChanged } } }`;
    type Comparison = {
      compareBaselines: {
        b: { id: string } | null;
        items: { itemId: string; status: string; varianceDays: number | null; a: unknown; b: unknown }[];
        summary: { itemsSlipped: number; totalSlipDays: number; itemsAdded: number; itemsRemoved: number };
      };
    };
    const now = (await ok<Comparison>(COMPARE, { a: saved.saveBaseline.id })).compareBaselines;
    const row = (rows: Comparison['compareBaselines']['items'], rid: string) =>
      rows.find((r) => r.itemId === rid);
    expect(now.b).toBeNull();
    expect(row(now.items, a.id)).toMatchObject({
      status: 'CHANGED',
      varianceDays: 184,
      a: { start: '2031-Q1', end: '2031-Q2' },
      b: { start: '2031-Q1', end: '2031-Q4' },
    });
    expect(row(now.items, id('bl-m'))).toMatchObject({ status: 'REMOVED', b: null });
    expect(row(now.items, b.id)).toMatchObject({ status: 'ADDED', a: null });
    expect(now.summary.itemsSlipped).toBeGreaterThanOrEqual(1);
    expect(now.summary.totalSlipDays).toBeGreaterThanOrEqual(184);

    const second = await ok<{ saveBaseline: { id: string } }>(
      `mutation { saveBaseline(name: "test-${run} B2") { id } }`,
    );
    const between = (await ok<Comparison>(COMPARE, { a: saved.saveBaseline.id, b: second.saveBaseline.id }))
      .compareBaselines;
    expect(between.b?.id).toBe(second.saveBaseline.id);
    expect(row(between.items, a.id)?.varianceDays).toBe(184);

    const roadmap = await ok<{
      roadmap: { lanes: { initiatives: { id: string; end: { value: string }; baseline: unknown }[] }[] };
    }>(
      `query($b: ID) { roadmap(from: "2031-01-01", to: "2032-12-31", baselineId: $b, filter: {text: "${id('bl')}"}) {
        lanes { initiatives { id end { value } baseline { start end varianceDays } } } } }`,
      { b: saved.saveBaseline.id },
    );
    const shown = roadmap.roadmap.lanes.flatMap((l) => l.initiatives);
    expect(shown.find((i) => i.id === a.id)).toMatchObject({
      end: { value: '2031-Q4' },
      baseline: { start: '2031-Q1', end: '2031-Q2', varianceDays: 184 },
    });
    expect(shown.find((i) => i.id === b.id)?.baseline).toBeNull();

    const csv = await download(
      ctx.app,
      `/export/roadmap.csv?from=2031-01-01&to=2032-12-31&text=${id('bl')}&lang=en&baselineId=${saved.saveBaseline.id}`,
    );
    expect(csv.status).toBe(200);
    const [header, ...lines] = csv.text.trim().split(/\r?\n/);
    expect(header).toContain('Start (baseline),End (baseline),Variance (days)');
    expect(lines.find((l) => l.startsWith(a.id))).toMatch(/,2031-Q1,2031-Q2,184$/);
    const plain = await download(
      ctx.app,
      `/export/roadmap.csv?from=2031-01-01&to=2032-12-31&text=${id('bl')}`,
    );
    expect(plain.text).not.toContain('baseline');

    for (const bl of [saved.saveBaseline.id, second.saveBaseline.id])
      await ok(`mutation { deleteBaseline(id: "${bl}") }`);
    expect(codeOf(await gql(`{ baseline(id: "${saved.saveBaseline.id}") { id } }`))).toBe('NOT_FOUND');
  });
});
