// Consequences in a browser, against the real server and the seed: the impact summary for
// "Persontjenesten +8 weeks and Schrems II" with its numbers checked against the API and the assumed
// delay changed inline; an edit that turns a year verdict to "Ikke som planlagt", previewed before
// saving and visible in the NUIT year view after; a dependency the dates already break drawn red on
// the Veikart timeline and listed in the dependency report.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { asRole, TEST_TOKENS, type TestApp } from '../support/app.js';
import { newPage, screenshot } from './browser.js';
import { startBrowserApp, stopBrowserApp } from './browserApp.js';

let db: Database;
let app: TestApp;
let browser: Browser;
let page: Page;
const planner = asRole('planner');

beforeAll(async () => {
  ({ db, app, browser } = await startBrowserApp());
}, 300_000);

afterAll(async () => {
  await page?.close();
  await stopBrowserApp({ db, app, browser });
});

async function open(path: string): Promise<Page> {
  await page?.close();
  page = await newPage(browser);
  await page.goto(`${app.url}${path}`);
  return page;
}

async function toEnglish(p: Page): Promise<void> {
  await p.getByRole('button', { name: 'Bytt språk til engelsk' }).click();
}

interface ImpactAnswer {
  impact: {
    affected: { item: { id: string }; slipDays: number; missedDeadline: { byDays: number } | null }[];
    summary: {
      slippingCount: number;
      pastPeriodCount: number;
      goalTargets: { goal: { id: string } }[];
      latestByGoal: { group: { name: string } }[];
      target: { name: string } | null;
    };
  };
}

const IMPACT = `query($riskDelays: [RiskDelayInput!]) {
  impact(delays: [{ id: "persontjenesten", days: 56 }], riskIds: ["schrems-ii"], riskDelays: $riskDelays) {
    affected { item { id } slipDays missedDeadline { byDays } }
    summary { slippingCount pastPeriodCount goalTargets { goal { id } } latestByGoal { group { name } } target { name } }
  }
}`;

const number = async (p: Page, testId: string) =>
  Number((await p.getByTestId(testId).locator('strong').textContent()) ?? 'NaN');

describe('consequences in a browser', () => {
  it('shows the summary for Persontjenesten +8 weeks and Schrems II with the numbers the API gives', async () => {
    const api = (await app.graphql<ImpactAnswer>(IMPACT, {})).data?.impact;
    expect(api).toBeDefined();
    if (!api) return;
    const p = await open('/?view=impact&delays=persontjenesten:8&risks=schrems-ii');
    const summary = p.getByTestId('impact-summary');
    await summary.waitFor();
    expect(await number(p, 'summary-slipping')).toBe(api.summary.slippingCount);
    expect(await number(p, 'summary-past-period')).toBe(api.summary.pastPeriodCount);
    expect(await number(p, 'summary-goal-years')).toBe(api.summary.goalTargets.length);
    expect(await number(p, 'summary-missed')).toBe(api.affected.filter((a) => a.missedDeadline).length);
    expect(api.summary.pastPeriodCount).toBeGreaterThanOrEqual(8);
    // The latest date per goal and the critical path's target are named at the top.
    const firstGoal = api.summary.latestByGoal[0]?.group.name;
    if (firstGoal) expect(await p.getByTestId('impact-latest-goal').textContent()).toContain(firstGoal);
    expect(await p.getByTestId('impact-critical').textContent()).toContain(api.summary.target?.name ?? '–');
    // Every slip explained on its row: 56 d given + 90 d assumed, summed along one chain.
    const row = p.locator('tr[data-item="persontjenesten"]');
    expect(await row.locator('td.num strong').textContent()).toBe('+146 d');
    const causes = (await row.locator('td.causes').textContent()) ?? '';
    expect(causes).toContain('56 d');
    expect(causes).toContain('90 d (antatt)');
    expect(causes).toContain('sum langs én kjede');
    // Helseplattformen has no dates in the papers: its window, not invented dates.
    const hp = p.locator('tr[data-item="helseplattformen"]');
    expect(await hp.textContent()).toContain('tidligst etter');
    expect(await hp.getByTestId('window-reason').textContent()).toContain('Ingen datoer i papirene');
    await screenshot(p, 'impact-summary');
    await toEnglish(p);
    await p.getByText('Consequences', { exact: true }).waitFor();
    expect(await p.locator('tr[data-item="persontjenesten"] td.causes').textContent()).toContain(
      '90 d (assumed)',
    );
    await screenshot(p, 'impact-summary-en');
  });

  it('changes the assumed delay of Schrems II inline: 180 days instead of 90 is one change', async () => {
    const api = (await app.graphql<ImpactAnswer>(IMPACT, { riskDelays: [{ id: 'schrems-ii', days: 180 }] }))
      .data?.impact;
    const slip = api?.affected.find((a) => a.item.id === 'persontjenesten')?.slipDays;
    expect(slip).toBe(236);
    const p = await open('/?view=impact&delays=persontjenesten:8&risks=schrems-ii');
    const input = p.getByTestId('impact-assumptions').locator('li[data-risk="schrems-ii"] input');
    await input.fill('180');
    const row = p.locator('tr[data-item="persontjenesten"]');
    await row.locator('td.num strong', { hasText: '+236 d' }).waitFor();
    expect(await row.locator('td.causes').textContent()).toContain('180 d (antatt)');
    expect(new URL(p.url()).searchParams.get('assumed')).toBe('schrems-ii:180');
    expect(await number(p, 'summary-slipping')).toBe(api?.summary.slippingCount);
    await p.getByTestId('impact-assumptions').scrollIntoViewIfNeeded();
    await screenshot(p, 'impact-assumed-180');
  });

  it('previews an edit that turns a 2024 tiltak "Ikke som planlagt", and the NUIT year shows it after saving', async () => {
    const id = 'tiltak-2024-provesvar-ehelse';
    const read = async () =>
      (
        await app.graphql<{
          initiative: { version: number; start: { value: string }; end: { value: string } };
        }>('query($id: ID!) { initiative(id: $id) { version start { value } end { value } } }', { id })
      ).data?.initiative;
    const before = await read();
    expect(before).toBeDefined();
    try {
      const p = await open('/?view=year&year=2024');
      const row = p.locator(`tr[data-tiltak="${id}"]`);
      await row.waitFor();
      expect(await row.locator('th .badge').textContent()).not.toContain('Ikke som planlagt');
      await p.locator('summary', { hasText: 'Planlegger' }).click();
      await p.getByLabel('Planleggernøkkel (Bearer-token)').fill(TEST_TOKENS.planner);
      await p.getByRole('button', { name: 'Logg inn' }).click();
      await row.getByRole('link').first().click();
      await p.getByRole('button', { name: 'Rediger' }).click();
      const dialog = p.locator('dialog.editor');
      await dialog.getByLabel('Start').fill('2025');
      await dialog.getByLabel('Slutt').fill('2025');
      // Before saving: the verdict that changes and the finish-to-finish link that breaks.
      const preview = dialog.getByTestId('edit-preview');
      await preview.getByTestId('preview-verdicts').waitFor();
      expect(await preview.getByTestId('preview-verdicts').textContent()).toContain('→ Ikke som planlagt');
      expect(await preview.getByTestId('preview-breaks').textContent()).toContain('FF');
      await screenshot(p, 'editor-preview');
      await dialog.getByRole('button', { name: 'Lagre' }).click();
      // After saving: the same consequences in the toast, and the year view says so at once.
      const toast = p.getByTestId('toast-consequences');
      await toast.waitFor();
      expect(await toast.textContent()).toContain('Ikke som planlagt');
      await row.locator('th .badge', { hasText: 'Ikke som planlagt' }).waitFor();
      expect(await row.getByTestId('date-reason').textContent()).toMatch(/2025/);
      await screenshot(p, 'year-after-edit');
    } finally {
      const now = await read();
      const restored = await app.graphql(
        'mutation($id: ID!, $version: Int!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, version: $version, input: $input) { version } }',
        { id, version: now?.version ?? 0, input: { start: before?.start.value, end: before?.end.value } },
        planner,
      );
      expect(restored.errors).toBeUndefined();
    }
  });

  it('draws a dependency the dates already break as a red arrow on the timeline, and lists it in the report', async () => {
    const from = 'tiltak-2024-pll-helse-nord';
    const to = 'tiltak-2024-pll-ehelse';
    const created = await app.graphql(
      'mutation($input: CreateDependencyInput!) { createDependency(input: $input) { id } }',
      { input: { fromId: from, toId: to, kind: 'DELIVERY', type: 'FS' } },
      planner,
    );
    expect(created.errors).toBeUndefined();
    try {
      const p = await open('/?q=PLL');
      // The arrow runs from what is depended on to the dependent, red and dashed, with the arrows off.
      const arrow = p.locator(
        `svg.timeline-arrows path.arrow.violated[data-from="${to}"][data-to="${from}"]`,
      );
      await arrow.waitFor({ state: 'attached' });
      expect(await arrow.getAttribute('marker-end')).toBe('url(#vk-arrow-hot)');
      expect(
        await p.evaluate(
          "getComputedStyle(document.querySelector('svg.timeline-arrows path.arrow.violated')).stroke",
        ),
      ).toBe('rgb(198, 40, 40)');
      expect(await p.getByTestId('legend-conflict').textContent()).toContain(
        'Avhengighet som datoene allerede bryter',
      );
      await screenshot(p, 'timeline-conflict');

      const r = await open('/?view=dependencies&scope=goal:pll-tilgang-helsepersonell');
      const conflict = r.locator(`[data-testid="dep-conflicts"] tr[data-from="${from}"][data-to="${to}"]`);
      await conflict.waitFor();
      expect(await conflict.textContent()).toMatch(/brutt med \d+ d/);
      await screenshot(r, 'dependency-report');
      await toEnglish(r);
      await r.getByRole('heading', { name: 'Dependency report' }).waitFor();
      expect(await conflict.textContent()).toMatch(/broken by \d+ d/);
      await screenshot(r, 'dependency-report-en');
    } finally {
      await app.graphql(
        'mutation($id: ID!) { deleteDependency(id: $id, version: 1) }',
        { id: `${from}->${to}` },
        planner,
      );
    }
  });
});
