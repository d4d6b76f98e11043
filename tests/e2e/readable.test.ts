// The timeline and the graph readable on a laptop and a projector (issue 17, item 5): lane labels that
// stay in view in a tall lane, lanes that fold to one roll-up bar (kept in the URL), bar labels never
// cut, the zoomed window in the URL and back, and a graph legend for every shape and colour drawn.
// Screenshots: test-results/screenshots/readable-*.png.
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

const openAt = (path: string, width = 1280, height = 720): Promise<Page> =>
  openPage(browser, `${app.url}${path}`, { width, height });

/** Waits until the timeline has drawn its bars and placed their labels (a few frames). */
async function timelineDrawn(page: Page): Promise<void> {
  await page.waitForSelector('.vis-item.vk-item, .vis-item.vk-rollup');
  await page.waitForTimeout(500);
}

/** Bar labels that are cut: inside a bar but wider than it, or outside the visible window. */
async function clippedBarLabels(page: Page): Promise<string[]> {
  const panel = await page.locator('.vis-panel.vis-center').boundingBox();
  if (!panel) return ['no centre panel'];
  return page.$$eval(
    '.vis-item.vis-range:not(.vis-background)',
    (bars, panel) =>
      bars.flatMap((bar) => {
        const content = bar.querySelector('.vis-item-content');
        if (!content) return [];
        const label = content.getBoundingClientRect();
        const box = bar.getBoundingClientRect();
        // Bars out of sight (scrolled away vertically) cannot be cut on screen.
        if (box.bottom < panel.y || box.top > panel.y + panel.height) return [];
        const right = panel.x + panel.width;
        const room = bar.classList.contains('label-outside')
          ? { left: panel.x, right }
          : { left: Math.max(box.left, panel.x), right: Math.min(box.right, right) };
        const cut = label.left < room.left - 1 || label.right > room.right + 1;
        const sizes = `${Math.round(label.width)} px in ${Math.round(room.right - room.left)}`;
        return cut ? [`${content.textContent} (${sizes})`] : [];
      }),
    panel,
  );
}

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

describe.each(SIZES)('the timeline at %i×%i', (width, height) => {
  it('keeps a tall lane’s label in view while the lane scrolls', async () => {
    const page = await openAt('/', width, height);
    await timelineDrawn(page);
    const panel = await page.locator('.vis-panel.vis-left').boundingBox();
    const tall = await page.$$eval(
      '.vis-labelset .vis-label',
      (labels) =>
        labels
          .map((label, index) => {
            const box = label.getBoundingClientRect();
            const top = box.top - (label.parentElement?.getBoundingClientRect().top ?? 0);
            return { index, top, height: box.height };
          })
          .sort((a, b) => b.height - a.height)[0],
    );
    if (!panel || !tall) throw new Error('no timeline lanes');
    // The seed has a lane (Direktoratet for e-helse) taller than the window: else this test tests nothing.
    expect(tall.height).toBeGreaterThan(panel.height);
    // Scroll the labels (vis-timeline follows with the bars) to the middle of that lane.
    await page.$eval(
      '.vis-panel.vis-left',
      (left, to) => {
        left.scrollTop = to;
      },
      tall.top + tall.height / 2 - panel.height / 2,
    );
    await page.waitForTimeout(300);
    const seen = await page.$$eval(
      '.vis-labelset .vis-label .vis-inner',
      (inners, index) => {
        const inner = inners[index];
        const box = inner?.getBoundingClientRect();
        return { top: box?.top ?? -1, bottom: box?.bottom ?? -1, text: inner?.textContent ?? '' };
      },
      tall.index,
    );
    await screenshot(page, `readable-sticky-lane-${width}x${height}`);
    expect(seen.text).toBeTruthy();
    expect(seen.top).toBeGreaterThanOrEqual(panel.y - 1);
    expect(seen.bottom).toBeLessThanOrEqual(panel.y + panel.height + 1);
    await page.close();
  });

  it('cuts no bar label: a short bar has its name beside it', async () => {
    const page = await openAt('/', width, height);
    await timelineDrawn(page);
    await screenshot(page, `readable-timeline-${width}x${height}`);
    expect(await page.locator('.vis-item.label-outside').count()).toBeGreaterThan(0);
    expect(await clippedBarLabels(page)).toEqual([]);
    // Zoomed in to a year, other bars are short or cut by the window's edges.
    await page.goto(`${app.url}/?window=2024-01-01,2025-01-01`);
    await timelineDrawn(page);
    await screenshot(page, `readable-timeline-2024-${width}x${height}`);
    expect(await clippedBarLabels(page)).toEqual([]);
    await page.close();
  });
});

describe('the timeline’s lanes and window in the URL', () => {
  it('folds a lane to one roll-up bar with its count, all lanes, and unfolds them, kept in the URL', async () => {
    const page = await openAt('/');
    await timelineDrawn(page);
    const lanes = await page.locator('.lane-toggle').count();
    expect(lanes).toBeGreaterThan(3);
    const first = page.locator('.lane-toggle').first();
    const lane = await first.getAttribute('data-lane');
    expect(await first.getAttribute('aria-label')).toMatch(/^Fold sammen «.+»$/);
    await first.click();
    await page.waitForSelector('.vis-item.vk-rollup');
    expect(new URL(page.url()).searchParams.get('collapsed')).toBe(lane);
    expect(await page.locator('.vis-item.vk-rollup').textContent()).toMatch(/^\d+ tiltak/);
    expect(await page.locator('.lane-toggle').first().getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'readable-lane-collapsed');

    // The URL alone brings the fold back.
    await page.reload();
    await timelineDrawn(page);
    expect(await page.locator('.vis-item.vk-rollup').count()).toBe(1);

    // vis-timeline draws the items of lanes in view only: the folds are counted on the lane labels.
    const folded = (n: number) =>
      expect
        .poll(() => page.locator('.lane-toggle[aria-expanded="false"]').count(), { timeout: 15_000 })
        .toBe(n);
    await page.getByRole('button', { name: 'Fold sammen alle' }).click();
    await folded(lanes);
    expect(await page.locator('.vis-item.vk-item').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('collapsed')).toBe('*');
    await screenshot(page, 'readable-lanes-all-collapsed');

    // A click on a roll-up bar unfolds its lane.
    await page.locator('.vis-item.vk-rollup').first().click();
    await folded(lanes - 1);

    await page.getByRole('button', { name: 'Fold ut alle' }).click();
    await folded(0);
    expect(new URL(page.url()).searchParams.get('collapsed')).toBeNull();
    await page.close();
  });

  it('shows the window the URL gives, writes a zoom to the URL, and restores it on back', async () => {
    const page = await openAt('/?window=2023-01-01,2026-12-31');
    await timelineDrawn(page);
    const shown = () =>
      page.$eval('section.timeline', (el) => [
        el.getAttribute('data-window-start'),
        el.getAttribute('data-window-end'),
      ]);
    const urlWindow = () => new URL(page.url()).searchParams.get('window');
    expect(await shown()).toEqual(['2023-01-01', '2026-12-31']);

    await page.getByRole('button', { name: 'Zoom inn' }).click();
    // The window is written once the zoom settles (300 ms), later on a busy machine.
    await expect.poll(urlWindow, { timeout: 15_000 }).not.toBe('2023-01-01,2026-12-31');
    const zoomed = urlWindow();
    expect(zoomed).toMatch(/^\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/);
    expect(await shown()).toEqual(zoomed?.split(','));
    const [start, end] = (zoomed ?? '').split(',');
    expect(start && start > '2023-01-01').toBe(true);
    expect(end && end < '2026-12-31').toBe(true);

    // Away to the graph and back: the zoomed window comes back with the page's URL.
    await page.locator('nav a', { hasText: 'Avhengigheter' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 15_000 }).toBe('graph');
    await page.goBack();
    await timelineDrawn(page);
    expect(await shown()).toEqual(zoomed?.split(','));
    await page.close();
  });
});

describe.each(SIZES)('the dependency graph at %i×%i', (width, height) => {
  it('has a legend entry for every shape, colour and line it draws', async () => {
    // Helseplattformen and Schrems II with their owners: boxes, diamonds, a risk, conditions, actors.
    const page = await openAt(
      '/?view=graph&roots=helseplattformen,schrems-ii&depth=3&owners=1',
      width,
      height,
    );
    await page.waitForSelector('.network[data-drawn-nodes]');
    await page.waitForTimeout(300);
    await screenshot(page, `readable-graph-${width}x${height}`);
    const words = (value: string | null) => (value ?? '').split(' ').filter(Boolean);
    const drawnStyles = words(await page.locator('.network').getAttribute('data-drawn-styles'));
    const drawnEdges = words(await page.locator('.network').getAttribute('data-drawn-edges'));
    const legend = page.getByTestId('graph-legend');
    const legendStyles = await legend
      .locator('[data-style]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-style')));
    const legendEdges = await legend
      .locator('[data-edge]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')));
    // Enough drawn that the check means something: several kinds and at least two kinds of line.
    expect(new Set(drawnStyles.map((s) => s.split('|')[0])).size).toBeGreaterThanOrEqual(3);
    expect(drawnEdges.length).toBeGreaterThanOrEqual(2);
    expect(drawnStyles.filter((s) => !legendStyles.includes(s))).toEqual([]);
    expect(drawnEdges.filter((e) => !legendEdges.includes(e))).toEqual([]);
    // Every entry is named in the UI's language (no empty or code-like words).
    const texts = await legend.locator('li:not(.legend-kind)').allTextContents();
    expect(texts.filter((t) => !t.trim() || /^[A-Z_]+$/.test(t.trim()))).toEqual([]);
    await page.close();
  });
});
