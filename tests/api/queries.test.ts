// Every query over HTTP against the real Neo4j with the seed loaded, including the error paths.
import { describe, expect, it } from 'vitest';
import { seededApp } from '../support/app.js';

const ctx = seededApp();

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code;

describe('entity and initiative', () => {
  it('returns an initiative with its owners, sources and dependents', async () => {
    const res = await ctx.app.graphql<{
      initiative: {
        name: string;
        aliases: string[];
        dependents: { from: { id: string } }[];
        sources: { document: string; quote: string }[];
      };
    }>(
      `{ initiative(id: "persontjenesten") { name aliases dependents { from { id } } sources { document quote } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.initiative.name).toBe('Persontjenesten');
    expect(res.data?.initiative.aliases).toContain('MF Helse');
    expect(res.data?.initiative.dependents.map((d) => d.from.id)).toContain('helseplattformen');
    expect(res.data?.initiative.sources.length).toBeGreaterThan(0);
  });

  it('says NOT_FOUND in both languages for an unknown id', async () => {
    const res = await ctx.app.graphql(`{ initiative(id: "finnes-ikke") { name } }`);
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.extensions?.messageNb).toMatch(/Fant ikke/);
    expect(res.errors?.[0]?.extensions?.messageEn).toMatch(/No tiltak/);
  });

  it('refuses an id of another kind as an initiative', async () => {
    const res = await ctx.app.graphql(`{ initiative(id: "schrems-ii") { name } }`);
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it('returns any kind through entity(), with its type', async () => {
    const res = await ctx.app.graphql<{ entity: { __typename: string; name: string } }>(
      `{ entity(id: "schrems-ii") { __typename name } }`,
    );
    expect(res.data?.entity).toEqual({ __typename: 'Risk', name: 'Schrems II-dommen' });
  });
});

describe('search', () => {
  it.each([
    ['helse sor-ost', 'helse-sor-ost'],
    ['HELSE SØR ØST', 'helse-sor-ost'],
    ['MF Helse', 'persontjenesten'],
    ['pll', 'pll'],
    ['kjernejournal', 'kjernejournal'],
    ['Schrems', 'schrems-ii'],
  ])('finds %s', async (text, id) => {
    const res = await ctx.app.graphql<{ search: { id: string }[] }>(
      `query($t: String!) { search(text: $t) { id } }`,
      { t: text },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.search.map((s) => s.id)).toContain(id);
  });

  it('limits to the kinds asked', async () => {
    const res = await ctx.app.graphql<{ search: { __typename: string }[] }>(
      `{ search(text: "helse", kinds: [Actor]) { __typename } }`,
    );
    expect(new Set(res.data?.search.map((s) => s.__typename))).toEqual(new Set(['Actor']));
  });

  it('refuses an unreasonable page size', async () => {
    const res = await ctx.app.graphql(`{ search(text: "helse", first: 5000) { id } }`);
    expect(codeOf(res)).toBe('VALIDATION');
  });
});

describe('lists', () => {
  it('pages through initiatives with stable cursors and a total', async () => {
    const first = await ctx.app.graphql<{
      initiatives: {
        totalCount: number;
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(`{ initiatives(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const page = first.data?.initiatives;
    expect(page?.totalCount).toBeGreaterThanOrEqual(60);
    expect(page?.edges).toHaveLength(5);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const second = await ctx.app.graphql<{ initiatives: { edges: { node: { id: string } }[] } }>(
      `query($after: String) { initiatives(first: 5, after: $after) { edges { node { id } } } }`,
      { after: page?.pageInfo.endCursor },
    );
    const ids = second.data?.initiatives.edges.map((e) => e.node.id) ?? [];
    expect(ids).toHaveLength(5);
    expect(ids.some((id) => page?.edges.some((e) => e.node.id === id))).toBe(false);
  });

  it.each(['actors', 'risks', 'meetings'])('lists %s with a total', async (field) => {
    const res = await ctx.app.graphql<Record<string, { totalCount: number; edges: unknown[] }>>(
      `{ ${field}(first: 3) { totalCount edges { node { id name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.[field]?.totalCount).toBeGreaterThan(3);
    expect(res.data?.[field]?.edges).toHaveLength(3);
  });

  it('keeps an undated meeting undated', async () => {
    const res = await ctx.app.graphql<{
      meetings: { edges: { node: { id: string; date: unknown; number: string | null } }[] };
    }>(`{ meetings(first: 100) { edges { node { id date { value } number } } } }`);
    const undated = res.data?.meetings.edges.find((e) => e.node.id === 'nuit-2020-saker-18-25');
    expect(undated?.node.date).toBeNull();
    expect(undated?.node.number).toBeNull();
  });
});

describe('roadmap', () => {
  const query = `query($from: Day!, $to: Day!, $groupBy: RoadmapGrouping, $filter: RoadmapFilter) {
    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
      lanes { key label initiatives { id start { value } end { value } } milestones { id date { value } } }
      dependencies { from { id } to { id } fromId toId }
    }
  }`;
  type Roadmap = {
    roadmap: {
      lanes: {
        key: string;
        label: string;
        initiatives: { id: string; start: { value: string } | null; end: { value: string } | null }[];
        milestones: { id: string }[];
      }[];
      dependencies: { from: { id: string }; to: { id: string }; fromId: string; toId: string }[];
    };
  };

  it('groups the 2024 tiltak under their veikart goals', async () => {
    const res = await ctx.app.graphql<Roadmap>(query, {
      from: '2024-01-01',
      to: '2024-12-31',
      groupBy: 'STRATEGY_GOAL',
    });
    expect(res.errors).toBeUndefined();
    const pll = res.data?.roadmap.lanes.find((l) => l.key === 'pll-tilgang-helsepersonell');
    expect(pll?.label).toMatch(/legemiddelliste/);
    expect(pll?.initiatives.length).toBeGreaterThan(3);
  });

  it.each(['ACTOR', 'PROGRAMME', 'STATUS'])('groups by %s, each initiative in one lane', async (groupBy) => {
    const res = await ctx.app.graphql<Roadmap>(query, { from: '2020-01-01', to: '2030-12-31', groupBy });
    const ids = res.data?.roadmap.lanes.flatMap((l) => l.initiatives.map((i) => i.id)) ?? [];
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only returns items overlapping the period, and dependencies between shown items', async () => {
    const res = await ctx.app.graphql<Roadmap>(query, { from: '2024-01-01', to: '2024-12-31' });
    const lanes = res.data?.roadmap.lanes ?? [];
    for (const i of lanes.flatMap((l) => l.initiatives)) {
      const start = i.start?.value ?? i.end?.value ?? '';
      expect(start.slice(0, 4) <= '2024').toBe(true);
    }
    const shown = new Set(
      lanes.flatMap((l) => [...l.initiatives.map((i) => i.id), ...l.milestones.map((m) => m.id)]),
    );
    const dependencies = res.data?.roadmap.dependencies ?? [];
    expect(dependencies.length).toBeGreaterThan(0);
    for (const d of dependencies) {
      expect(shown.has(d.from.id) && shown.has(d.to.id)).toBe(true);
      // The client draws the arrows from the plain ids: they name the same ends.
      expect([d.fromId, d.toId]).toEqual([d.from.id, d.to.id]);
    }
  });

  it('filters by actor, kind and text', async () => {
    const res = await ctx.app.graphql<Roadmap>(query, {
      from: '2020-01-01',
      to: '2030-12-31',
      filter: { actorIds: ['helse-vest'], kinds: ['TILTAK'], text: 'pll' },
    });
    const ids = res.data?.roadmap.lanes.flatMap((l) => l.initiatives.map((i) => i.id)) ?? [];
    expect(ids).toContain('tiltak-2024-pll-helse-vest');
    expect(ids.every((id) => id.startsWith('tiltak-'))).toBe(true);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await ctx.app.graphql(query, { from: '2024-12-31', to: '2024-01-01' });
    expect(codeOf(res)).toBe('VALIDATION');
  });

  it('refuses a day that does not exist', async () => {
    const res = await ctx.app.graphql(query, { from: '2024-02-30', to: '2024-12-31' });
    expect(res.errors?.[0]?.message).toMatch(/Day cannot represent/);
  });
});

describe('dependencyGraph', () => {
  it('walks downstream from Schrems II to Helseplattformen', async () => {
    const res = await ctx.app.graphql<{
      dependencyGraph: {
        nodes: { id: string; __typename: string }[];
        edges: { type: string; from: string; to: string }[];
      };
    }>(
      `{ dependencyGraph(rootIds: ["schrems-ii"], direction: DOWNSTREAM, depth: 2) { nodes { id __typename } edges { type from to } } }`,
    );
    const g = res.data?.dependencyGraph;
    expect(g?.edges).toContainEqual({ type: 'AFFECTS', from: 'schrems-ii', to: 'persontjenesten' });
    expect(g?.edges).toContainEqual({ type: 'DEPENDS_ON', from: 'helseplattformen', to: 'persontjenesten' });
    expect(g?.nodes.map((n) => n.id)).toContain('helseplattformen');
  });

  it('walks upstream and can add owners', async () => {
    const res = await ctx.app.graphql<{
      dependencyGraph: { nodes: { id: string; __typename: string }[]; edges: { type: string }[] };
    }>(
      `{ dependencyGraph(rootIds: ["helseplattformen"], direction: UPSTREAM, depth: 1, includeOwners: true) { nodes { id __typename } edges { type } } }`,
    );
    const ids = res.data?.dependencyGraph.nodes.map((n) => n.id) ?? [];
    expect(ids).toContain('persontjenesten');
    expect(ids).toContain('schrems-ii');
  });

  it('refuses a depth beyond the limit', async () => {
    const res = await ctx.app.graphql(`{ dependencyGraph(rootIds: ["pll"], depth: 50) { truncated } }`);
    expect(codeOf(res)).toBe('VALIDATION');
  });
});

describe('impact: what slips if …', () => {
  const query = `query($delays: [DelayInput!], $riskIds: [ID!], $mode: ImpactMode) {
    impact(delays: $delays, riskIds: $riskIds, mode: $mode) {
      affected { item { id } slipDays undated oldEnd { day } newEnd { day date { label } } drivingChain { item { id } slipDays } }
      assumptions { risk { id } item { id } assumedDelayDays }
      planEnd { slipDays }
      criticalPath { steps { item { id } } }
    }
  }`;
  type Impact = {
    impact: {
      affected: {
        item: { id: string };
        slipDays: number;
        undated: boolean;
        oldEnd: { day: string };
        newEnd: { day: string };
        drivingChain: { item: { id: string } }[];
      }[];
      assumptions: { risk: { id: string }; item: { id: string }; assumedDelayDays: number }[];
      criticalPath: { steps: unknown[] };
    };
  };

  it('answers Schrems II → Persontjenesten → Helseplattformen with the chain', async () => {
    const res = await ctx.app.graphql<Impact>(query, { riskIds: ['schrems-ii'] });
    expect(res.errors).toBeUndefined();
    const hp = res.data?.impact.affected.find((a) => a.item.id === 'helseplattformen');
    expect(hp?.slipDays).toBeGreaterThan(0);
    expect(hp?.drivingChain.map((l) => l.item.id)).toEqual(['persontjenesten', 'helseplattformen']);
    expect(res.data?.impact.assumptions.some((a) => a.item.id === 'persontjenesten')).toBe(true);
  });

  it('moves Helseplattformen when Persontjenesten is delayed by 8 weeks, by at most 8 weeks', async () => {
    const res = await ctx.app.graphql<Impact>(query, { delays: [{ id: 'persontjenesten', days: 56 }] });
    const pt = res.data?.impact.affected.find((a) => a.item.id === 'persontjenesten');
    const hp = res.data?.impact.affected.find((a) => a.item.id === 'helseplattformen');
    expect(pt?.slipDays).toBe(56);
    expect(hp?.slipDays).toBeGreaterThan(0);
    expect(hp?.slipDays).toBeLessThanOrEqual(56);
    expect(res.data?.impact.affected.some((a) => a.item.id === 'schrems-ii')).toBe(false);
  });

  it('lists what a delay reaches but cannot date, with the path', async () => {
    const res = await ctx.app.graphql<{
      impact: { reachedUndated: { item: { id: string }; pathIds: string[] }[] };
    }>(`{ impact(delays: [{ id: "helseid", days: 28 }]) { reachedUndated { item { id } pathIds } } }`);
    expect(res.data?.impact.reachedUndated).toContainEqual({
      item: { id: 'msis-klinikermelding' },
      pathIds: ['helseid', 'tillitsmodell', 'msis-klinikermelding'],
    });
  });

  it('returns nothing affected for a zero delay', async () => {
    const res = await ctx.app.graphql<Impact>(query, { delays: [{ id: 'persontjenesten', days: 0 }] });
    expect(res.data?.impact.affected).toEqual([]);
  });

  it.each([
    [{ delays: [{ id: 'finnes-ikke', days: 7 }] }, 'NOT_FOUND'],
    [{ delays: [] }, 'VALIDATION'],
    [{ delays: [{ id: 'persontjenesten', days: -7 }] }, 'VALIDATION'],
  ])('refuses %o', async (variables, code) => {
    const res = await ctx.app.graphql(query, variables);
    expect(codeOf(res)).toBe(code);
  });

  it('gives the critical path to a target', async () => {
    const res = await ctx.app.graphql<{
      criticalPath: { target: { id: string }; steps: { item: { id: string } }[] };
    }>(
      `{ criticalPath(targetId: "tiltak-2024-pll-helse-midt-norge") { target { id } steps { item { id } } } }`,
    );
    expect(res.data?.criticalPath.target.id).toBe('tiltak-2024-pll-helse-midt-norge');
    expect(res.data?.criticalPath.steps.at(-1)?.item.id).toBe('tiltak-2024-pll-helse-midt-norge');
  });
});

describe('yearAgenda', () => {
  it('answers the question for every 2024 tiltak, per goal, with reasons and saker', async () => {
    const res = await ctx.app.graphql<{
      agendaYears: number[];
      yearAgenda: {
        question: string;
        goals: {
          goal: { id: string } | null;
          tiltak: {
            tiltak: { id: string };
            verdict: string;
            reasons: { text: string }[];
            dependencies: { state: string }[];
            saker: { number: string }[];
          }[];
        }[];
        summary: { verdict: string; count: number }[];
      };
    }>(
      `{ agendaYears yearAgenda(year: 2024) { question goals { goal { id } tiltak { tiltak { id } verdict reasons { text } dependencies { state } saker { number } } } summary { verdict count } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.agendaYears).toContain(2024);
    const agenda = res.data?.yearAgenda;
    expect(agenda?.question).toBe('Kan tiltakene gjennomføres som planlagt?');
    const tiltak = agenda?.goals.flatMap((g) => g.tiltak) ?? [];
    expect(tiltak.length).toBeGreaterThanOrEqual(40);
    expect(tiltak.every((t) => t.reasons.length > 0)).toBe(true);
    const financed = tiltak.find((t) => t.tiltak.id === 'tiltak-2024-pll-helse-vest');
    expect(financed?.verdict).toBe('AT_RISK');
    expect(financed?.dependencies.map((d) => d.state)).toContain('UNKNOWN');
    expect(financed?.saker.map((s) => s.number)).toContain('35/23');
    const total = agenda?.summary.reduce((n, s) => n + s.count, 0);
    expect(total).toBe(tiltak.length);
  });

  it('speaks English when asked', async () => {
    const res = await ctx.app.graphql<{ yearAgenda: { question: string } }>(
      `{ yearAgenda(year: 2024) { question } }`,
      {},
      { 'accept-language': 'en' },
    );
    expect(res.data?.yearAgenda.question).toBe('Can the initiatives be carried out as planned?');
  });

  it.each([
    ['en', 'Can the initiatives be carried out as planned?', /The papers do not say the condition is met/],
    ['nb', 'Kan tiltakene gjennomføres som planlagt?', /Papirene sier ikke at forutsetningen er oppfylt/],
  ] as const)(
    'writes the question and every reason in the Accept-Language (%s)',
    async (lang, question, reason) => {
      const res = await ctx.app.graphql<{
        yearAgenda: {
          question: string;
          goals: {
            tiltak: {
              reasons: { text: string; nb: string; en: string }[];
              dependencies: { reason: { text: string; nb: string; en: string } }[];
            }[];
          }[];
        };
      }>(
        `{ yearAgenda(year: 2024) { question goals { tiltak { reasons { text nb en } dependencies { reason { text nb en } } } } } }`,
        {},
        { 'accept-language': lang },
      );
      const agenda = res.data?.yearAgenda;
      expect(agenda?.question).toBe(question);
      const reasons =
        agenda?.goals.flatMap((g) =>
          g.tiltak.flatMap((t) => [...t.reasons, ...t.dependencies.map((d) => d.reason)]),
        ) ?? [];
      expect(reasons.length).toBeGreaterThan(0);
      for (const r of reasons) expect(r.text).toBe(r[lang === 'en' ? 'en' : ('nb' as 'en')]);
      expect(reasons.map((r) => r.text).join('\n')).toMatch(reason);
      if (lang === 'en') {
        // No Norwegian sentence (the editors' notes, dates written the Norwegian way) in an English reason.
        for (const r of reasons)
          expect(r.text, r.text).not.toMatch(/\b(ikke|sier|lysarket|avklart|forutsetter|kv\.|dager)\b/);
      }
    },
  );

  it('refuses a year out of range', async () => {
    expect(codeOf(await ctx.app.graphql(`{ yearAgenda(year: 3) { year } }`))).toBe('VALIDATION');
  });
});
