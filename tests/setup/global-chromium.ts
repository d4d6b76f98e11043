// Vitest global setup for the integration project, listed before the Neo4j one: when the run includes
// the browser tests and no Chromium is installed, stop the whole run at once with one line saying what
// to install, instead of starting Neo4j and failing minutes later with a stack trace. Never skips.
import { sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../e2e/chromium.js';
import { exitWithOneLine } from './oneLine.js';

const E2E_DIR = `${sep}tests${sep}e2e${sep}`;

export default function setup(project: TestProject): void {
  // The test files this run will execute; if Vitest ever stops telling, assume the browser tests run.
  const paths = project.vitest.state.getPaths();
  const runsBrowserTests = paths.length === 0 || paths.some((path) => path.includes(E2E_DIR));
  if (!runsBrowserTests) return;
  const lookup = findChromium();
  if (!lookup.found) exitWithOneLine(lookup.message);
}
