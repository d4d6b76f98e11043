// The timeline's export menu: every picture of the timeline (PNG, SVG, PDF, PowerPoint) is drawn by
// the server's one timeline renderer (server/domain/drawing), with the view's period, grouping and
// filters, so the formats agree; the browser only turns the SVG into a PNG. Tables and calendars
// come from the server's other routes.
import { useI18n } from '../../i18n/I18nProvider';
import { type ExportChoice, ExportMenu } from '../../shared/export/ExportMenu';
import { type RoadmapExport, roadmapExportUrl } from '../../shared/export/exportUrls';
import type { TimelineData } from './timelineData';
import type { TimelineState } from './timelineState';

export function TimelineExport({ state }: { state: TimelineState; data: TimelineData | null }) {
  const { t, locale } = useI18n();
  const base = `veikart-${state.from}_${state.to}`;
  const server = (id: RoadmapExport, label: string, ext: string, query = ''): ExportChoice => ({
    kind: 'server',
    id: `${id}${query}`,
    label,
    url: `${roadmapExportUrl(id, state, locale)}${query}`,
    fallbackName: `${base}.${ext}`,
  });
  const picture = (format: 'svg' | 'png', label: string): ExportChoice => ({
    kind: 'picture',
    format,
    id: format,
    label,
    url: roadmapExportUrl('svg', state, locale),
    fallbackName: `${base}.svg`,
  });
  const choices: ExportChoice[] = [
    picture('png', t.exportSlidesPng),
    picture('svg', t.exportSlidesSvg),
    server('pptx', t.exportPptx, 'pptx'),
    server('pdf', t.exportPdf, 'pdf'),
    server('pdf', t.exportSlidesPdf, 'pdf', '&paper=slide'),
    server('xlsx', t.exportXlsx, 'xlsx'),
    server('csv', t.exportCsv, 'csv'),
    server('ics', t.exportIcs, 'ics'),
    server('mspdi', t.exportMspdi, 'msproject.xml'),
    server('json', t.exportJson, 'json'),
  ];
  return <ExportMenu choices={choices} testId="timeline-export" />;
}
