// The words the exports print, in bokmål (default) and English. One table so a translation is
// reviewed in one place; values that are codes (FS, 2023-Q1) are never translated.
import { TIMELINE_WORDS } from '../domain/drawing/timelineDrawing.js';
import {
  DEPENDENCY_KIND as DEPENDENCY_KIND_VOCABULARY,
  DEPENDENCY_STATE as DEPENDENCY_STATE_VOCABULARY,
  INITIATIVE_KIND as INITIATIVE_KIND_VOCABULARY,
  type Locale,
  MILESTONE_STATUS,
  PRECISION as PRECISION_VOCABULARY,
  ROADMAP_GROUPING,
  STATUS_COLOUR,
  UNKNOWN_STATUS,
  VERDICT as VERDICT_VOCABULARY,
  type Words,
} from '../domain/model/index.js';

export type { Locale };

// Every code's words come from the vocabulary tables (server/domain/model/vocabulary.ts), so the
// exports say what the screen says.
export const PRECISION = PRECISION_VOCABULARY.labels;

/** Status colours of initiatives and statuses of milestones, with one phrase for no status. */
export const STATUS: Record<string, Words> = {
  ...STATUS_COLOUR.labels,
  ...MILESTONE_STATUS.labels,
  unknown: UNKNOWN_STATUS,
};

export const VERDICT: Record<string, Words> = VERDICT_VOCABULARY.labels;
export const DEPENDENCY_STATE: Record<string, Words> = DEPENDENCY_STATE_VOCABULARY.labels;
export const DEPENDENCY_KIND: Record<string, Words> = DEPENDENCY_KIND_VOCABULARY.labels;

export const INITIATIVE_KIND: Record<string, Words> = {
  ...INITIATIVE_KIND_VOCABULARY.labels,
  milestone: { nb: 'Milepæl', en: 'Milestone' },
};

/** The engine's item kinds. */
export const ITEM_KIND: Record<string, Words> = {
  initiative: { nb: 'tiltak', en: 'initiative' },
  milestone: { nb: 'milepæl', en: 'milestone' },
  condition: { nb: 'forutsetning', en: 'condition' },
  goal: { nb: 'mål', en: 'goal' },
};

export const GROUPING: Record<string, Words> = ROADMAP_GROUPING.labels;

export const WORDS = {
  veikart: { nb: 'Veikart', en: 'Veikart' },
  period: { nb: 'Periode', en: 'Period' },
  groupedBy: { nb: 'Gruppert etter', en: 'Grouped by' },
  filter: { nb: 'Filter', en: 'Filter' },
  exported: { nb: 'Eksportert', en: 'Exported' },
  page: TIMELINE_WORDS.page,
  of: TIMELINE_WORDS.of,
  legend: TIMELINE_WORDS.legend,
  milestone: { nb: 'Milepæl', en: 'Milestone' },
  initiative: { nb: 'Tiltak', en: 'Initiative' },
  dependency: TIMELINE_WORDS.dependency,
  noItems: TIMELINE_WORDS.noItems,
  days: { nb: 'dager', en: 'days' },
  continued: TIMELINE_WORDS.continued,
  dataPer: { nb: 'Data per', en: 'Data as of' },
  /** The plan the export shows: the current plan, not a scenario or a baseline. */
  plan: {
    nb: 'gjeldende plan (ikke scenario eller basislinje)',
    en: 'current plan (no scenario or baseline)',
  },
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

/** The label in lower case, for use inside a sentence or a parenthesis ("gruppert etter eier"). */
export function lowerLabelOf(
  table: Record<string, Words>,
  code: string | null | undefined,
  locale: Locale,
): string {
  return labelOf(table, code, locale).toLocaleLowerCase(locale === 'nb' ? 'nb-NO' : 'en-GB');
}
