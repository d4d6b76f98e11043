// Idempotency keys: a write retried with the same Idempotency-Key is applied once and answered with
// the first answer; the same key with another request is a CONFLICT; keys are per caller and expire.
// Test records get ids starting "test-idem-".
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphDump } from '../../server/domain/model/graphDump.js';
import { asRole, seededApp } from '../support/app.js';

const ctx = seededApp();
const run = randomUUID().slice(0, 8);
const id = (name: string) => `test-idem-${run}-${name}`;
afterAll(async () => {
  await ctx.db.write((tx) =>
    tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `test-idem-${run}` }),
  );
});

const CREATE = `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id name version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) {
  updateInitiative(id: $id, version: $version, input: $input) { id name version }
}`;

interface Answer {
  status: number;
  replayed: boolean;
  body: {
    data?: Record<string, { id: string; name: string; version: number } | null> | null;
    errors?: { extensions: Record<string, unknown> }[];
  };
}

async function send(
  query: string,
  variables: unknown,
  key?: string,
  role = 'planner' as const,
): Promise<Answer> {
  const response = await fetch(`${ctx.app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...asRole(role),
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    replayed: response.headers.get('idempotent-replayed') === 'true',
    body: (await response.json()) as Answer['body'],
  };
}

const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions.code;

async function changeSetsWithKey(key: string): Promise<number> {
  return ctx.db.read(async (tx) => {
    const result = await tx.run('MATCH (cs:ChangeSet {idempotencyKey: $key}) RETURN count(cs) AS n', { key });
    return Number(result.records[0]?.get('n'));
  });
}

async function planVersion(): Promise<number> {
  return ctx.db.read(async (tx) =>
    Number(
      (await tx.run("MATCH (p:PlanVersion {id: 'plan'}) RETURN p.version AS v")).records[0]?.get('v') ?? 0,
    ),
  );
}

describe('Idempotency-Key on GraphQL mutations', () => {
  it('applies a retried create once and answers the first answer again', async () => {
    const key = randomUUID();
    const input = { input: { id: id('once'), name: 'Én gang', kind: 'PROJECT' } };
    const before = await planVersion();
    const first = await send(CREATE, input, key);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBe(false);
    const retry = await send(CREATE, input, key);
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(first.body);
    expect(await planVersion()).toBe(before + 1);
    expect(await changeSetsWithKey(key)).toBe(1);
    // Without the key the same request is a new write: refused, the id is taken.
    expect(codeOf(await send(CREATE, input))).toBe('CONFLICT');
  });

  it('refuses the same key with a different request as CONFLICT, and writes nothing', async () => {
    const key = randomUUID();
    await send(CREATE, { input: { id: id('first'), name: 'Først', kind: 'PROJECT' } }, key);
    const before = await planVersion();
    const other = await send(CREATE, { input: { id: id('second'), name: 'Annen', kind: 'PROJECT' } }, key);
    expect(other.status).toBe(409);
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'KEY_REUSED' });
    expect(await planVersion()).toBe(before);
  });

  it('keeps keys apart per caller: the same key of another identity is its own', async () => {
    const key = randomUUID();
    const input = (name: string) => ({ input: { id: id(name), name, kind: 'PROJECT' } });
    expect((await send(CREATE, input('planner-own'), key, 'planner')).body.errors).toBeUndefined();
    const admin = await send(CREATE, input('planner-own'), key, 'admin' as never);
    expect(admin.replayed).toBe(false);
    expect(codeOf(admin)).toBe('CONFLICT');
    expect(admin.body.errors?.[0]?.extensions.reason).not.toBe('KEY_REUSED');
  });

  it('applies 12 concurrent copies of one update once, and all get the same answer', async () => {
    const created = await send(CREATE, { input: { id: id('raced'), name: 'Kappløp', kind: 'PROJECT' } });
    const version = created.body.data?.createInitiative?.version as number;
    const key = randomUUID();
    const before = await planVersion();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        send(UPDATE, { id: id('raced'), version, input: { name: 'Kappløp, endret' } }, key),
      ),
    );
    expect(await changeSetsWithKey(key)).toBe(1);
    expect(await planVersion()).toBe(before + 1);
    const applied = answers.filter((a) => !a.replayed);
    expect(applied).toHaveLength(1);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body).toEqual(applied[0]?.body);
    }
    expect(applied[0]?.body.data?.updateInitiative).toMatchObject({
      name: 'Kappløp, endret',
      version: version + 1,
    });
  });

  it('runs a retry of a write that failed (nothing was applied, nothing is remembered)', async () => {
    const key = randomUUID();
    const bad = { input: { id: id('bad'), name: '', kind: 'PROJECT' } };
    expect(codeOf(await send(CREATE, bad, key))).toBe('VALIDATION');
    const retry = await send(CREATE, bad, key);
    expect(retry.replayed).toBe(false);
    expect(codeOf(retry)).toBe('VALIDATION');
    expect(await changeSetsWithKey(key)).toBe(0);
  });

  it('forgets a key when it expires: the retry is a new write', async () => {
    const key = randomUUID();
    const input = { input: { id: id('expiring'), name: 'Utløper', kind: 'PROJECT' } };
    await send(CREATE, input, key);
    await ctx.db.write((tx) =>
      tx.run('MATCH (cs:ChangeSet {idempotencyKey: $key}) SET cs.idempotentUntilMs = timestamp() - 1', {
        key,
      }),
    );
    const late = await send(CREATE, input, key);
    expect(late.replayed).toBe(false);
    expect(codeOf(late)).toBe('CONFLICT');
  });

  it('refuses a malformed key, and a key on a mutation outside the change log', async () => {
    const malformed = await send(CREATE, { input: { id: id('x'), name: 'X', kind: 'PROJECT' } }, 'has space');
    expect(malformed.status).toBe(400);
    expect(codeOf(malformed)).toBe('VALIDATION');
    const baseline = await send('mutation { saveBaseline(name: "idem") { id } }', {}, randomUUID());
    expect(baseline.status).toBe(400);
    expect(codeOf(baseline)).toBe('VALIDATION');
    expect(baseline.body.errors?.[0]?.extensions.fields).toEqual(['saveBaseline']);
  });

  it('ignores the key on a query', async () => {
    const key = randomUUID();
    for (let i = 0; i < 2; i++) {
      const answer = await send('{ version }', {}, key);
      expect(answer.status).toBe(200);
      expect(answer.replayed).toBe(false);
    }
  });
});

describe('Idempotency-Key on POST /import/graph.json', () => {
  it('imports a retried part once and answers the first outcome again', async () => {
    await send(CREATE, { input: { id: id('imported'), name: 'Importert', kind: 'PROJECT' } });
    const full = (await (
      await fetch(`${ctx.app.url}/export/graph.json`, { headers: asRole('admin') })
    ).json()) as GraphDump;
    const node = full.nodes.find((n) => n.props.id === id('imported')) as GraphDump['nodes'][number];
    const part: GraphDump = {
      ...full,
      scope: 'part',
      filter: null,
      seedChecksum: null,
      nodes: [{ ...node, props: { ...node.props, name: 'Importert på nytt' } }],
      relationships: [],
      sources: [],
      documents: [],
      dateStatements: [],
    };
    const key = randomUUID();
    const post = () =>
      fetch(`${ctx.app.url}/import/graph.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, ...asRole('admin') },
        body: JSON.stringify(part),
      });
    const before = await planVersion();
    const first = await post();
    expect(first.status).toBe(200);
    const firstBody = await first.json();
    const retry = await post();
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(firstBody);
    expect(await planVersion()).toBe(before + 1);
    expect(await changeSetsWithKey(key)).toBe(1);
  });
});
