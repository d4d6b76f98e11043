// How much the seed holds, per kind and split into stated and inferred, as the Markdown tables that
// seed/README.md shows (`npm run seed:check -- --counts` prints them; a test keeps the README true).
import { CONDITION_KIND, DEPENDENCY_KIND, RISK_KIND } from '../server/seedEntry.js';
import type { SeedDataset } from './dataset.js';

interface Marked {
  inferred?: boolean | undefined;
}

function statedAndInferred(items: readonly Marked[]): [number, number] {
  const inferred = items.filter((i) => i.inferred === true).length;
  return [items.length - inferred, inferred];
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One row per code of a vocabulary (in its order), then the total. */
function byKind<T extends Marked>(
  codes: readonly string[],
  items: readonly T[],
  kindOf: (item: T) => string,
): (string | number)[][] {
  const rows = codes.map((code) => [
    `\`${code}\``,
    ...statedAndInferred(items.filter((i) => kindOf(i) === code)),
  ]);
  return [...rows, ['total', ...statedAndInferred(items)]];
}

export function seedCountTables(dataset: SeedDataset): string {
  const records = Object.entries(dataset).map(([kind, list]) => [kind, (list as unknown[]).length]);
  const effects = dataset.risks.flatMap((r) => r.affects ?? []);
  return [
    table(['records', 'count'], records),
    table(
      ['dependency kind', 'stated', 'inferred'],
      byKind(DEPENDENCY_KIND.codes, dataset.dependencies, (d) => d.kind),
    ),
    table(
      ['risk or event kind', 'stated', 'inferred'],
      byKind(RISK_KIND.codes, dataset.risks, (r) => r.kind ?? 'other'),
    ),
    table(
      ['effects of risks and events (AFFECTS)', 'stated', 'inferred'],
      [['total', ...statedAndInferred(effects)]],
    ),
    table(
      ['condition kind', 'stated', 'inferred'],
      byKind(CONDITION_KIND.codes, dataset.conditions, (c) => c.kind ?? 'other'),
    ),
  ].join('\n\n');
}

const START = '<!-- counts:start -->';
const END = '<!-- counts:end -->';

/** The README text with the tables between its counts markers replaced. */
export function withCountTables(readme: string, tables: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`seed/README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${tables}\n${readme.slice(end)}`;
}
