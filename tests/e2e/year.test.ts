// The NUIT year on screen (1280×720 and 1920×1080): the verdict counts filter the tables, each tiltak
// shows its own reasons, no column is empty in every row and nothing scrolls inside the page; and a
// switch to English leaves no Norwegian UI text or reason on the year view and the impact view.
// Screenshots: test-results/screenshots/year-*.png.
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

/** Elements of the view that scroll inside the page (a box with its own scrollbar). */
const innerScrollers = (page: Page) =>
  page.$$eval('.year-view *', (elements) =>
    elements
      .filter((el) => {
        // (The tests are typed without the DOM library; this runs in the page.)
        const style = (
          globalThis as unknown as { getComputedStyle(e: unknown): { overflowX: string; overflowY: string } }
        ).getComputedStyle(el);
        const scrolls = (o: string) => o === 'auto' || o === 'scroll';
        return (
          (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
          (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        );
      })
      .map((el) => `${el.tagName}.${el.className}`),
  );

/** Per table, the headers of the columns that have no text in any row. */
const emptyColumns = (page: Page) =>
  page.$$eval('table.agenda', (tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      const rows = [...table.querySelectorAll('tbody tr')];
      return headers.filter((_, i) => rows.every((tr) => (tr.children[i]?.textContent ?? '').trim() === ''));
    }),
  );

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

describe.each(SIZES)('the NUIT year at %i×%i', (width, height) => {
  it('filters by a verdict count, shows each tiltak its reasons, no empty column, no inner scrolling', async () => {
    const page = await openAt(width, height, '/?view=year&year=2024');
    await page.waitForSelector('table.agenda tbody tr');
    const all = await page.locator('table.agenda tbody tr').count();
    expect(await innerScrollers(page)).toEqual([]);
    expect(await emptyColumns(page)).toEqual([]);
    // Every row has its own reasons.
    const reasonCounts = await page.$$eval('table.agenda tbody tr', (rows) =>
      rows.map((tr) => tr.querySelectorAll('.reasons li').length),
    );
    expect(reasonCounts.every((n) => n > 0)).toBe(true);
    // The page is longer than the window and scrolls as a whole.
    expect(await page.evaluate('document.documentElement.scrollHeight')).toBeGreaterThan(height);
    await screenshot(page, `year-${width}x${height}`);

    // "I fare" pressed: only its tiltak, the chip shows it is pressed; "Alle" brings all back.
    const atRisk = page.getByRole('button', { name: /^I fare: \d+$/ });
    const count = Number((await atRisk.locator('strong').textContent()) ?? 'NaN');
    await atRisk.click();
    await page.waitForFunction(`document.querySelectorAll('table.agenda tbody tr').length === ${count}`);
    expect(new URL(page.url()).searchParams.get('verdict')).toBe('at-risk');
    expect(await atRisk.getAttribute('aria-pressed')).toBe('true');
    const verdicts = await page.$$eval('table.agenda tbody tr', (rows) =>
      rows.map((tr) => tr.getAttribute('data-verdict')),
    );
    expect(new Set(verdicts)).toEqual(new Set(['AT_RISK']));
    expect(await emptyColumns(page)).toEqual([]);
    await screenshot(page, `year-filtered-${width}x${height}`);
    await page.getByRole('button', { name: /^Alle: \d+$/ }).click();
    await page.waitForFunction(`document.querySelectorAll('table.agenda tbody tr').length === ${all}`);
    expect(new URL(page.url()).searchParams.get('verdict')).toBeNull();
    await page.close();
  });
});

/**
 * Norwegian UI words and reason texts that must be gone after switching to English (the data's own
 * names, such as tiltak and goal names, stay as the papers write them).
 */
const NORWEGIAN = [
  'Kan tiltakene',
  'Papirene sier',
  'Forutsetningen er',
  'lysarket',
  'Ingen kjente hindringer',
  'Avhengigheten brytes',
  'Som planlagt',
  'Ikke som planlagt',
  'Begrunnelse',
  'Avhenger av',
  'Hva skal skje',
  'Saker og vedtak',
  'Datoene flyttet',
  'ikke flyttet',
  'siden forrige',
  'dager etter',
  'Alle:',
  'I fare:',
  'Konsekvenser',
  'forsinkes',
  'antatt',
  'tidligst etter',
  'udatert',
  'Ingen datoer i papirene',
  'sum langs',
  'kv.',
  'Eksporter',
  'Veikart-mål',
];

const norwegianIn = async (page: Page) => {
  // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, without hidden nodes
  const text = await page.locator('main').innerText();
  return NORWEGIAN.filter((word) => text.includes(word));
};

describe('switching to English', () => {
  it.each([
    [
      'year',
      '/?view=year&year=2024',
      'table.agenda tbody tr',
      'Can the initiatives be carried out as planned?',
    ],
    [
      'impact',
      '/?view=impact&delays=persontjenesten:8&risks=schrems-ii',
      '[data-testid="impact-summary"]',
      'Consequences',
    ],
  ] as const)('leaves no Norwegian on the %s view', async (name, path, ready, english) => {
    const page = await openAt(1280, 720, path);
    await page.waitForSelector(ready);
    expect((await norwegianIn(page)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Bytt språk til engelsk' }).click();
    await page.getByText(english, { exact: true }).first().waitFor();
    await page.waitForSelector(ready);
    // Every refetched answer arrives (an engine run may take a few seconds on a busy machine).
    await expect.poll(() => norwegianIn(page), { timeout: 20_000 }).toEqual([]);
    await screenshot(page, `${name}-english`);
    await page.close();
  });
});
