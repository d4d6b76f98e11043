// Dates over time in a browser, against the real server and the seed: the details panel lists what each
// paper said an item's dates were (planned at one meeting, started as planned at the next), a source
// opens the paper at the cited lines; a paper baseline (the plan at NUIT 14 Sep 2023) is one click away
// in Grunnlinjer and compares with the plan now.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import type { TestApp } from '../support/app.js';
import { newPage, screenshot } from './browser.js';
import { startBrowserApp, stopBrowserApp } from './browserApp.js';

let db: Database;
let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ db, app, browser } = await startBrowserApp());
  // On a busy machine the first requests of a cold server can meet a database still warming up (503).
  for (let i = 0; i < 30 && (await app.graphql('{ planVersion }')).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 2000));
}, 240_000);

afterAll(async () => {
  await page?.close();
  await stopBrowserApp({ db, app, browser });
});

describe('Datoer over tid', () => {
  it('lists each paper’s statement of a start, and a source opens the paper at its lines', async () => {
    page = await newPage(browser);
    await page.goto(`${app.url}/?item=program-helhetlig-samhandling`);
    const section = page.getByTestId('dates-over-time');
    await section.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await screenshot(page, 'debug-dates-over-time'); // what the panel showed instead
      throw error;
    }); // the first page of a cold server on a busy machine
    const items = section.locator('.date-statements > li');
    await expect.poll(() => items.count()).toBe(3);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toMatch(/2021[\s\S]*planlagt[\s\S]*NUIT 7\/2020 · 25\. november 2020/);
    expect(texts[1]).toMatch(/faktisk[\s\S]*NUIT 1\/2021 · 18\. februar 2021/);
    expect(texts[2]).toMatch(/faktisk[\s\S]*gjeldende[\s\S]*Nasjonalt e-helsestyre 1\/2021 · 18\. mars 2021/);
    // Open the first statement's source: the quote, then the paper at the cited lines.
    await items.first().locator('summary').first().click();
    await expect
      .poll(() => items.first().locator('blockquote').textContent())
      .toContain('programmene Akson journal og Helhetlig samhandling');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'dates-over-time');
    const [paper] = await Promise.all([
      page.context().waitForEvent('page'),
      items.first().locator('a.source-open').click(),
    ]);
    await paper.waitForLoadState();
    expect(paper.url()).toMatch(/\/papers\/000_0294d171777b1830\.txt\?from=338&to=340/);
    await expect.poll(async () => (await paper.content()).includes('Helhetlig samhandling')).toBe(true);
    await screenshot(paper, 'dates-over-time-paper');
    await paper.close();
  }, 120_000);

  it('shows a postponement without a new date as undated', async () => {
    await page.goto(`${app.url}/?item=persontjenesten-nasjonal-innforing`);
    const section = page.getByTestId('dates-over-time');
    await section.waitFor();
    const postponed = section.locator('.date-statements > li[data-kind="POSTPONED"]');
    await expect.poll(() => postponed.count()).toBe(2);
    expect(await postponed.first().textContent()).toMatch(/Ingen ny dato[\s\S]*utsatt uten ny dato/);
  });

  it('compares the plan at NUIT 14 Sep 2023 with the plan now in one click', async () => {
    await page.goto(`${app.url}/?view=baselines`);
    const papers = page.getByTestId('paper-baseline-list');
    await page.locator('.paper-baselines summary').click();
    const row = papers.getByTestId('baseline-row').filter({ hasText: 'NUIT, 14. september 2023' });
    await row.getByRole('button', { name: 'Sammenlign med nå' }).click();
    await expect.poll(() => page.url()).toContain('baseA=paper%3Anuit-2023-09-14');
    await page.getByTestId('baseline-comparison').waitFor();
    await expect
      .poll(() => page.getByTestId('baseline-comparison').textContent())
      .toMatch(/Felles kommunal journal|Program/);
    await screenshot(page, 'paper-baseline-compare');
  });
});
