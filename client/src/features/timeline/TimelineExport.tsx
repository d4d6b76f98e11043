// The timeline's export menu: PNG and SVG drawn from what the view shows, and the server's formats
// with the view's period, grouping and filters.
import { INITIATIVE_KINDS, initiativeKindName } from '../../components/kinds';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type MessageKey } from '../../i18n/messages';
import { type ExportChoice, ExportMenu } from '../../shared/export/ExportMenu';
import { footer, isoToday, statusLabels } from '../../shared/export/exportLabels';
import { type RoadmapExport, roadmapExportUrl } from '../../shared/export/exportUrls';
import { dayToDate } from '../../shared/vis/timelineItems';
import type { TimelineData } from './timelineData';
import type { TimelineState } from './timelineState';
import { timelineSvg } from './timelineSvg';

export function TimelineExport({ state, data }: { state: TimelineState; data: TimelineData | null }) {
  const { t, locale } = useI18n();
  const date = isoToday();
  const base = `veikart-${state.from}_${state.to}`;
  const svg = () => {
    if (!data) throw new Error(t.loading);
    const filters = [
      state.text && `«${state.text}»`,
      ...state.kinds
        .filter((k) => (INITIATIVE_KINDS as readonly string[]).includes(k))
        .map((k) => initiativeKindName(k, locale)),
      ...state.statuses,
      ...state.actors,
    ].filter(Boolean);
    return timelineSvg({
      groups: data.groups,
      items: data.items,
      from: dayToDate(state.from),
      to: dayToDate(state.to),
      today: new Date(),
      labels: {
        title: t.timelineTitle,
        subtitle: [
          `${format(t.exportPeriod, { from: state.from, to: state.to })}, ${format(t.exportGrouping, {
            grouping: t[`group${state.groupBy}` as MessageKey].toLowerCase(),
          })} · ${format(t.timelineSummary, {
            items: data.initiativeCount,
            milestones: data.milestoneCount,
            lanes: data.groups.length,
          })}`,
          ...(filters.length ? [format(t.exportFilters, { filters: filters.join(', ') })] : []),
          format(t.exportedOn, { date }),
        ],
        legendTitle: t.statusLegend,
        statuses: statusLabels(t),
        milestone: t.legendMilestone,
        bundle: t.legendBundle,
        today: t.today,
        footer: footer(t, date, window.location.href),
      },
    });
  };
  const server = (id: RoadmapExport, label: string, ext: string): ExportChoice => ({
    kind: 'server',
    id,
    label,
    url: roadmapExportUrl(id, state, locale),
    fallbackName: `${base}.${ext}`,
  });
  const choices: ExportChoice[] = [
    { kind: 'png', id: 'png', label: t.exportPng, fileName: `${base}.png`, svg },
    { kind: 'svg', id: 'svg', label: t.exportSvg, fileName: `${base}.svg`, svg },
    server('pdf', t.exportPdf, 'pdf'),
    server('xlsx', t.exportXlsx, 'xlsx'),
    server('csv', t.exportCsv, 'csv'),
    server('ics', t.exportIcs, 'ics'),
    server('mspdi', t.exportMspdi, 'msproject.xml'),
    server('json', t.exportJson, 'json'),
  ];
  return <ExportMenu choices={choices} testId="timeline-export" />;
}
