// The roadmap export routes for what the timeline shows (its URL state read the way the view reads it).
import { describe, expect, it } from 'vitest';
import { roadmapExportUrl } from '../../shared/export/exportUrls';
import { readTimelineState } from './timelineState';

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
