// Reads an MSPDI file with MPXJ (tools/mspdi-check, a Maven project) and returns what MPXJ
// understood. Built once with mvn and cached by a stamp of its pom and source, like the local Neo4j.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../server/repoRoot.js';

const project = join(repoRoot, 'tools', 'mspdi-check');
const source = join(project, 'src/main/java/no/veikart/mspdi/MspdiCheck.java');

export interface MpxjDuration {
  value: number;
  units: string;
}

export interface MpxjTask {
  uid: number;
  id: number;
  name: string | null;
  outlineLevel: number | null;
  start: string | null;
  finish: string | null;
  milestone: boolean;
  summary: boolean;
  duration: MpxjDuration | null;
  notes: string | null;
  predecessors: { uid: number; type: string; lag: MpxjDuration | null }[];
}

export interface MpxjSummary {
  format: string | null;
  application: string | null;
  title: string | null;
  tasks: MpxjTask[];
}

export function ensureMspdiCheckBuilt(): void {
  const stamp = createHash('sha256')
    .update(readFileSync(join(project, 'pom.xml')))
    .update(readFileSync(source))
    .digest('hex');
  const stampFile = join(project, 'target', 'veikart-build.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  const result = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], { cwd: project, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`building tools/mspdi-check failed (mvn package):\n${result.stdout}${result.stderr}`);
  }
  writeFileSync(stampFile, stamp);
}

export function readWithMpxj(file: string): MpxjSummary {
  ensureMspdiCheckBuilt();
  const classpath = [
    join(project, 'target', 'veikart-mspdi-check-1.0.0.jar'),
    join(project, 'target', 'lib', '*'),
  ].join(':');
  const result = spawnSync('java', ['-cp', classpath, 'no.veikart.mspdi.MspdiCheck', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`MPXJ could not read ${file}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as MpxjSummary;
}
