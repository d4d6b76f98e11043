// The source papers as lines, for checking that every quote stands where its source says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Paper {
  file: string;
  lines: string[];
}

export function readPapers(papersDir: string): Map<string, Paper> {
  const papers = new Map<string, Paper>();
  if (!existsSync(papersDir)) return papers;
  for (const file of readdirSync(papersDir).filter((f) => f.endsWith('.txt'))) {
    papers.set(file, { file, lines: readFileSync(join(papersDir, file), 'utf8').split('\n') });
  }
  return papers;
}

/** Whitespace, soft hyphens and the HTML tags of the extracted text don't count when matching a quote. */
export function foldForQuote(text: string): string {
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[\s\u00ad]+/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[–—]/g, '-');
}

export function quoteStandsIn(paper: Paper, from: number, to: number, quote: string): boolean {
  const span = paper.lines.slice(from - 1, to).join('\n');
  return foldForQuote(span).includes(foldForQuote(quote));
}
