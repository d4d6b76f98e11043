// The client's layers as biome.json enforces them: a feature (client/src/features/<name>/) imports
// app/, components/, i18n/, gql/, shared/ and itself, never another feature; app/, components/, i18n/
// and shared/ import no feature. Checked two ways: every feature folder has its override naming every
// other feature, and Biome, run on fixture files with the real configuration, refuses a cross-feature
// import and lets the allowed ones through.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FEATURES = readdirSync(join(ROOT, 'client/src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Override {
  includes?: string[];
  linter?: {
    rules?: {
      style?: { noRestrictedImports?: { level: string; options?: { patterns?: { group: string[] }[] } } };
    };
  };
}
const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as { overrides?: Override[] };

function restrictedFor(folder: string): string[] {
  const override = config.overrides?.find((o) => o.includes?.includes(`client/src/${folder}/**`));
  const rule = override?.linter?.rules?.style?.noRestrictedImports;
  expect(rule?.level, `biome.json has no noRestrictedImports override for client/src/${folder}`).toBe(
    'error',
  );
  return (rule?.options?.patterns ?? []).flatMap((p) => p.group);
}

describe('biome.json', () => {
  it('knows the feature folders', () => {
    expect(FEATURES).toEqual(
      expect.arrayContaining(['details', 'graph', 'impact', 'scenarios', 'timeline', 'year-agenda']),
    );
    expect(FEATURES).not.toContain('export');
  });

  it.each(FEATURES)('forbids features/%s to import any other feature', (feature) => {
    const patterns = restrictedFor(`features/${feature}`);
    for (const other of FEATURES.filter((f) => f !== feature))
      expect(patterns).toEqual(
        expect.arrayContaining([`../${other}`, `../${other}/**`, `**/features/${other}/**`]),
      );
    expect(patterns.some((p) => p.includes(`/${feature}`) && !p.startsWith('**/features/'))).toBe(false);
    expect(patterns).not.toContain(`**/features/${feature}/**`);
  });

  it.each(['app', 'components', 'i18n', 'shared'])('forbids %s/ to import a feature', (folder) => {
    expect(restrictedFor(folder)).toEqual(expect.arrayContaining(['**/features/**']));
  });
});

describe('Biome on fixture files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veikart-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const fixtures: Record<string, string[]> = {
    // refused
    'client/src/features/timeline/bad.ts': ["'../graph/networkData'", "'../../features/impact/ImpactView'"],
    'client/src/features/impact/sub/bad.ts': ["'../../scenarios/Scenarios'"],
    'client/src/shared/bad.ts': ["'../features/timeline/timelineData'"],
    // allowed
    'client/src/features/graph/ok.ts': [
      "'../../shared/vis/networkNodes'",
      "'../../components/status'",
      "'../../app/url'",
      "'./networkData'",
      "'react'",
    ],
    'client/src/App.ts': ["'./features/impact/ImpactView'", "'./features/scenarios/Scenarios'"],
  };

  function lint(): string {
    // The real configuration, outside git (so without the VCS integration).
    const copy = { ...config, vcs: { enabled: false } };
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(copy));
    for (const [file, imports] of Object.entries(fixtures)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      const lines = imports.map((from, i) => `import * as m${i} from ${from};`);
      writeFileSync(
        join(dir, file),
        `${lines.join('\n')}\nexport const all = [${imports.map((_, i) => `m${i}`)}];\n`,
      );
    }
    const biome = join(ROOT, 'node_modules/.bin/biome');
    const run = spawnSync(biome, ['lint', '--colors=off', '--max-diagnostics=100', '.'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return `${run.stdout}\n${run.stderr}`;
  }

  it('reports exactly the cross-feature imports', () => {
    const output = lint();
    const reported = [...output.matchAll(/^(\S+\.ts):(\d+):\d+ lint\/style\/noRestrictedImports/gm)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(reported.sort()).toEqual(
      [
        'client/src/features/impact/sub/bad.ts:1',
        'client/src/features/timeline/bad.ts:1',
        'client/src/features/timeline/bad.ts:2',
        'client/src/shared/bad.ts:1',
      ].sort(),
    );
    expect(output).toContain('Client layers: features/timeline imports only');
  }, 60_000);
});
