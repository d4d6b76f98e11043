import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSortedSchema } from '../../server/graphql/schema.js';
import { repoRoot } from '../../server/repoRoot.js';

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (run npm run schema:print after changing types)', () => {
    const checkedIn = readFileSync(join(repoRoot, 'schema', 'schema.graphql'), 'utf8');
    expect(printSortedSchema()).toBe(checkedIn);
  });
});
