// Reads, merges and validates the seed folder: the one entry point for the loader, the CLI and tests.
import { join } from 'node:path';
import { repoRoot } from '../server/seedEntry.js';
import type { SeedDataset } from './dataset.js';
import { type SeedIssue, SeedValidationError } from './issues.js';
import { mergeRecords } from './merge.js';
import { readPapers } from './papers.js';
import { readSeedFiles } from './read.js';
import { validateDataset } from './validate.js';

export const defaultDataDir = join(repoRoot, 'seed', 'data');
export const defaultPapersDir = join(repoRoot, 'seed', 'papers');

export function checkSeed(
  dataDir = defaultDataDir,
  papersDir = defaultPapersDir,
): { dataset: SeedDataset; issues: SeedIssue[] } {
  const read = readSeedFiles(dataDir, repoRoot);
  const { merged, issues: mergeIssues } = mergeRecords(read.records);
  const { dataset, issues } = validateDataset(merged, readPapers(papersDir));
  return { dataset, issues: [...read.issues, ...mergeIssues, ...issues] };
}

/** The dataset, or a SeedValidationError listing every problem. */
export function loadSeedDataset(dataDir = defaultDataDir, papersDir = defaultPapersDir): SeedDataset {
  const { dataset, issues } = checkSeed(dataDir, papersDir);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return dataset;
}
