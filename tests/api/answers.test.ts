// Answers a planner can defend, on the seed over HTTP: every slip explained by its causes, undated items
// kept undated, milestones following their tiltak, consequences first; and a live plan: edits reflected in
// the year verdicts at once, conflicts shown, an edit previewed without saving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { asRole, startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';

let db: Database;
let app: TestApp;

beforeAll(async () => {
  db = openTestDatabase();
  await ensureSeeded(db);
  app = await startTestApp(db);
});

afterAll(async () => {
  await app.stop();
  await db.close();
});

const planner = asRole('planner');

type Share = {
  kind: string;
  item: { id: string } | null;
  risk: { id: string } | null;
  days: number;
  absorbedDays: number;
  assumed: boolean;
  driving: boolean;
};
type Affected = {
  item: { id: string };
  undated: boolean;
  slipDays: number;
  pastPeriodEnd: boolean;
  oldStart: { day: string } | null;
  newEnd: { day: string; date: { label: string } } | null;
  window: {
    before: { text: string; notBefore: { item: { id: string } } | null };
    after: { text: string; notBefore: { item: { id: string } } | null };
  } | null;
  pushedBy: { predecessor: { id: string }; milestoneOfTiltak: boolean } | null;
  chainOrigin: {
    item: { id: string };
    causes: { kind: string; risk: { id: string } | null; assumed: boolean }[];
  };
  causeShares: Share[];
  combination: string;
};
type Impact = {
  impact: {
    affected: Affected[];
    summary: {
      slippingCount: number;
      pastPeriodCount: number;
      pastPeriodIds: string[];
      missedDeadlines: { item: { id: string } }[];
      goalTargets: { goal: { id: string }; year: number; items: { id: string }[] }[];
      latestByGoal: { group: { id: string }; slipDays: number; after: { date: { label: string } } }[];
      latestByProgramme: { group: { id: string }; slipDays: number }[];
      undatedMovedCount: number;
      target: { id: string } | null;
    };
    criticalPath: { target: { id: string } | null; steps: { item: { id: string } }[] };
  };
};

const IMPACT = `query($delays: [DelayInput!], $riskIds: [ID!], $targetId: ID) {
  impact(delays: $delays, riskIds: $riskIds, targetId: $targetId) {
    affected {
      item { id } undated slipDays pastPeriodEnd
      oldStart { day } newEnd { day date { label } }
      window { before { text notBefore { item { id } } } after { text notBefore { item { id } } } }
      pushedBy { predecessor { id } milestoneOfTiltak }
      chainOrigin { item { id } causes { kind risk { id } assumed } }
      causeShares { kind item { id } risk { id } days absorbedDays assumed driving }
      combination
    }
    summary {
      slippingCount pastPeriodCount pastPeriodIds missedDeadlines { item { id } }
      goalTargets { goal { id } year items { id } }
      latestByGoal { group { id } slipDays after { date { label } } }
      latestByProgramme { group { id } slipDays }
      undatedMovedCount target { id }
    }
    criticalPath { target { id } steps { item { id } } }
  }
}`;

describe('Persontjenesten +8 weeks, and the Schrems II ruling happens', () => {
  let result: Impact['impact'];
  const get = (id: string) => result.affected.find((a) => a.item.id === id);
  const sharesOf = (a: Affected | undefined) =>
    (a?.causeShares ?? []).map((s) => [s.item?.id ?? s.risk?.id, s.days, s.assumed, s.driving]);

  beforeAll(async () => {
    const res = await app.graphql<Impact>(IMPACT, {
      delays: [{ id: 'persontjenesten', days: 56 }],
      riskIds: ['schrems-ii'],
    });
    expect(res.errors).toBeUndefined();
    result = res.data?.impact as Impact['impact'];
  });

  it('splits Persontjenesten +146 d into 56 d of the given delay and 90 d assumed for Schrems II', () => {
    const pt = get('persontjenesten');
    expect(pt?.slipDays).toBe(146);
    expect(sharesOf(pt)).toEqual([
      ['persontjenesten', 56, false, true],
      ['schrems-ii', 90, true, true],
    ]);
    expect(pt?.combination).toBe('SUM');
  });

  it('every cause split adds up to the slip', () => {
    expect(result.affected.length).toBeGreaterThan(5);
    for (const a of result.affected) {
      const sum = a.causeShares.filter((s) => s.driving).reduce((n, s) => n + s.days, 0);
      expect(sum, a.item.id).toBe(a.slipDays);
    }
  });

  it("starts Helseplattformen's chain at the causes: Schrems II (assumed) and the delay", () => {
    const hp = get('helseplattformen');
    expect(hp?.chainOrigin.item.id).toBe('persontjenesten');
    expect(hp?.chainOrigin.causes).toContainEqual({
      kind: 'risk',
      risk: { id: 'schrems-ii' },
      assumed: true,
    });
    expect(hp?.chainOrigin.causes).toContainEqual({ kind: 'delay', risk: null, assumed: false });
    // Schrems II hits Helseplattformen directly as well: 90 d through Persontjenesten + 90 d of its own.
    expect(sharesOf(hp)).toEqual([
      ['persontjenesten', 56, false, true],
      ['schrems-ii', 180, true, true],
    ]);
  });

  it('does not give Helseplattformen invented dates: it shows the window it is constrained to', () => {
    const hp = get('helseplattformen');
    expect(hp?.undated).toBe(true);
    expect(hp?.oldStart).toBeNull();
    expect(hp?.newEnd).toBeNull();
    expect(hp?.window?.before).toEqual({
      text: 'tidligst etter 3. kv. 2021',
      notBefore: { item: { id: 'persontjenesten' } },
    });
    expect(hp?.window?.after.text).toBe('tidligst etter 1. kv. 2022');
    expect(result.summary.undatedMovedCount).toBeGreaterThan(0);
  });

  it('moves the milestone "Nasjonal innføring av Persontjenesten" with its tiltak', () => {
    const m = get('persontjenesten-nasjonal-innforing');
    expect(m?.slipDays).toBe(get('persontjenesten')?.slipDays);
    expect(m?.pushedBy).toEqual({ predecessor: { id: 'persontjenesten' }, milestoneOfTiltak: true });
  });

  it('counts the items pushed past their planned period, and says what the goals and programmes lose', () => {
    const past = result.affected.filter((a) => a.pastPeriodEnd).map((a) => a.item.id);
    expect(past.length).toBeGreaterThanOrEqual(8);
    expect(result.summary.pastPeriodCount).toBe(past.length);
    expect(result.summary.pastPeriodIds.sort()).toEqual(past.sort());
    expect(result.summary.slippingCount).toBe(result.affected.filter((a) => !a.undated).length);
    expect(result.summary.latestByGoal.length + result.summary.latestByProgramme.length).toBeGreaterThan(0);
  });

  it('draws the critical path to the target the planner cares about, after the changes', async () => {
    expect(result.summary.target).not.toBeNull();
    expect(result.criticalPath.target).toEqual(result.summary.target);
    expect(result.criticalPath.steps.at(-1)?.item).toEqual(result.summary.target);
    const chosen = await app.graphql<Impact>(IMPACT, {
      delays: [{ id: 'persontjenesten', days: 56 }],
      riskIds: ['schrems-ii'],
      targetId: 'tiltak-2024-pll-helse-midt-norge',
    });
    const path = chosen.data?.impact.criticalPath.steps.map((s) => s.item.id) ?? [];
    expect(path.at(-1)).toBe('tiltak-2024-pll-helse-midt-norge');
    expect(path).toContain('persontjenesten');
  });
});

describe('"What if Schrems II costs 180 days, not 90": one change of the assumed delay', () => {
  const ASSUMED = `query($delays: [DelayInput!], $riskIds: [ID!], $riskDelays: [RiskDelayInput!]) {
    impact(delays: $delays, riskIds: $riskIds, riskDelays: $riskDelays) {
      affected { item { id } slipDays causeShares { risk { id } days assumed driving } }
      assumptions { risk { id } item { id } assumedDelayDays }
    }
  }`;
  type Assumed = {
    impact: {
      affected: {
        item: { id: string };
        slipDays: number;
        causeShares: { risk: { id: string } | null; days: number; assumed: boolean; driving: boolean }[];
      }[];
      assumptions: { risk: { id: string }; item: { id: string }; assumedDelayDays: number }[];
    };
  };
  const run = async (vars: Record<string, unknown>) => {
    const res = await app.graphql<Assumed>(ASSUMED, {
      delays: [{ id: 'persontjenesten', days: 56 }],
      ...vars,
    });
    expect(res.errors).toBeUndefined();
    return res.data?.impact as Assumed['impact'];
  };

  it.each([
    ['named in riskIds too', { riskIds: ['schrems-ii'], riskDelays: [{ id: 'schrems-ii', days: 180 }] }],
    ['given only as an assumed delay', { riskDelays: [{ id: 'schrems-ii', days: 180 }] }],
  ])('Persontjenesten slips 56 + 180 d, the 180 still marked assumed (%s)', async (_, vars) => {
    const result = await run(vars);
    const pt = result.affected.find((a) => a.item.id === 'persontjenesten');
    expect(pt?.slipDays).toBe(236);
    expect(pt?.causeShares.filter((s) => s.risk)).toEqual([
      { risk: { id: 'schrems-ii' }, days: 180, assumed: true, driving: true },
    ]);
    expect(result.assumptions.length).toBeGreaterThan(0);
    expect(result.assumptions.every((a) => a.assumedDelayDays === 180)).toBe(true);
  });

  it('keeps the assumed length in a saved scenario: reopened, it answers the same', async () => {
    const saved = await app.graphql<{
      saveScenario: { id: string; riskDelays: { itemId: string; days: number }[] };
    }>(
      `mutation { saveScenario(input: { name: "Schrems II koster et halvt år",
        delays: [{ id: "persontjenesten", days: 56 }], riskDelays: [{ id: "schrems-ii", days: 180 }] }) {
        id riskDelays { itemId days } } }`,
      {},
      planner,
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data?.saveScenario.id as string;
    try {
      expect(saved.data?.saveScenario.riskDelays).toEqual([{ itemId: 'schrems-ii', days: 180 }]);
      const opened = await app.graphql<{
        scenario: { result: { affected: { item: { id: string }; slipDays: number }[] } };
      }>('query($id: ID!) { scenario(id: $id) { result { affected { item { id } slipDays } } } }', { id });
      expect(opened.data?.scenario.result.affected).toContainEqual({
        item: { id: 'persontjenesten' },
        slipDays: 236,
      });
    } finally {
      await app.graphql('mutation($id: ID!) { deleteScenario(id: $id, version: 1) }', { id }, planner);
    }
  });

  it('gives no dates to an undated item on the critical path: Helseplattformen is marked undated', async () => {
    const res = await app.graphql<{
      impact: { criticalPath: { steps: { item: { id: string }; undated: boolean }[] } };
    }>(
      `{ impact(delays: [{id: "persontjenesten", days: 56}], riskDelays: [{id: "schrems-ii", days: 180}]) {
        criticalPath { steps { item { id } undated } } } }`,
    );
    const steps = res.data?.impact.criticalPath.steps ?? [];
    expect(steps.find((s) => s.item.id === 'helseplattformen')).toEqual({
      item: { id: 'helseplattformen' },
      undated: true,
    });
    expect(steps.find((s) => s.item.id === 'persontjenesten')?.undated).toBe(false);
  });

  it('moves everything the risk reaches by at least as much as the default 90 days did', async () => {
    const base = await run({ riskIds: ['schrems-ii'] });
    const more = await run({ riskDelays: [{ id: 'schrems-ii', days: 180 }] });
    const slip = (r: Assumed['impact'], id: string) =>
      r.affected.find((a) => a.item.id === id)?.slipDays ?? 0;
    for (const a of base.affected)
      expect(slip(more, a.item.id), a.item.id).toBeGreaterThanOrEqual(a.slipDays);
  });

  it.each([
    [{ riskDelays: [{ id: 'schrems-ii', days: -1 }] }, 'VALIDATION'],
    [{ riskDelays: [{ id: 'no-such-risk', days: 30 }] }, 'NOT_FOUND'],
  ])('refuses %j with %s', async (vars, code) => {
    const res = await app.graphql<Assumed>(ASSUMED, vars);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  });
});

const AGENDA = `query($year: Int!) { yearAgenda(year: $year) {
  goals { tiltak { tiltak { id } verdict reasons { kind text itemIds change { changeSetId } }
    dependencies { dependency { to { id } } state reason { kind text change { changeSetId } } } } }
  summary { verdict count }
} }`;
type Agenda = {
  yearAgenda: {
    goals: {
      tiltak: {
        tiltak: { id: string };
        verdict: string;
        reasons: {
          kind: string | null;
          text: string;
          itemIds: string[];
          change: { changeSetId: string } | null;
        }[];
        dependencies: {
          dependency: { to: { id: string } };
          state: string;
          reason: { kind: string; text: string; change: { changeSetId: string } | null };
        }[];
      }[];
    }[];
    summary: { verdict: string; count: number }[];
  };
};
const tiltakOf = async (year: number, id: string) => {
  const res = await app.graphql<Agenda>(AGENDA, { year });
  expect(res.errors).toBeUndefined();
  return res.data?.yearAgenda.goals.flatMap((g) => g.tiltak).find((t) => t.tiltak.id === id);
};

const latestChangeAt = async (id: string) =>
  (
    await app.graphql<{ history: { changeSets: { id: string }[] } }>(
      'query($id: ID!) { history(id: $id, first: 1) { changeSets { id } } }',
      { id },
    )
  ).data?.history.changeSets[0]?.id;

describe('the year verdict from the current plan', () => {
  const moved = 'tiltak-2024-provesvar-ehelse';

  it('previews an edit moving a 2024 tiltak into 2025 without saving: its verdict and the broken FF link', async () => {
    const res = await app.graphql<{
      previewEdit: {
        moved: { item: { id: string }; endShiftDays: number }[];
        newConflicts: { from: { id: string }; to: { id: string }; type: string; slackDays: number }[];
        verdictChanges: {
          year: number;
          tiltak: { id: string };
          before: string;
          after: string;
          reasons: { kind: string }[];
        }[];
      };
    }>(
      `query($id: ID!) { previewEdit(itemId: $id, start: "2025", end: "2025") {
        moved { item { id } endShiftDays }
        newConflicts { from { id } to { id } type slackDays }
        verdictChanges { year tiltak { id } before after reasons { kind } }
      } }`,
      { id: moved },
    );
    expect(res.errors).toBeUndefined();
    const p = res.data?.previewEdit;
    expect(p?.moved[0]).toEqual({ item: { id: moved }, endShiftDays: 365 });
    expect(p?.newConflicts).toContainEqual(
      expect.objectContaining({ from: { id: 'pasientens-provesvar' }, to: { id: moved }, type: 'FF' }),
    );
    const change = p?.verdictChanges.find((v) => v.tiltak.id === moved);
    expect(change).toMatchObject({ year: 2024, after: 'NOT_AS_PLANNED' });
    expect(change?.reasons[0]?.kind).toBe('DATES');
    // Nothing was saved.
    expect((await tiltakOf(2024, moved))?.verdict).not.toBe('NOT_AS_PLANNED');
  });

  it('does not call a tiltak whose stated period goes on after the year a slip', async () => {
    const res = await app.graphql<{
      yearAgenda: {
        goals: {
          tiltak: { tiltak: { id: string; end: { value: string } | null }; reasons: { kind: string }[] }[];
        }[];
      };
    }>('{ yearAgenda(year: 2024) { goals { tiltak { tiltak { id end { value } } reasons { kind } } } } }');
    const rows = res.data?.yearAgenda.goals.flatMap((g) => g.tiltak) ?? [];
    const multiYear = rows.filter((r) => r.tiltak.end && r.tiltak.end.value.slice(0, 4) > '2024');
    expect(multiYear.length).toBeGreaterThan(0);
    for (const r of multiYear)
      expect(
        r.reasons.map((x) => x.kind),
        r.tiltak.id,
      ).not.toContain('DATES');
  });

  it('turns the verdict of a tiltak edited into 2025 to NOT_AS_PLANNED with the date reason, at once', async () => {
    const read = await app.graphql<{
      initiative: { version: number; start: { value: string }; end: { value: string } };
    }>(`query($id: ID!) { initiative(id: $id) { version start { value } end { value } } }`, { id: moved });
    const before = read.data?.initiative;
    expect(before).toBeDefined();
    const update = (version: number, start: string, end: string) =>
      app.graphql<{ updateInitiative: { version: number } }>(
        `mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, version: $version, input: $input) { version } }`,
        { id: moved, version, input: { start, end } },
        planner,
      );
    const edited = await update(before?.version ?? 0, '2025', '2025');
    expect(edited.errors).toBeUndefined();
    try {
      const t = await tiltakOf(2024, moved);
      expect(t?.verdict).toBe('NOT_AS_PLANNED');
      expect(t?.reasons[0]).toMatchObject({ kind: 'DATES', itemIds: [moved] });
      expect(t?.reasons[0]?.text).toMatch(/starter 2025, etter 2024/);
      // The reason names the change that caused it: the edit just made.
      expect(t?.reasons[0]?.change?.changeSetId).toBe(await latestChangeAt(moved));
      const conflicts = await app.graphql<{
        dependencyConflicts: { from: { id: string }; to: { id: string } }[];
      }>(`{ dependencyConflicts { from { id } to { id } } }`);
      expect(conflicts.data?.dependencyConflicts).toContainEqual({
        from: { id: 'pasientens-provesvar' },
        to: { id: moved },
      });
    } finally {
      const restored = await update(
        edited.data?.updateInitiative.version ?? 0,
        before?.start.value ?? '',
        before?.end.value ?? '',
      );
      expect(restored.errors).toBeUndefined();
    }
  });

  it('reports a new link the current dates already violate, and the dependent tiltak is not as planned', async () => {
    const from = 'tiltak-2024-pll-helse-nord';
    const to = 'tiltak-2024-pll-ehelse';
    const created = await app.graphql<{ createDependency: { id: string } }>(
      `mutation($input: CreateDependencyInput!) { createDependency(input: $input) { id } }`,
      { input: { fromId: from, toId: to, kind: 'DELIVERY', type: 'FS' } },
      planner,
    );
    expect(created.errors).toBeUndefined();
    try {
      const report = await app.graphql<{
        dependencyReport: {
          conflicts: { from: { id: string }; to: { id: string }; slackDays: number; violated: boolean }[];
        };
      }>(
        `{ dependencyReport(goalId: "pll-tilgang-helsepersonell") { conflicts { from { id } to { id } slackDays violated } } }`,
      );
      expect(report.errors).toBeUndefined();
      const conflict = report.data?.dependencyReport.conflicts.find(
        (c) => c.from.id === from && c.to.id === to,
      );
      expect(conflict?.violated).toBe(true);
      expect(conflict?.slackDays).toBeLessThan(-365);
      const t = await tiltakOf(2024, from);
      expect(t?.verdict).toBe('NOT_AS_PLANNED');
      const dep = t?.dependencies.find((d) => d.dependency.to.id === to);
      expect(dep?.state).toBe('DELAYED');
      expect(dep?.reason.text).toMatch(/brytes av datoene/);
      expect(dep?.reason.change?.changeSetId).toBe(await latestChangeAt(from));
    } finally {
      await app.graphql(
        `mutation($id: ID!) { deleteDependency(id: $id, version: 1) }`,
        { id: `${from}->${to}` },
        planner,
      );
    }
  });
});
