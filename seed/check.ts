// npm run seed:check — validate the seed data without touching a database.
// With --counts it prints the count tables that seed/README.md shows.
import { seedCountTables } from './counts.js';
import { formatIssue } from './issues.js';
import { checkSeed } from './loadDataset.js';

const { dataset, issues } = checkSeed();
if (process.argv.includes('--counts')) {
  process.stdout.write(`${seedCountTables(dataset)}\n`);
  process.exit(issues.length === 0 ? 0 : 1);
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
