import { describe, expect, it } from 'vitest';
import { parsePrecisionDate, toIsoDay } from '../dates/index.js';
import type { DateSpan } from '../model/dateValue.js';
import { drawingSvg } from './drawingSvg.js';
import { PAGE_FORMATS, PAGE_SIZES, type PageFormat, type Shape } from './shapes.js';
import { textWidth, wrapText } from './textMetrics.js';
import {
  drawTimeline,
  type TimelineLaneInput,
  type TimelineRowInput,
  timeWindows,
} from './timelineDrawing.js';

const span = (text: string): DateSpan => {
  const d = parsePrecisionDate(text);
  return { text, precision: d.precision, first: toIsoDay(d.first), last: toIsoDay(d.last) };
};

const initiative = (id: string, start: string, end: string, name = `Tiltak ${id}`): TimelineRowInput => ({
  id,
  kind: 'initiative',
  name,
  start: span(start),
  end: span(end),
  status: 'green',
  initiativeId: null,
  dependencies: [],
});

const milestone = (id: string, date: string, of: string): TimelineRowInput => ({
  id,
  kind: 'milestone',
  name: `Milepæl ${id}`,
  start: span(date),
  end: span(date),
  status: 'planned',
  initiativeId: of,
  dependencies: [],
});

function draw(lanes: TimelineLaneInput[], page: PageFormat, from = '2024-01-01', to = '2025-12-31') {
  return drawTimeline({
    from,
    to,
    lanes,
    locale: 'nb',
    page,
    title: 'Veikart',
    subtitle: ['Periode: 2024–2025'],
  });
}

/** The chart's left and right edge on a page: where the year axis starts and ends. */
function chartEdges(shapes: Shape[]): { left: number; right: number } {
  const axis = shapes.find(
    (s): s is Extract<Shape, { type: 'line' }> =>
      s.type === 'line' && s.y1 === s.y2 && s.stroke === '#58606b',
  );
  if (!axis) throw new Error('no axis');
  return { left: axis.x1, right: axis.x2 };
}

const find = <T extends Shape['type']>(shapes: Shape[], type: T, id: string) =>
  shapes.find((s) => s.type === type && s.itemId === id) as Extract<Shape, { type: T }> | undefined;

describe('drawTimeline geometry', () => {
  // Two years shown, 2024 a leap year: 731 days. Each date is drawn as the days it covers.
  const DAYS = 731;
  const cases: { date: string; firstDay: number; days: number }[] = [
    { date: '2024-03-15', firstDay: 31 + 29 + 14, days: 1 },
    { date: '2024-03', firstDay: 31 + 29, days: 31 },
    { date: '2024-Q2', firstDay: 31 + 29 + 31, days: 30 + 31 + 30 },
    { date: '2025', firstDay: 366, days: 365 },
  ];
  for (const page of PAGE_FORMATS) {
    for (const c of cases) {
      it(`${page}: a ${c.date} bar covers its whole period and its milestone sits in its middle`, () => {
        const drawing = draw(
          [{ key: 'a', label: 'Lane', rows: [initiative('i', c.date, c.date), milestone('m', c.date, 'i')] }],
          page,
        );
        expect(drawing.width).toBe(PAGE_SIZES[page].width);
        const shapes = drawing.pages[0]?.shapes ?? [];
        const { left, right } = chartEdges(shapes);
        const perDay = (right - left) / DAYS;
        const bar = find(shapes, 'rect', 'i');
        expect(bar?.x).toBeCloseTo(left + c.firstDay * perDay, 6);
        expect(bar?.w).toBeCloseTo(Math.max(1.5, c.days * perDay), 6);
        const diamond = find(shapes, 'diamond', 'm');
        expect(diamond?.cx).toBeCloseTo(left + (c.firstDay + c.days / 2) * perDay, 6);
        // The milestone is labelled, starting at its diamond (or ending there at the right edge).
        const label = find(shapes, 'text', 'm');
        expect(label?.lines).toEqual(['Milepæl m']);
      });
    }
  }

  it('puts a year-precision milestone at the same relative place on every page format', () => {
    const at = PAGE_FORMATS.map((page) => {
      const shapes =
        draw(
          [{ key: 'a', label: 'L', rows: [initiative('i', '2024', '2025'), milestone('m', '2024', 'i')] }],
          page,
        ).pages[0]?.shapes ?? [];
      const { left, right } = chartEdges(shapes);
      return ((find(shapes, 'diamond', 'm')?.cx ?? 0) - left) / (right - left);
    });
    for (const x of at) expect(x).toBeCloseTo(183 / 731, 6);
  });

  it('wraps a long name at words in the label column, never cutting a word', () => {
    const name = 'Felles tjenester for kommunal helse- og omsorgstjeneste med pasientens legemiddelliste';
    const shapes =
      draw([{ key: 'a', label: 'L', rows: [initiative('i', '2024', '2024', name)] }], 'A4').pages[0]
        ?.shapes ?? [];
    const label = find(shapes, 'text', 'i');
    expect(label?.lines.length).toBeGreaterThan(1);
    // Every line ends where the name has a space or a hyphen: no word is cut.
    expect(label?.lines.join('').replace(/\s/g, '')).toBe(name.replace(/\s/g, ''));
    for (const line of label?.lines.slice(0, -1) ?? [])
      expect((/[\p{L}-]$/u.test(line) && name.includes(`${line} `)) || line.endsWith('-')).toBe(true);
    for (const line of label?.lines ?? [])
      expect(textWidth(line, label?.size ?? 0)).toBeLessThanOrEqual(label?.w ?? 0);
  });

  it('labels every milestone without two labels overlapping', () => {
    const rows = [
      initiative('i', '2024', '2025'),
      ...['2024-03', '2024-04', '2024-05', '2024-06-01'].map((d, n) => milestone(`m${n}`, d, 'i')),
    ];
    const shapes = draw([{ key: 'a', label: 'L', rows }], 'slide').pages[0]?.shapes ?? [];
    const labels = rows.slice(1).map((r) => find(shapes, 'text', r.id));
    for (const l of labels) expect(l).toBeDefined();
    for (const a of labels)
      for (const b of labels) {
        if (!a || !b || a === b) continue;
        const overlapX = a.x < b.x + b.w && b.x < a.x + a.w;
        const overlapY = a.y < b.y + b.size && b.y < a.y + a.size;
        expect(overlapX && overlapY).toBe(false);
      }
  });

  it('draws quarter ticks with labels and a year label per year', () => {
    const shapes =
      draw([{ key: 'a', label: 'L', rows: [initiative('i', '2024', '2025')] }], 'slide').pages[0]?.shapes ??
      [];
    const texts = shapes.flatMap((s) => (s.type === 'text' ? s.lines : []));
    expect(texts.filter((t) => t === '1. kv.').length).toBe(2);
    expect(texts).toEqual(expect.arrayContaining(['2024', '2025', '4. kv.']));
  });

  it('splits many rows over pages evenly: no nearly empty last page', () => {
    const rows = Array.from({ length: 40 }, (_, n) => initiative(`i${n}`, '2024', '2025'));
    const drawing = draw([{ key: 'a', label: 'L', rows }], 'slide');
    expect(drawing.pages.length).toBeGreaterThan(1);
    const perPage = drawing.pages.map((p) => p.shapes.filter((s) => s.type === 'rect' && s.itemId).length);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.min(...perPage)).toBeGreaterThanOrEqual(Math.max(...perPage) - 2);
  });

  it('splits a long period into whole years', () => {
    expect(timeWindows('2019-06-01', '2030-06-30', 48)).toEqual([
      { from: '2019-06-01', to: '2022-12-31' },
      { from: '2023-01-01', to: '2026-12-31' },
      { from: '2027-01-01', to: '2030-06-30' },
    ]);
  });

  it('writes an SVG page with the items marked, in points at its size in millimetres', () => {
    const drawing = draw([{ key: 'a', label: 'L & co', rows: [initiative('i', '2024', '2025')] }], 'slide');
    const svg = drawingSvg(drawing);
    expect(svg).toContain('viewBox="0 0 960 540"');
    expect(svg).toContain('width="338.67mm" height="190.5mm"');
    expect(svg).toContain('data-item="i"');
    expect(svg).toContain('L &amp; co');
  });
});

describe('wrapText', () => {
  it.each([
    ['Nasjonal kjernejournal', 1],
    ['Helsenorge og digitale innbyggertjenester for alle', 2],
  ])('%s in %i line(s)', (text, lines) => {
    expect(wrapText(text, 120, 8)).toHaveLength(lines);
  });

  it('ends the last allowed line with an ellipsis at a word', () => {
    const lines = wrapText('en to tre fire fem seks sju åtte ni ti elleve tolv', 40, 8, false, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\p{L}…$/u);
  });
});
