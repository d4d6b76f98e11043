// Reads seed/data/<paper>/<kind>.yaml into validated records that remember where they came from.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isAlias, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { SeedIssue } from './issues.js';
import { RECORD_KINDS, RECORD_SCHEMAS, type RecordKind } from './schema/records.js';

export interface Located<T> {
  record: T;
  file: string;
  line: number;
}

export type RawRecords = { [K in RecordKind]: Located<Record<string, unknown>>[] };

export function emptyRawRecords(): RawRecords {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, []])) as unknown as RawRecords;
}

/** Every YAML file under dataDir, parsed and checked against its kind's schema. */
export function readSeedFiles(
  dataDir: string,
  repoRoot: string,
): { records: RawRecords; issues: SeedIssue[] } {
  const records = emptyRawRecords();
  const issues: SeedIssue[] = [];
  if (!existsSync(dataDir)) {
    issues.push({
      file: relative(repoRoot, dataDir),
      kind: 'data',
      message: 'the seed data folder does not exist',
    });
    return { records, issues };
  }
  for (const paper of readdirSync(dataDir).sort()) {
    const paperDir = join(dataDir, paper);
    if (!statSync(paperDir).isDirectory()) continue;
    for (const fileName of readdirSync(paperDir).sort()) {
      const file = relative(repoRoot, join(paperDir, fileName));
      const kind = fileName.replace(/\.ya?ml$/, '') as RecordKind;
      if (!fileName.match(/\.ya?ml$/) || !(kind in RECORD_SCHEMAS)) {
        issues.push({
          file,
          kind: 'file',
          message: `unexpected file: use one of ${RECORD_KINDS.join(', ')} (.yaml)`,
        });
        continue;
      }
      readOneFile(join(paperDir, fileName), file, kind, records, issues);
    }
  }
  return { records, issues };
}

function readOneFile(
  path: string,
  file: string,
  kind: RecordKind,
  records: RawRecords,
  issues: SeedIssue[],
): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      issues.push({
        file,
        line: error.linePos?.[0]?.line,
        kind,
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      });
    }
    return;
  }
  if (doc.contents === null) return;
  if (!isSeq(doc.contents)) {
    issues.push({ file, kind, message: 'the file must be a YAML list of records' });
    return;
  }
  const schema = RECORD_SCHEMAS[kind];
  // toJS on the whole document resolves anchors and aliases; the nodes give each record its line.
  const values = doc.toJS({ maxAliasCount: 10_000 }) as unknown[];
  doc.contents.items.forEach((node, index) => {
    const line =
      node && typeof node === 'object' && 'range' in node && node.range
        ? lineCounter.linePos(node.range[0]).line
        : 0;
    const value: unknown = isMap(node) || isAlias(node) ? values[index] : null;
    if (value === null) {
      issues.push({ file, line, kind, message: `item ${index + 1} is not a record (a YAML mapping)` });
      return;
    }
    const id = recordLabel(kind, value as Record<string, unknown>);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const problem of parsed.error.issues) {
        issues.push({
          file,
          line,
          kind,
          id,
          field: problem.path.join('.') || undefined,
          message: problem.message,
        });
      }
      return;
    }
    records[kind].push({ record: parsed.data as Record<string, unknown>, file, line });
  });
}

export function recordLabel(kind: RecordKind, value: Record<string, unknown>): string | undefined {
  if (kind === 'dependencies') return `${String(value.from)} -> ${String(value.to)}`;
  return typeof value.id === 'string' ? value.id : undefined;
}
