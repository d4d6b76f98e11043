// The server's export routes (server/http/exports/) for what a view shows: the same period,
// grouping and filters as the view, in the user's language. Pure, so it is tested without a server.
import type { Locale } from '../../i18n/messages';
import { type ImpactState, weeksToDays } from '../impactState';

/** What the roadmap routes take from the timeline's state (features/timeline/timelineState.ts). */
export interface RoadmapView {
  groupBy: string;
  from: string;
  to: string;
  text: string;
  kinds: readonly string[];
  statuses: readonly string[];
  actors: readonly string[];
}

export type RoadmapExport = 'csv' | 'xlsx' | 'pdf' | 'svg' | 'pptx' | 'mspdi' | 'ics' | 'json';

const ROADMAP_PATHS: Record<RoadmapExport, string> = {
  csv: '/export/roadmap.csv',
  xlsx: '/export/roadmap.xlsx',
  pdf: '/export/roadmap.pdf',
  svg: '/export/roadmap.svg',
  pptx: '/export/roadmap.pptx',
  mspdi: '/export/roadmap.mspdi.xml',
  ics: '/export/milestones.ics',
  json: '/export/graph.json',
};

function withQuery(path: string, entries: [string, string | readonly string[] | undefined | null][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, value as string);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The veikart as the timeline shows it; graph.json is then the part of the graph in that view. */
export function roadmapExportUrl(format: RoadmapExport, state: RoadmapView, locale: Locale): string {
  return withQuery(ROADMAP_PATHS[format], [
    ['from', state.from],
    ['to', state.to],
    ['groupBy', state.groupBy.toLowerCase()],
    ['actors', state.actors],
    ['kinds', state.kinds],
    ['statuses', state.statuses],
    ['q', state.text.trim()],
    ['lang', locale],
  ]);
}

/** The whole graph as JSON (the dependency graph view has no period or filter the route knows). */
export function graphDumpUrl(locale: Locale): string {
  return withQuery('/export/graph.json', [['lang', locale]]);
}

/** The impact table of a what-if: delays in days (the URL keeps weeks), risks and mode. */
export function impactExportUrl(format: 'csv' | 'xlsx' | 'pptx', state: ImpactState, locale: Locale): string {
  return withQuery(`/export/impact.${format}`, [
    ['delays', state.delays.map((d) => `${d.id}:${weeksToDays(d.weeks)}`)],
    ['riskIds', state.risks],
    ['riskDelays', state.riskDelays.map((r) => `${r.id}:${r.days}`)],
    ['mode', state.mode.toLowerCase()],
    ['lang', locale],
  ]);
}

/** The NUIT year as a briefing paper (PDF), Markdown or its summary as 16:9 slides. */
export function yearAgendaExportUrl(
  format: 'pdf' | 'md' | 'docx' | 'pptx',
  year: number | undefined,
  locale: Locale,
): string {
  return withQuery(`/export/year-agenda.${format}`, [
    ['year', year ? String(year) : undefined],
    ['lang', locale],
  ]);
}
