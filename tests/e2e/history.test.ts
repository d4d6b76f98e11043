// The plan history in a browser, against the real server and the seed: a planner deletes a tiltak
// (asked first, naming what goes with it) and brings it back with the toast's Angre; an edited item's
// Historikk tab says who changed what, before → after, and why; a saved baseline is drawn on the
// timeline as ghost bars with the variance, and compared with the plan now.
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

beforeAll(async () => {
  ({ db, app, browser } = await startBrowserApp());
}, 180_000);

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

async function signIn(p: Page): Promise<void> {
  await p.locator('summary', { hasText: 'Planlegger' }).click();
  await p.getByLabel('Planleggernøkkel (Bearer-token)').fill(TEST_TOKENS.planner);
  await p.getByRole('button', { name: 'Logg inn' }).click();
}

interface InitiativeShape {
  id: string;
  name: string;
  version: number;
  end: { value: string } | null;
  milestones: { id: string; dependsOn: { id: string }[]; dependents: { id: string }[] }[];
  dependsOn: { id: string }[];
  dependents: { id: string }[];
}

const INITIATIVE = `
  query($id: ID!) {
    initiative(id: $id) {
      id name version end { value }
      milestones { id dependsOn { id } dependents { id } }
      dependsOn { id } dependents { id }
    }
  }`;

async function initiative(id: string): Promise<InitiativeShape | null> {
  const result = await app.graphql<{ initiative: InitiativeShape }>(INITIATIVE, { id });
  return result.data?.initiative ?? null;
}

describe('the plan history in a browser', () => {
  it('deletes a tiltak after asking, and Angre in the toast brings it back with its milestones', async () => {
    const id = 'nilar';
    const before = await initiative(id);
    expect(before?.milestones.length).toBeGreaterThan(0);
    if (!before) return;
    const deps = new Set(
      [
        ...before.dependsOn,
        ...before.dependents,
        ...before.milestones.flatMap((m) => [...m.dependsOn, ...m.dependents]),
      ].map((d) => d.id),
    ).size;
    const ms = before.milestones.length;

    const p = await open(`/?item=${id}`);
    await signIn(p);
    const panel = p.getByTestId('details-panel');
    await panel.getByRole('heading', { name: before.name }).waitFor();
    await panel.getByRole('button', { name: 'Slett', exact: true }).click();
    const dialog = p.getByTestId('confirm-dialog');
    const expected = `Slett tiltaket «${before.name}» med ${ms === 1 ? '1 milepæl' : `${ms} milepæler`}${
      deps ? ` og ${deps === 1 ? '1 avhengighet' : `${deps} avhengigheter`}` : ''
    }?`;
    await dialog.getByText(expected).waitFor();
    await screenshot(p, 'delete-confirm');
    await dialog.getByRole('button', { name: 'Slett', exact: true }).click();

    const toast = p.getByTestId('undo-toast');
    await toast.getByText(`Slettet «${before.name}»`).waitFor();
    await panel.waitFor({ state: 'detached' });
    expect(await initiative(id)).toBeNull();
    await screenshot(p, 'undo-toast');

    await toast.getByRole('button', { name: 'Angre' }).click();
    await toast.getByText(`Angret: «${before.name}»`).waitFor();
    // The tiltak is back and opened again, with its milestones.
    await panel.getByRole('heading', { name: before.name }).waitFor();
    await panel.getByRole('heading', { name: 'Milepæler' }).waitFor();
    const after = await initiative(id);
    expect(after?.milestones.map((m) => m.id).sort()).toEqual(before.milestones.map((m) => m.id).sort());
    await screenshot(p, 'undo-done');
  });

  it("shows an edited item's history: who, what, before → after, and why", async () => {
    const id = 'persontjenesten';
    const p = await open(`/?item=${id}`);
    await signIn(p);
    const panel = p.getByTestId('details-panel');
    await panel.getByRole('button', { name: 'Rediger' }).click();
    const dialog = p.locator('dialog.editor');
    const phase = dialog.getByLabel('Fase');
    await phase.waitFor();
    await p.waitForTimeout(300);
    const oldPhase = await phase.inputValue();
    const newPhase = `Historikk e2e ${Date.now()}`;
    await phase.fill(newPhase);
    await dialog.getByLabel('Begrunnelse (valgfri)').fill('Vedtatt i NUIT');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'detached' });
    await p.getByTestId('undo-toast').getByText('Endret «Persontjenesten»').waitFor();

    await panel.getByRole('tab', { name: 'Historikk' }).click();
    await p.waitForURL(/tab=history/);
    const history = panel.getByTestId('item-history');
    const newest = history.locator('.change-set').first();
    await newest
      .getByText('Endret tiltak')
      .waitFor()
      .catch(async (e) => {
        await screenshot(p, 'debug-history');
        throw e;
      });
    expect(await newest.textContent()).toContain('av planner#');
    expect(await newest.textContent()).toContain('Begrunnelse: Vedtatt i NUIT');
    const row = newest.locator('table.field-changes tr', { hasText: 'Fase' });
    await row.waitFor().catch(async (e) => {
      await screenshot(p, 'debug-history');
      throw e;
    });
    expect(await row.locator('del').textContent()).toBe(oldPhase || '—');
    expect(await row.locator('ins').textContent()).toBe(newPhase);
    await screenshot(p, 'history-tab');

    // Ctrl+Z undoes it (outside a text field).
    await panel.getByRole('tab', { name: 'Historikk' }).focus();
    await p.keyboard.press('Control+z');
    await p.getByTestId('undo-toast').getByText('Angret: «Persontjenesten»').waitFor();
    const undone = history.locator('.change-set').first();
    await undone.getByText('Angret').first().waitFor();
    // Each change set keeps its own before → after: the undo shows the edit reversed.
    const reversed = undone.locator('table.field-changes tr', { hasText: 'Fase' });
    expect(await reversed.locator('del').textContent()).toBe(newPhase);
    expect(await reversed.locator('ins').textContent()).toBe(oldPhase || '—');
    expect(await history.locator('.change-set').nth(1).locator('ins').first().textContent()).toBe(newPhase);
  });

  it('saves a baseline, and the timeline draws it as ghost bars with the variance', async () => {
    // Dated in the seed (2023 – 2024), so it is on the timeline and in the baseline.
    const id = 'tiltak-2024-pll-nhn';
    const p = await open('/?view=baselines');
    await signIn(p);
    const name = `Grunnlinje e2e ${Date.now()}`;
    await p.getByLabel('Navn', { exact: true }).fill(name);
    await p.getByLabel('Begrunnelse', { exact: true }).fill('Før revidert plan');
    await p.getByRole('button', { name: 'Lagre grunnlinje' }).click();
    await p.getByText(`Grunnlinjen «${name}» er lagret.`).waitFor();
    const row = p.getByTestId('baseline-row').filter({ hasText: name });
    await row.waitFor();

    // The plan moves on: the item's end slips.
    const before = await initiative(id);
    if (!before) throw new Error(`no ${id}`);
    const moved = await app.graphql<{ updateInitiative: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { updateInitiative(id: $id, version: $v, input: { end: "2025-Q2" }) { version } }',
      { id, v: before.version },
      asRole('planner'),
    );
    expect(moved.errors).toBeUndefined();

    try {
      // The timeline, narrowed to the item so its lane is in view.
      await p.goto(`${app.url}/?q=${encodeURIComponent(before.name)}`);
      await p.waitForSelector(`.vis-item.vk-item[data-entityid="${id}"]`, { state: 'attached' });
      const picker = p.getByTestId('baseline-picker');
      const value = await picker.locator('option', { hasText: name }).getAttribute('value');
      await picker.selectOption(value ?? '');
      await p.waitForURL(/baseline=/);
      const ghost = p.locator(`.vis-item.baseline-ghost[data-entityid="${id}"]`).first();
      await ghost.waitFor({ state: 'attached' });
      expect(await ghost.textContent()).toMatch(/^\+\d+ d$/);
      await ghost.scrollIntoViewIfNeeded();
      await screenshot(p, 'timeline-baseline');

      // The comparison with the plan now names the slip.
      const baselineId = new URL(p.url()).searchParams.get('baseline');
      await p.goto(`${app.url}/?view=baselines&baseA=${baselineId}`);
      const comparison = p.getByTestId('baseline-comparison');
      await comparison.getByRole('rowheader', { name: before.name }).waitFor();
      expect(await comparison.locator('.summary').textContent()).toMatch(/[1-9]\d* forsinket/);
      await p.getByRole('heading', { name: 'Sammenligning' }).scrollIntoViewIfNeeded();
      await screenshot(p, 'baseline-compare');

      await p.goto(`${app.url}/?view=changes`);
      await p.getByTestId('change-feed').locator('.change-set').first().waitFor();
      await screenshot(p, 'changes-feed');
    } finally {
      const baselines = await app.graphql<{ baselines: { id: string; name: string }[] }>(
        '{ baselines { id name } }',
      );
      for (const b of baselines.data?.baselines ?? [])
        if (b.name.startsWith('Grunnlinje e2e'))
          await app.graphql(
            'mutation($id: ID!) { deleteBaseline(id: $id) }',
            { id: b.id },
            asRole('planner'),
          );
      const now = await initiative(id);
      await app.graphql(
        'mutation($id: ID!, $v: Int!, $end: PrecisionDate) { updateInitiative(id: $id, version: $v, input: { end: $end }) { version } }',
        { id, v: now?.version ?? 0, end: before.end?.value ?? null },
        asRole('planner'),
      );
    }
  });
});
