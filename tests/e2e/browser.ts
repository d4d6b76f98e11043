// Helpers for the browser tests: build the client when dist/client is missing or older than its
// sources, launch Debian's Chromium (found by chromium.ts) through playwright-core, and save
// screenshots as test artifacts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { findChromium } from './chromium.js';

const root = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(root, 'test-results/screenshots');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureClientBuilt(): void {
  const index = join(root, 'dist/client/index.html');
  const sources = Math.max(
    newestMtime(join(root, 'client/src')),
    statSync(join(root, 'client/index.html')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

export async function launchBrowser(): Promise<Browser> {
  const lookup = findChromium();
  if (!lookup.found) throw new Error(lookup.message);
  return chromium.launch({
    executablePath: lookup.path,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A Norwegian page, 1280×720 (a laptop) unless told (1920×1080: a projector). */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'nb-NO' });
  page.setDefaultTimeout(20_000);
  return page;
}

/** A new page at `viewport` that has opened `url` (30 s per step: the first load builds the app's caches). */
export async function openPage(
  browser: Browser,
  url: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await newPage(browser, viewport);
  page.setDefaultTimeout(30_000);
  await page.goto(url);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
