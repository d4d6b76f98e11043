// The repository root, found from this file whether it runs from source (server/) or from the
// build (dist/server/): the nearest folder upwards with the project's package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'veikart') {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No veikart package.json above ${start}`);
    dir = parent;
  }
}

export const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
