import { describe, expect, it } from 'vitest';
import { readImpactState } from '../impact/impactState';
import { readTimelineState } from '../timeline/timelineState';
import { graphDumpUrl, impactExportUrl, roadmapExportUrl, yearAgendaExportUrl } from './exportUrls';

const timeline = (search: string) => readTimelineState(new URLSearchParams(search));

describe('roadmapExportUrl', () => {
  it.each([
    ['csv', '', 'nb', '/export/roadmap.csv?from=2019-01-01&to=2030-12-31&groupBy=actor&lang=nb'],
    [
      'pdf',
      '?groupBy=STRATEGY_GOAL&from=2024-01-01&to=2024-12-31&q=%20Helseplattformen%20',
      'en',
      '/export/roadmap.pdf?from=2024-01-01&to=2024-12-31&groupBy=strategy_goal&q=Helseplattformen&lang=en',
    ],
    [
      'xlsx',
      '?statuses=red,yellow&kinds=NATIONAL_SOLUTION&actors=nhn',
      'nb',
      '/export/roadmap.xlsx?from=2019-01-01&to=2030-12-31&groupBy=actor&actors=nhn&kinds=NATIONAL_SOLUTION&statuses=red%2Cyellow&lang=nb',
    ],
    [
      'ics',
      '?groupBy=STATUS',
      'nb',
      '/export/milestones.ics?from=2019-01-01&to=2030-12-31&groupBy=status&lang=nb',
    ],
    ['mspdi', '', 'en', '/export/roadmap.mspdi.xml?from=2019-01-01&to=2030-12-31&groupBy=actor&lang=en'],
    ['json', '?q=PLL', 'nb', '/export/graph.json?from=2019-01-01&to=2030-12-31&groupBy=actor&q=PLL&lang=nb'],
  ] as const)('%s for %s in %s', (format, search, locale, expected) => {
    expect(roadmapExportUrl(format, timeline(search), locale)).toBe(expected);
  });
});

describe('the other views', () => {
  it('exports the impact with delays in days, risks and mode', () => {
    const state = readImpactState(
      new URLSearchParams('?delays=helseplattformen:8,pll:1&risks=schrems-ii&mode=RECOMPUTE'),
    );
    expect(impactExportUrl('csv', state, 'nb')).toBe(
      '/export/impact.csv?delays=helseplattformen%3A56%2Cpll%3A7&riskIds=schrems-ii&mode=recompute&lang=nb',
    );
    expect(impactExportUrl('xlsx', readImpactState(new URLSearchParams('?risks=schrems-ii')), 'en')).toBe(
      '/export/impact.xlsx?riskIds=schrems-ii&mode=preserve&lang=en',
    );
  });

  it.each([
    ['pdf', 2024, 'nb', '/export/year-agenda.pdf?year=2024&lang=nb'],
    ['md', undefined, 'en', '/export/year-agenda.md?lang=en'],
  ] as const)('exports the NUIT year as %s', (format, year, locale, expected) => {
    expect(yearAgendaExportUrl(format, year, locale)).toBe(expected);
  });

  it('exports the whole graph as JSON', () => {
    expect(graphDumpUrl('nb')).toBe('/export/graph.json?lang=nb');
  });
});
