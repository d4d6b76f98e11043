// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RoadmapData } from './roadmapQuery';
import { toTimelineData } from './timelineData';
import { timelineSvg } from './timelineSvg';

const STATUSES = {
  GREEN: 'Grønn: i rute',
  YELLOW: 'Gul: noe risiko',
  RED: 'Rød: alvorlig avvik',
  BLUE: 'Blå: ferdig/ikke startet',
  GREY: 'Grå: ikke rapportert',
  UNKNOWN: 'Ukjent status',
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((e) => e.textContent);

const year = (y: number) => ({ firstDay: `${y}-01-01`, lastDay: `${y}-12-31`, label: String(y) });
const ROADMAP: RoadmapData = {
  from: '2024-01-01',
  to: '2026-12-31',
  lanes: [
    {
      key: 'nhn',
      label: 'Norsk helsenett SF',
      initiatives: [
        {
          id: 'kj',
          name: 'Kjernejournal & <PLL>',
          kind: 'TILTAK',
          status: 'GREEN',
          start: year(2024),
          end: year(2025),
        },
        {
          id: 'pt',
          name: 'Persontjenesten',
          kind: 'TILTAK',
          status: 'RED',
          start: year(2024),
          end: year(2024),
        },
      ],
      milestones: [
        {
          id: 'ms',
          name: 'Pilot i drift',
          status: 'DONE',
          date: { firstDay: '2025-06-30', lastDay: '2025-06-30', label: '30.06.2025' },
        },
      ],
    },
    {
      key: '-',
      label: 'Uten eier',
      initiatives: [
        { id: 'x', name: 'Uten eier-tiltak', kind: 'PLAN', status: null, start: year(2026), end: null },
      ],
      milestones: [],
    },
  ],
  dependencies: [],
};
const LABELS = {
  others: (n: number) => `Andre (${n})`,
  none: 'Uten tilknytning',
  bundle: (i: number, m: number) => `${i} tiltak · ${m} milepæler`,
};

function timeline(maxItems?: number) {
  const data = toTimelineData(ROADMAP, LABELS, maxItems === undefined ? {} : { maxItems });
  return timelineSvg({
    groups: data.groups,
    items: data.items,
    from: new Date(2024, 0, 1),
    to: new Date(2026, 11, 31),
    today: new Date(2025, 0, 15),
    labels: {
      title: 'Veikart',
      subtitle: ['Periode 2024-01-01 – 2026-12-31, gruppert etter aktør', 'Eksportert 2025-01-15'],
      legendTitle: 'Statusfarger',
      statuses: STATUSES,
      milestone: 'Milepæl',
      bundle: 'Antall i perioden',
      today: 'I dag',
      footer: 'Veikart · Eksportert 2025-01-15 · http://localhost/',
    },
  });
}

describe('timelineSvg', () => {
  it('is an A4-landscape-wide SVG with title, period and date of export', () => {
    const doc = parse(timeline());
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('viewBox')?.split(' ')[2]]).toEqual([
      '297.1mm',
      '1123',
    ]);
    expect(texts(doc, 'title')).toEqual(['Veikart']);
    expect(texts(doc, 'text.title')).toEqual(['Veikart']);
    expect(texts(doc, 'text.subtitle')).toEqual([
      'Periode 2024-01-01 – 2026-12-31, gruppert etter aktør',
      'Eksportert 2025-01-15',
    ]);
    expect(texts(doc, 'text.footer')).toEqual(['Veikart · Eksportert 2025-01-15 · http://localhost/']);
  });

  it('draws one lane per group with its bars in status colours and its milestones', () => {
    const doc = parse(timeline());
    expect(texts(doc, '.lane-label')).toEqual(['Norsk helsenett SF', 'Uten eier']);
    const bars = [...doc.querySelectorAll('g.bar')].map((g) => [
      g.getAttribute('data-status'),
      g.querySelector('rect')?.getAttribute('fill'),
      g.textContent,
    ]);
    expect(bars).toEqual([
      ['GREEN', '#2e7d32', 'Kjernejournal & <PLL>'],
      ['RED', '#c62828', 'Persontjenesten'],
      ['UNKNOWN', '#dfe6ee', 'Uten eier-tiltak'],
    ]);
    expect(texts(doc, 'g.milestone')).toEqual(['Pilot i drift']);
    // Kjernejournal spans 2024–2025: two thirds of the chart, which runs from x = 218 to 1095.
    const rect = doc.querySelector('g.bar rect');
    expect(Number(rect?.getAttribute('x'))).toBeCloseTo(218, 0);
    expect(Number(rect?.getAttribute('width'))).toBeCloseTo((877 * 731) / 1095, -1);
  });

  it('draws the today line and a legend naming every status, milestones and today', () => {
    const doc = parse(timeline());
    expect(texts(doc, 'g.today text')).toEqual(['I dag']);
    expect(texts(doc, '.legend > text')).toEqual(['Statusfarger']);
    expect(texts(doc, '.legend-entry text')).toEqual([...Object.values(STATUSES), 'Milepæl', 'I dag']);
  });

  it('draws count bars for rolled-up lanes and names them in the legend', () => {
    const doc = parse(timeline(0));
    // Three years are counted per quarter; the counts are cut to the quarter's width.
    expect(texts(doc, 'g.bundle')).toEqual([
      ...Array(4).fill('2 tiltak · …'),
      ...Array(8).fill('1 tiltak · …'),
    ]);
    expect(texts(doc, '.legend-entry text')).toContain('Antall i perioden');
  });
});
