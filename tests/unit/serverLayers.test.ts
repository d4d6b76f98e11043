// The server's layers as biome.json enforces them (see "Layers" in the README): Biome, run with the
// real configuration on fixture files, refuses each import that breaks a layer and lets the
// allowed ones through.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

// Each fixture file imports these specifiers; `bad` ones must be reported, `ok` ones must not.
const FIXTURES: { file: string; bad: string[]; ok: string[] }[] = [
  {
    file: 'server/domain/model/fixture.ts',
    bad: [
      '../../db/database.js',
      '../../services/roadmapView.js',
      '../../errors.js',
      'neo4j-driver',
      'node:fs',
    ],
    ok: ['./vocabulary.js', '../dates/index.js', 'zod'],
  },
  {
    file: 'server/db/repositories/fixture.ts',
    bad: [
      '../../services/roadmapView.js',
      '../../graphql/builder.js',
      '../../export/labels.js',
      '../../../seed/toGraph.js',
    ],
    ok: ['../../domain/model/index.js', '../decode.js', 'neo4j-driver'],
  },
  {
    file: 'server/services/fixture.ts',
    bad: ['../graphql/builder.js', '../http/auth.js', '../export/labels.js'],
    ok: ['../db/repositories/entityRepository.js', '../domain/model/index.js', './impactRun.js'],
  },
  {
    file: 'server/export/fixture.ts',
    bad: ['../db/repositories/planRepository.js', '../graphql/builder.js'],
    ok: ['../services/roadmapRows.js', './labels.js'],
  },
  {
    file: 'server/graphql/types/fixture.ts',
    bad: ['../../export/labels.js', '../../http/exports/params.js', '../../../seed/index.js'],
    ok: ['../../http/auth.js', '../../services/scenarios.js', '../../db/repositories/entityRepository.js'],
  },
  {
    file: 'server/http/exports/fixture.ts',
    bad: ['../../graphql/builder.js', '../../db/repositories/planRepository.js'],
    ok: ['../../services/roadmapRows.js', '../../export/csv.js', '../../db/database.js'],
  },
  {
    file: 'seed/fixture.ts',
    bad: ['../server/db/database.js', '../server/domain/model/index.js'],
    ok: ['../server/seedEntry.js', './documents.js'],
  },
];

describe('Biome on fixture files of each server layer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veikart-server-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function lint(): string {
    const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
    writeFileSync(join(dir, 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }));
    for (const { file, bad, ok } of FIXTURES) {
      const imports = [...bad, ...ok];
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      const lines = imports.map((from, i) => `import * as m${i} from '${from}';`);
      writeFileSync(
        join(dir, file),
        `${lines.join('\n')}\nexport const all = [${imports.map((_, i) => `m${i}`)}];\n`,
      );
    }
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/biome'),
      ['lint', '--colors=off', '--max-diagnostics=200', '.'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    return `${run.stdout}\n${run.stderr}`;
  }

  it('reports exactly the imports that break a layer', () => {
    const output = lint();
    const reported = [...output.matchAll(/^(\S+\.ts):(\d+):\d+ lint\/style\/noRestrictedImports/gm)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    const expected = FIXTURES.flatMap(({ file, bad }) => bad.map((_, i) => `${file}:${i + 1}`));
    expect(reported.sort()).toEqual(expected.sort());
    expect(output).toContain('Server layers: domain/ is pure');
    expect(output).toContain('Seed layers: seed/ uses the server only through server/seedEntry.ts');
  }, 60_000);
});
