// The veikart view as the timeline drawing every timeline export draws (PDF, SVG/PNG, slides): the
// rows of the view, and the lines that say what the picture is (period, grouping, filter, data per).

import { formatPrecisionDate, parsePrecisionDate } from '../domain/dates/index.js';
import type { Drawing, PageFormat } from '../domain/drawing/shapes.js';
import { drawTimeline } from '../domain/drawing/timelineDrawing.js';
import type { RoadmapExportData } from '../services/roadmapRows.js';
import { GROUPING, INITIATIVE_KIND, type Locale, labelOf, lowerLabelOf, STATUS, WORDS } from './labels.js';

export interface RoadmapDrawingOptions {
  page: PageFormat;
  /** The export date (ISO day): the data is as of this day. */
  date: string;
  title: string;
  /** At most this many months a page (default: by page size). */
  maxMonths?: number;
}

const dayText = (iso: string, locale: Locale) => formatPrecisionDate(parsePrecisionDate(iso), locale);

/** The filter in words, or null when nothing is filtered. */
export function roadmapFilterText(data: RoadmapExportData, locale: Locale): string | null {
  const parts = [
    data.actorNames.length ? data.actorNames.join(', ') : null,
    data.filter.kinds.length
      ? data.filter.kinds.map((k) => labelOf(INITIATIVE_KIND, k, locale)).join(', ')
      : null,
    data.filter.statuses.length
      ? data.filter.statuses.map((s) => labelOf(STATUS, s, locale)).join(', ')
      : null,
    data.filter.text ? `«${data.filter.text}»` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/** What a roadmap export shows, one line each: period and grouping, filter, data per. */
export function roadmapDescription(data: RoadmapExportData, locale: Locale, date: string): string[] {
  const filter = roadmapFilterText(data, locale);
  const noFilter = locale === 'nb' ? 'Filter: ingen (alle tiltak)' : 'Filter: none (all items)';
  return [
    `${WORDS.period[locale]}: ${dayText(data.from, locale)} – ${dayText(data.to, locale)} · ${WORDS.groupedBy[locale]} ${lowerLabelOf(GROUPING, data.groupBy, locale)}`,
    filter ? `${WORDS.filter[locale]}: ${filter}` : noFilter,
    `${WORDS.dataPer[locale]} ${dayText(date, locale)} · ${WORDS.plan[locale]}`,
  ];
}

/** What a roadmap table shows, as label–value rows for a workbook's "about" sheet and properties. */
export function roadmapAbout(
  data: RoadmapExportData,
  locale: Locale,
  date: string,
): { sheet: string; rows: [string, string][] } {
  const nb = locale === 'nb';
  return {
    sheet: nb ? 'Om eksporten' : 'About this export',
    rows: [
      [
        WORDS.period[locale],
        `${dayText(data.from, locale)} – ${dayText(data.to, locale)} (${data.from} – ${data.to})`,
      ],
      [WORDS.groupedBy[locale], labelOf(GROUPING, data.groupBy, locale)],
      [
        WORDS.filter[locale],
        roadmapFilterText(data, locale) ?? (nb ? 'ingen (alle tiltak)' : 'none (all items)'),
      ],
      [
        nb ? 'Plan' : 'Plan',
        data.withBaseline
          ? nb
            ? 'gjeldende plan, med datoene i den valgte basislinjen og avviket'
            : "current plan, with the chosen baseline's dates and the variance"
          : WORDS.plan[locale],
      ],
      [WORDS.dataPer[locale], dayText(date, locale)],
      [WORDS.exported[locale], date],
    ],
  };
}

export function roadmapDrawing(
  data: RoadmapExportData,
  locale: Locale,
  options: RoadmapDrawingOptions,
): Drawing {
  return drawTimeline({
    from: data.from,
    to: data.to,
    lanes: data.lanes,
    locale,
    page: options.page,
    title: options.title,
    subtitle: roadmapDescription(data, locale, options.date),
    ...(options.maxMonths ? { maxMonths: options.maxMonths } : {}),
  });
}
