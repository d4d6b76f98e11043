import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validFiles, writeFixture } from '../../seed/__tests__/fixture.js';
import { SeedValidationError } from '../../seed/issues.js';
import { seedDatabase } from '../../seed/load.js';
import { loadSeedDataset } from '../../seed/loadDataset.js';
import { REL_TYPES } from '../../seed/toGraph.js';
import { applyMigrations } from '../../server/db/migrations.js';
import { openTestDatabase } from '../support/database.js';

const db = openTestDatabase();
const dataset = loadSeedDataset();

async function count(query: string, params: Record<string, unknown> = {}): Promise<number> {
  return db.read(async (tx) => (await tx.run(query, params)).records[0]?.get(0) as number);
}

/** A digest of every node and relationship with its properties: equal graphs give equal digests. */
async function snapshot(): Promise<string> {
  const text = await db.read(async (tx) => {
    const nodes = await tx.run(
      'MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id, n.file, n.version',
    );
    const rels = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN coalesce(a.id, a.file) AS a, type(r) AS t, coalesce(b.id, b.file) AS b, properties(r) AS p
       ORDER BY a, t, b`,
    );
    // Keys sorted (property maps have no fixed order); the migration timestamp is not content.
    const canonical = (p: Record<string, unknown>) =>
      Object.entries(p)
        .filter(([k]) => k !== 'appliedAt')
        .sort(([x], [y]) => x.localeCompare(y));
    return JSON.stringify([
      nodes.records.map((r) => [r.get('l'), canonical(r.get('p'))]),
      rels.records.map((r) => [r.get('a'), r.get('t'), r.get('b'), canonical(r.get('p'))]),
    ]);
  });
  expect(text.length).toBeGreaterThan(10_000);
  return createHash('sha256').update(text).digest('hex');
}

beforeAll(async () => {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await seedDatabase(db);
}, 120_000);
afterAll(() => db.close());

describe('loading the seed into Neo4j', () => {
  it('writes one node per record of each kind', async () => {
    const expected: [string, number][] = [
      ['Actor', dataset.actors.length],
      ['Initiative', dataset.initiatives.length],
      ['Goal', dataset.goals.length],
      ['Condition', dataset.conditions.length],
      ['Milestone', dataset.milestones.length],
      ['Risk', dataset.risks.length],
      ['Meeting', dataset.meetings.length],
      ['AgendaItem', dataset.agendaItems.length],
      ['PortfolioSnapshot', dataset.snapshots.length],
    ];
    for (const [label, n] of expected) {
      expect(await count(`MATCH (n:${label}) RETURN count(n)`), label).toBe(n);
    }
    expect(await count('MATCH ()-[r:DEPENDS_ON]->() RETURN count(r)')).toBe(dataset.dependencies.length);
  });

  it('is idempotent: a second load changes nothing', async () => {
    const before = await snapshot();
    const summary = await seedDatabase(db);
    expect(summary.nodesCreated).toBe(0);
    expect(summary.relationshipsCreated).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it('cites a source for every node', async () => {
    const uncited = await db.read(async (tx) => {
      const r = await tx.run('MATCH (n:Entity) WHERE NOT (n)-[:CITES]->(:Source) RETURN n.id AS id LIMIT 10');
      return r.records.map((x) => x.get('id') as string);
    });
    expect(uncited).toEqual([]);
    expect(await count('MATCH (s:Source) WHERE NOT (s)-[:IN_DOCUMENT]->(:Document) RETURN count(s)')).toBe(0);
  });

  it('cites existing sources on every relationship', async () => {
    const uncited = await db.read(async (tx) => {
      const r = await tx.run(
        `MATCH (a)-[r]->(b) WHERE type(r) IN $types
         AND (r.sourceIds IS NULL OR size(r.sourceIds) = 0
              OR any(sid IN r.sourceIds WHERE NOT EXISTS { MATCH (:Source {id: sid}) }))
         RETURN a.id + ' ' + type(r) + ' ' + b.id AS rel LIMIT 10`,
        { types: REL_TYPES },
      );
      return r.records.map((x) => x.get('rel') as string);
    });
    expect(uncited).toEqual([]);
    expect(
      await count('MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r)', { types: REL_TYPES }),
    ).toBeGreaterThan(500);
  });

  it('keeps referential integrity: every dependency joins two portfolio items', async () => {
    expect(
      await count(
        'MATCH (a)-[:DEPENDS_ON]->(b) WHERE NOT (a:Initiative OR a:Milestone) OR NOT (b:Initiative OR b:Milestone OR b:Condition) RETURN count(*)',
      ),
    ).toBe(0);
    expect(
      await count('MATCH (a:AgendaItem) WHERE NOT (a)-[:ON_AGENDA_OF]->(:Meeting) RETURN count(a)'),
    ).toBe(0);
  });

  it('writes nothing when the data is invalid', async () => {
    const files = validFiles();
    (files['p1/initiatives']?.[0] as Record<string, unknown>).id = 'brand-new-initiative';
    (files['p1/dependencies']?.[0] as Record<string, unknown>).to = 'no-such-initiative';
    const before = await snapshot();
    await expect(seedDatabase(db, { dataDir: writeFixture(files) })).rejects.toThrow(SeedValidationError);
    expect(await snapshot()).toBe(before);
  });

  it('applies the schema migrations once', async () => {
    expect(await applyMigrations(db)).toEqual([]);
    expect(await count('MATCH (m:SchemaMigration) RETURN count(m)')).toBeGreaterThanOrEqual(2);
  });
});

describe('the chains the papers state', () => {
  async function pathExists(query: string): Promise<boolean> {
    return db.read(
      async (tx) => (await tx.run(`RETURN EXISTS { ${query} } AS ok`)).records[0]?.get('ok') as boolean,
    );
  }

  it.each([
    [
      'Schrems II → Persontjenesten (delayed) → Helseplattformen',
      "MATCH (:Risk {id: 'schrems-ii'})-[:AFFECTS]->(:Initiative {id: 'persontjenesten'})<-[:DEPENDS_ON]-(:Initiative {id: 'helseplattformen'})",
    ],
    [
      'SAFEST (risk of postponement) → Felles språk',
      "MATCH (r:Risk)-[:AFFECTS]->(:Initiative {id: 'safest'})<-[:DEPENDS_ON]-(:Initiative {id: 'felles-sprak'}) WHERE r.id CONTAINS 'safest'",
    ],
    [
      'Kjernejournal in pleie og omsorg → legemiddel work',
      "MATCH (:Initiative {id: 'legemiddelprogrammet'})-[:DEPENDS_ON]->(:Initiative {id: 'kjernejournal-pleie-og-omsorg'})",
    ],
    [
      'PDS steg 2 financing → the 2023 veikart tiltak',
      "MATCH (:Initiative {id: 'veikart-tiltak-2023'})-[:DEPENDS_ON {kind: 'financing'}]->(c:Condition)<-[:DEPENDS_ON]-(:Initiative {id: 'pds-steg-2'})",
    ],
    [
      'NILAR personvernmodul → TAG',
      "MATCH (:Entity {id: 'nilar-personvernmodul'})-[:DEPENDS_ON]->(:Initiative {id: 'tag'})",
    ],
    [
      'a 2024 veikart tiltak following Helseplattformen',
      "MATCH (t:Initiative {kind: 'tiltak'})-[:DEPENDS_ON]->(:Initiative {id: 'helseplattformen'}) MATCH (t)-[:CONTRIBUTES_TO]->(:Goal) MATCH (:Actor)-[:OWNS]->(t)",
    ],
  ])('%s', async (_name, query) => {
    expect(await pathExists(query)).toBe(true);
  });
});
