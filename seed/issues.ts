// A problem found in the seed data, located well enough to fix it: file (and line), record, field.
export interface SeedIssue {
  file: string;
  line?: number;
  kind: string;
  id?: string;
  field?: string;
  message: string;
}

export function formatIssue(issue: SeedIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const what = [issue.kind, issue.id].filter(Boolean).join(' ');
  const field = issue.field ? ` field ${issue.field}` : '';
  return `${where}: ${what}${field}: ${issue.message}`;
}

/** Thrown when the data is invalid; nothing has been written. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly issues: SeedIssue[]) {
    super(
      `The seed data has ${issues.length} problem${issues.length === 1 ? '' : 's'}; nothing was written:\n${issues
        .slice(0, 50)
        .map((i) => `  - ${formatIssue(i)}`)
        .join('\n')}${issues.length > 50 ? `\n  … and ${issues.length - 50} more` : ''}`,
    );
  }
}
