// npm run seed:check — validate the seed data without touching a database.
// With --counts it prints the count tables that seed/README.md shows; --write-counts writes them there.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../server/seedEntry.js';
import { seedCountTables, withCountTables } from './counts.js';
import { formatIssue } from './issues.js';
import { checkSeed } from './loadDataset.js';

const { dataset, issues } = checkSeed();
const readmePath = join(repoRoot, 'seed', 'README.md');
if (process.argv.includes('--counts')) {
  process.stdout.write(`${seedCountTables(dataset)}\n`);
  process.exit(issues.length === 0 ? 0 : 1);
}
if (process.argv.includes('--write-counts')) {
  if (issues.length > 0) {
    process.stdout.write(`${issues.length} problems: fix them before writing the counts.\n`);
    process.exit(1);
  }
  writeFileSync(readmePath, withCountTables(readFileSync(readmePath, 'utf8'), seedCountTables(dataset)));
  process.stdout.write(`Counts written to ${readmePath}.\n`);
  process.exit(0);
}
const only = process.argv[2];
const shown = only ? issues.filter((i) => i.file.includes(only)) : issues;
for (const issue of shown) process.stdout.write(`${formatIssue(issue)}\n`);
const counts = Object.entries(dataset)
  .map(([kind, records]) => `${kind} ${(records as unknown[]).length}`)
  .join(', ');
process.stdout.write(
  `\n${counts}\n${issues.length === 0 ? 'The seed data is valid.' : `${issues.length} problems${only ? ` (${shown.length} in ${only})` : ''}.`}\n`,
);
process.exit(issues.length === 0 ? 0 : 1);
