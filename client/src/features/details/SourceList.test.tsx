// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderIn } from '../../test/render';
import { paperHref, SourceList, type SourceView } from './SourceList';

afterEach(cleanup);

const SOURCES: SourceView[] = [
  {
    id: 'src-1',
    document: '001_565d36bf8bebc15f.txt',
    documentTitle: 'Møtesaker Nasjonalt e-helseråd 2023',
    fromLine: 120,
    toLine: 124,
    sak: '41/23',
    quote: 'Helseplattformen er forsinket som følge av Schrems II.',
  },
  {
    id: 'src-2',
    document: '003_a62f4332b125e81f.txt',
    documentTitle: null,
    fromLine: 7,
    toLine: 7,
    sak: null,
    quote: 'Persontjenesten skal være i drift i 2024.',
  },
];

describe('SourceList', () => {
  it.each([
    ['nb', 'Ingen'],
    ['en', 'None'],
  ] as const)('says there are no sources in %s', (locale, text) => {
    const { container } = renderIn(locale, <SourceList sources={[]} />);
    expect(container.textContent).toBe(text);
  });

  it.each([
    [
      'nb',
      ['Møtesaker Nasjonalt e-helseråd 2023 linje 120–124, sak 41/23', '003_a62f4332b125e81f.txt linje 7–7'],
    ],
    [
      'en',
      ['Møtesaker Nasjonalt e-helseråd 2023 lines 120–124, sak 41/23', '003_a62f4332b125e81f.txt lines 7–7'],
    ],
  ] as const)('names paper, lines and sak of each source in %s', (locale, summaries) => {
    const { getAllByRole } = renderIn(locale, <SourceList sources={SOURCES} />);
    const items = getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('summary')?.textContent)).toEqual(summaries);
  });

  it('keeps the verbatim quote, citing the paper at its lines', () => {
    const { getAllByRole } = renderIn('nb', <SourceList sources={SOURCES} />);
    const first = getAllByRole('listitem')[0] as HTMLElement;
    const quote = first.querySelector('blockquote');
    expect(quote?.textContent).toBe('Helseplattformen er forsinket som følge av Schrems II.');
    expect(quote?.getAttribute('cite')).toBe('/papers/001_565d36bf8bebc15f.txt?from=120&to=124');
  });

  it.each([
    ['nb', 'Åpne i dokumentet ↗', 'Åpner 001_565d36bf8bebc15f.txt med linje 120–124 markert, i en ny fane'],
    [
      'en',
      'Open in the paper ↗',
      'Opens 001_565d36bf8bebc15f.txt with lines 120–124 highlighted, in a new tab',
    ],
  ] as const)(
    'links each source to its paper at the cited lines, in a new tab (%s)',
    (locale, text, title) => {
      const { getAllByRole } = renderIn(locale, <SourceList sources={SOURCES} />);
      const links = getAllByRole('link');
      expect(
        links.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
      ).toEqual([
        ['/papers/001_565d36bf8bebc15f.txt?from=120&to=124', '_blank', 'noopener'],
        ['/papers/003_a62f4332b125e81f.txt?from=7&to=7', '_blank', 'noopener'],
      ]);
      expect([links[0]?.textContent, links[0]?.getAttribute('title')]).toEqual([text, title]);
      expect(
        within(getAllByRole('listitem')[0] as HTMLElement).getByText(/001_565d36bf8bebc15f\.txt, /)
          .textContent,
      ).toBe(
        locale === 'nb'
          ? '001_565d36bf8bebc15f.txt, linje 120–124'
          : '001_565d36bf8bebc15f.txt, lines 120–124',
      );
    },
  );
});

describe('paperHref', () => {
  it.each([
    [
      { document: '002_a0ef8617a5154810.txt', fromLine: 1, toLine: 3 },
      '/papers/002_a0ef8617a5154810.txt?from=1&to=3',
    ],
    [{ document: 'a b/../c.txt', fromLine: 5, toLine: 5 }, '/papers/a%20b%2F..%2Fc.txt?from=5&to=5'],
  ])('links %j to %s', (source, href) => {
    expect(paperHref(source)).toBe(href);
  });
});
