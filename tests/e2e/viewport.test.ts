// The views on a laptop (1280×720) and a projector (1920×1080): the timeline and the graph fill the
// window's height instead of a fixed box, and no lane label is cut. Screenshots of each view at each
// size go to test-results/screenshots (viewport-<view>-<width>x<height>.png).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import type { TestApp } from '../support/app.js';
import { openPage, screenshot } from './browser.js';
import { startBrowserApp, stopBrowserApp } from './browserApp.js';

let db: Database;
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ db, app, browser } = await startBrowserApp());
}, 180_000);

afterAll(async () => {
  await stopBrowserApp({ db, app, browser });
});

const openAt = (width: number, height: number, path: string): Promise<Page> =>
  openPage(browser, `${app.url}${path}`, { width, height });

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

describe.each(SIZES)('at %i×%i', (width, height) => {
  it('the timeline fills the window and shows every lane label whole', async () => {
    const page = await openAt(width, height, '/');
    await page.waitForSelector('.vis-item.vk-item');
    await page.waitForTimeout(300);
    await screenshot(page, `viewport-timeline-${width}x${height}`);
    const box = await page.locator('.vis-timeline').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(height * 0.55);
    // A label is cut when its text is wider than the room it has.
    const clipped = await page.$$eval('.vis-labelset .vis-label .vis-inner', (labels) =>
      labels
        .filter((label) => label.scrollWidth > (label.parentElement?.clientWidth ?? 0) + 1)
        .map((label) => label.textContent ?? ''),
    );
    expect(clipped).toEqual([]);
    await page.close();
  });

  it('the dependency graph fills the window', async () => {
    const page = await openAt(width, height, '/?view=graph&roots=helseplattformen');
    await page.waitForSelector('.network[data-drawn-nodes]');
    await screenshot(page, `viewport-graph-${width}x${height}`);
    const box = await page.locator('.network').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(Math.min(560, height * 0.55));
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(height + 1);
    await page.close();
  });

  it('the NUIT year view is shown', async () => {
    const page = await openAt(width, height, '/?view=year');
    await page.waitForSelector('table.agenda');
    await screenshot(page, `viewport-year-${width}x${height}`);
    await page.close();
  });
});
