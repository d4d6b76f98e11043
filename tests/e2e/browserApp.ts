// What every browser test file starts with: the client built, the seed loaded, the app on the test
// database and Chromium; and what it stops after its last test.
import type { Browser } from 'playwright-core';
import type { Database } from '../../server/db/database.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { openTestDatabase } from '../support/database.js';
import { ensureSeeded } from '../support/seed.js';
import { ensureClientBuilt, launchBrowser } from './browser.js';

export interface BrowserApp {
  db: Database;
  app: TestApp;
  browser: Browser;
}

export async function startBrowserApp(): Promise<BrowserApp> {
  ensureClientBuilt();
  const db = openTestDatabase();
  await ensureSeeded(db);
  const app = await startTestApp(db);
  return { db, app, browser: await launchBrowser() };
}

/** Stops what startBrowserApp started, whatever of it did start. */
export async function stopBrowserApp(started: Partial<BrowserApp>): Promise<void> {
  await started.browser?.close();
  await started.app?.stop();
  await started.db?.close();
}
