// The words the exports print, in bokmål (default) and English. One table so a translation is
// reviewed in one place; values that are codes (FS, 2023-Q1) are never translated.
import type { Precision } from '../domain/dates/index.js';

export type Locale = 'nb' | 'en';

type Words = Record<Locale, string>;

export const PRECISION: Record<Precision, Words> = {
  day: { nb: 'dag', en: 'day' },
  month: { nb: 'måned', en: 'month' },
  quarter: { nb: 'kvartal', en: 'quarter' },
  half: { nb: 'halvår', en: 'half-year' },
  year: { nb: 'år', en: 'year' },
};

export const STATUS: Record<string, Words> = {
  green: { nb: 'Grønn', en: 'Green' },
  yellow: { nb: 'Gul', en: 'Yellow' },
  red: { nb: 'Rød', en: 'Red' },
  grey: { nb: 'Grå', en: 'Grey' },
  blue: { nb: 'Blå', en: 'Blue' },
  unknown: { nb: 'Ukjent', en: 'Unknown' },
  planned: { nb: 'Planlagt', en: 'Planned' },
  done: { nb: 'Fullført', en: 'Done' },
  delayed: { nb: 'Forsinket', en: 'Delayed' },
  cancelled: { nb: 'Avlyst', en: 'Cancelled' },
};

export const VERDICT: Record<string, Words> = {
  'as-planned': { nb: 'Som planlagt', en: 'As planned' },
  'at-risk': { nb: 'Usikkert', en: 'At risk' },
  'not-as-planned': { nb: 'Ikke som planlagt', en: 'Not as planned' },
};

export const DEPENDENCY_STATE: Record<string, Words> = {
  met: { nb: 'Oppfylt', en: 'Met' },
  'on-track': { nb: 'I rute', en: 'On track' },
  'at-risk': { nb: 'Usikker', en: 'At risk' },
  delayed: { nb: 'Forsinket', en: 'Delayed' },
  'not-met': { nb: 'Ikke oppfylt', en: 'Not met' },
  unknown: { nb: 'Ukjent', en: 'Unknown' },
};

export const DEPENDENCY_KIND: Record<string, Words> = {
  technical: { nb: 'teknisk', en: 'technical' },
  delivery: { nb: 'leveranse', en: 'delivery' },
  financing: { nb: 'finansiering', en: 'financing' },
  legal: { nb: 'juridisk', en: 'legal' },
  organisational: { nb: 'organisatorisk', en: 'organisational' },
};

export const INITIATIVE_KIND: Record<string, Words> = {
  programme: { nb: 'program', en: 'programme' },
  project: { nb: 'prosjekt', en: 'project' },
  'national-solution': { nb: 'nasjonal løsning', en: 'national solution' },
  plan: { nb: 'plan', en: 'plan' },
  strategy: { nb: 'strategi', en: 'strategy' },
  scheme: { nb: 'ordning', en: 'scheme' },
  regulation: { nb: 'regelverk', en: 'regulation' },
  standard: { nb: 'standard', en: 'standard' },
  tiltak: { nb: 'tiltak', en: 'tiltak' },
  milestone: { nb: 'milepæl', en: 'milestone' },
};

/** The engine's item kinds. */
export const ITEM_KIND: Record<string, Words> = {
  initiative: { nb: 'tiltak', en: 'initiative' },
  milestone: { nb: 'milepæl', en: 'milestone' },
  condition: { nb: 'forutsetning', en: 'condition' },
  goal: { nb: 'mål', en: 'goal' },
};

export const GROUPING: Record<string, Words> = {
  actor: { nb: 'eier', en: 'owner' },
  programme: { nb: 'program', en: 'programme' },
  goal: { nb: 'veikartmål', en: 'veikart goal' },
  status: { nb: 'status', en: 'status' },
};

export const WORDS = {
  veikart: { nb: 'Veikart', en: 'Veikart' },
  period: { nb: 'Periode', en: 'Period' },
  groupedBy: { nb: 'Gruppert etter', en: 'Grouped by' },
  filter: { nb: 'Filter', en: 'Filter' },
  exported: { nb: 'Eksportert', en: 'Exported' },
  page: { nb: 'Side', en: 'Page' },
  of: { nb: 'av', en: 'of' },
  legend: { nb: 'Tegnforklaring', en: 'Legend' },
  milestone: { nb: 'Milepæl', en: 'Milestone' },
  initiative: { nb: 'Tiltak', en: 'Initiative' },
  dependency: { nb: 'Avhengighet', en: 'Dependency' },
  noItems: {
    nb: 'Ingen tiltak i perioden med dette filteret.',
    en: 'No items in the period with this filter.',
  },
  days: { nb: 'dager', en: 'days' },
  continued: { nb: 'forts.', en: 'cont.' },
} satisfies Record<string, Words>;

/** A label for a code from one of the tables, or the code itself. */
export function labelOf(
  table: Record<string, Words>,
  code: string | null | undefined,
  locale: Locale,
): string {
  if (code === null || code === undefined || code === '') return '';
  return table[code]?.[locale] ?? code;
}

/** "+14 d", "-3 d", "" for zero: how a lag reads in a cell. */
export function lagText(lagDays: number): string {
  if (!lagDays) return '';
  return `${lagDays > 0 ? '+' : ''}${lagDays} d`;
}
