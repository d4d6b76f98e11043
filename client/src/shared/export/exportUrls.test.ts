import { describe, expect, it } from 'vitest';
import { readImpactState } from '../impactState';
import { graphDumpUrl, impactExportUrl, yearAgendaExportUrl } from './exportUrls';

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
