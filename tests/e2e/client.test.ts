// The client end to end, in headless Chromium against the real server and the seed: the timeline and
// its filters, the Schrems II impact, a source in the details panel, and a planner's edits.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { TEST_TOKENS, type TestApp } from '../support/app.js';
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
  await stopBrowserApp({ db, app, browser });
});

/** What the browser refused under the app's Content-Security-Policy, over every page opened. */
const cspViolations: string[] = [];

async function open(path: string): Promise<Page> {
  await page?.close();
  page = await newPage(browser);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${app.url}${path}`);
  return page;
}

/** Picks a format from a view's export menu and returns the file the browser saved. */
async function exportFrom(
  p: Page,
  menu: string,
  format: string | RegExp,
): Promise<{ name: string; bytes: Buffer }> {
  await p
    .getByTestId(menu)
    .getByRole('button', { name: /Eksporter/ })
    .click();
  const [download]: [Download, void] = await Promise.all([
    p.waitForEvent('download'),
    p.getByTestId(menu).getByRole('menuitem', { name: format }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

describe('the client in a browser', () => {
  it('opens the veikart timeline with lanes, bars and the legend', async () => {
    const p = await open('/');
    await p.waitForSelector('.vis-item.vk-item');
    expect(await p.locator('nav a[aria-current="page"]').textContent()).toBe('Veikart');
    expect(await p.locator('[data-testid="timeline-summary"]').textContent()).toMatch(/\d+ tiltak/);
    expect(await p.locator('.legend').first().textContent()).toContain('Grønn');
    await screenshot(p, 'timeline');
  });

  it('filters the timeline by text and keeps the filter in the URL', async () => {
    const p = await open('/');
    await p.waitForSelector('.vis-item.vk-item');
    const before = await p.locator('[data-testid="timeline-summary"]').textContent();
    await p.getByRole('searchbox', { name: 'Tekst' }).fill('Helseplattformen');
    await p.waitForURL(/q=Helseplattformen/);
    await p
      .locator('[data-testid="timeline-summary"]')
      .filter({ hasNotText: before ?? '' })
      .waitFor();
    // Helseplattformen itself is undated; the tiltak that follow it are on the roadmap.
    await p.waitForSelector('.vis-item[data-entityid="tiltak-2024-pll-helse-midt-norge"]', {
      state: 'attached',
    });
    const items = await p.locator('.vis-item.vk-item').count();
    expect(items).toBeGreaterThan(0);
    await screenshot(p, 'timeline-filtered');
    // The link alone restores the view.
    const again = await open(`/?q=Helseplattformen&groupBy=STATUS`);
    await again.waitForSelector('.vis-item[data-entityid="tiltak-2024-pll-helse-midt-norge"]', {
      state: 'attached',
    });
    expect(await again.getByRole('combobox', { name: 'Grupper etter' }).inputValue()).toBe('STATUS');
  });

  it('runs the Schrems II impact: Helseplattformen by its window, the dated items on the timeline', async () => {
    const p = await open('/?view=impact');
    await p.getByTestId('impact-add-risk').getByRole('combobox').fill('Schrems');
    await p.getByRole('option', { name: /Schrems II-dommen/ }).click();
    const row = p.locator('[data-testid="impact-table"] tr[data-item="helseplattformen"]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/\+\d+ d/);
    // Helseplattformen has no dates in the papers: the table gives its window, the timeline draws no bar.
    expect(await row.textContent()).toMatch(/tidligst etter 3\. kv\. 2021/);
    // The chain starts at its cause, with the assumed days said as such.
    expect(await row.textContent()).toMatch(/Schrems II-dommen 90 d \(antatt\)/);
    await p.waitForSelector('.vis-item.slipped[data-entityid="persontjenesten"]');
    await p.waitForSelector('.vis-item.ghost[data-entityid="persontjenesten"]');
    expect(await p.locator('.vis-item[data-entityid="helseplattformen"]').count()).toBe(0);
    expect(new URL(p.url()).searchParams.get('risks')).toBe('schrems-ii');
    await screenshot(p, 'impact');
  });

  it('shows the dependency graph around an item', async () => {
    const p = await open('/?view=graph&roots=helseplattformen');
    await p.waitForSelector('.network canvas');
    await p.getByRole('button', { name: 'Persontjenesten', exact: true }).click();
    await p.getByTestId('graph-selected').getByRole('button', { name: 'Utvid oppstrøms' }).click();
    await p.waitForTimeout(500);
    expect(await p.locator('.summary').first().textContent()).toMatch(/\d+ noder/);
    await screenshot(p, 'graph');
  });

  it('opens an item and one of its sources in the details panel', async () => {
    const p = await open('/?item=helseplattformen');
    const panel = p.getByTestId('details-panel');
    await panel.getByRole('heading', { name: 'Helseplattformen' }).waitFor();
    const source = panel.locator('.sources details').first();
    await source.locator('summary').click();
    const quote = await source.locator('blockquote').textContent();
    expect(quote?.length).toBeGreaterThan(10);
    await screenshot(p, 'details');

    // The source opens the paper itself in a new tab, at the cited lines, highlighted and in view.
    const link = source.getByRole('link', { name: /Åpne i dokumentet/ });
    const href = new URL((await link.getAttribute('href')) ?? '', app.url);
    const from = Number(href.searchParams.get('from'));
    const to = Number(href.searchParams.get('to'));
    expect(href.pathname).toMatch(/^\/papers\/\d{3}_[0-9a-f]+\.txt$/);
    const [paper] = await Promise.all([p.context().waitForEvent('page'), link.click()]);
    await paper.waitForLoadState();
    const hits = paper.locator('tr.hit');
    expect(await hits.count()).toBe(to - from + 1);
    expect(await hits.first().getAttribute('id')).toBe(`L${from}`);
    const firstWord = quote?.trim().split(/\s+/)[0] ?? '';
    expect(await hits.allTextContents().then((rows) => rows.join(' '))).toContain(firstWord);
    const box = await hits.first().boundingBox();
    const viewport = paper.viewportSize();
    const inView = !!box && !!viewport && box.y >= 0 && box.y + box.height <= viewport.height;
    expect(inView).toBe(true);
    await screenshot(paper, 'source-paper');
    await paper.close();
  });

  it('shows the NUIT year with verdicts per tiltak', async () => {
    const p = await open('/?view=year');
    await p.waitForSelector('table.agenda');
    expect(await p.locator('table.agenda tbody tr').count()).toBeGreaterThan(0);
    await screenshot(p, 'year');
  });

  it('lets a planner edit an initiative, and shows a stale version and a refused cycle', async () => {
    const p = await open('/?item=persontjenesten');
    await p.locator('summary', { hasText: 'Planlegger' }).click();
    await p.getByLabel('Planleggernøkkel (Bearer-token)').fill(TEST_TOKENS.planner);
    await p.getByRole('button', { name: 'Logg inn' }).click();
    const panel = p.getByTestId('details-panel');
    await panel.getByRole('button', { name: 'Rediger' }).click();
    const dialog = p.locator('dialog.editor');
    const phase = dialog.getByLabel('Fase');
    await phase.waitFor();
    // Someone else edits the same initiative meanwhile: our save must be refused as stale.
    const current = await app.graphql<{ initiative: { version: number } }>(
      '{ initiative(id: "persontjenesten") { version } }',
    );
    const version = current.data?.initiative.version ?? 0;
    await app.graphql(
      'mutation($v: Int!) { updateInitiative(id: "persontjenesten", version: $v, input: { phase: "endret av en annen" }) { id } }',
      { v: version },
      { authorization: `Bearer ${TEST_TOKENS.planner}` },
    );
    await phase.fill('Gjennomføring (e2e)');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    const error = dialog.getByTestId('editor-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('endret av noen andre');
    expect(await error.locator('[data-code]').first().getAttribute('data-code')).toBe('CONFLICT');
    await screenshot(p, 'editor-conflict');
    await dialog.getByRole('button', { name: 'Last inn siste versjon' }).click();
    await p.waitForTimeout(300);
    await phase.fill('Gjennomføring (e2e)');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 5000 }).catch(async (e) => {
      await screenshot(p, 'debug-save');
      throw e;
    });
    await panel.getByText('Gjennomføring (e2e)').waitFor();

    // A dependency that would close a cycle is refused with its path.
    await p.locator('summary', { hasText: 'Planlegger' }).click();
    await p.getByRole('button', { name: 'Ny avhengighet' }).click();
    // Helseplattformen depends on Persontjenesten (seed), so the reverse closes a cycle.
    const cycleDialog = p.locator('dialog.editor');
    await cycleDialog.getByTestId('dependency-from').getByRole('combobox').fill('Persontjenesten');
    await p.getByRole('option', { name: /^Tiltak Persontjenesten$/ }).click();
    await cycleDialog.getByTestId('dependency-to').getByRole('combobox').fill('Helseplattformen');
    await p.getByRole('option', { name: /^Tiltak Helseplattformen$/ }).click();
    await cycleDialog.getByRole('button', { name: 'Lagre' }).click();
    const cycle = cycleDialog.getByTestId('editor-error');
    await cycle.waitFor();
    expect(await cycle.locator('[data-code]').first().getAttribute('data-code')).toBe('CYCLE');
    expect(await cycle.locator('ol.cycle li').count()).toBeGreaterThan(1);
    await screenshot(p, 'editor-cycle');
  });

  it("exports the timeline as CSV, and as 16:9 SVG and PNG drawn by the server's timeline renderer", async () => {
    const p = await open('/');
    await p.waitForSelector('.vis-item.vk-item');
    const csv = await exportFrom(p, 'timeline-export', 'CSV');
    expect(csv.name).toBe('veikart-2019-01-01_2030-12-31.csv');
    const rows: string[][] = parse(csv.bytes.toString('utf8'), { bom: true, relax_column_count: true });
    expect(rows[0]?.slice(0, 3)).toEqual(['ID', 'Type', 'Navn']);
    expect(rows.some(([id, , name]) => name === 'Persontjenesten' || id?.startsWith('tiltak-2024-'))).toBe(
      true,
    );

    // The pictures come from the server's timeline renderer, 16:9, one file per page.
    const svg = await exportFrom(p, 'timeline-export', /SVG/);
    expect(svg.name).toMatch(/^veikart-2019-01-01_2030-12-31(-1)?\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<title>Veikart</title>');
    expect(text).toContain('viewBox="0 0 960 540"');
    expect(text).toMatch(/data-item="[^"]+"/);
    expect(text).toContain('Tegnforklaring');
    expect(text).toMatch(/Data per \d{1,2}\. \p{L}+ \d{4}/u);

    const png = await exportFrom(p, 'timeline-export', /PNG/);
    expect(png.name).toMatch(/^veikart-2019-01-01_2030-12-31(-1)?\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: a 13.33 × 7.5 in slide at 300 dpi.
    expect(png.bytes.readUInt32BE(16)).toBe(4000);
    expect(png.bytes.readUInt32BE(20)).toBe(2250);
    await p
      .getByTestId('timeline-export')
      .getByRole('button', { name: /Eksporter/ })
      .click();
    await screenshot(p, 'export-menu');
  });

  it('exports the dependency graph as SVG with its nodes at their places', async () => {
    const p = await open('/?view=graph&roots=helseplattformen');
    await p.waitForSelector('.network[data-drawn-nodes]');
    const svg = await exportFrom(p, 'graph-export', /SVG/);
    expect(svg.name).toBe('veikart-graf-helseplattformen.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('<title>Avhengigheter</title>');
    expect(text).toMatch(/data-id="helseplattformen"/);
  });

  it('exports the NUIT year as Markdown', async () => {
    const p = await open('/?view=year');
    await p.waitForSelector('table.agenda');
    const md = await exportFrom(p, 'year-export', 'Markdown');
    expect(md.name).toMatch(/^saksunderlag-veikart-\d{4}\.md$/);
    expect(md.bytes.toString('utf8')).toMatch(/^# /m);
  });

  it('met the Content-Security-Policy everywhere above, and on a source paper', async () => {
    const p = await open('/papers/004_42186ddcc7bb4984.txt?from=339&to=339');
    await p.waitForSelector('tr.hit');
    // The paper's one script ran (it scrolls the cited line into view).
    expect(await p.evaluate('window.scrollY')).toBeGreaterThan(0);
    expect(cspViolations).toEqual([]);
  });
});
