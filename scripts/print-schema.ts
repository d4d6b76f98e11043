// npm run schema:print — writes the sorted GraphQL schema to schema/schema.graphql (checked in;
// a test fails when the file and the code disagree).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSortedSchema } from '../server/graphql/schema.js';
import { repoRoot } from '../server/repoRoot.js';

writeFileSync(join(repoRoot, 'schema', 'schema.graphql'), printSortedSchema());
process.stdout.write('schema/schema.graphql written\n');
