// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderIn } from '../../test/render';
import { SourceList, type SourceView } from './SourceList';

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

  it('keeps the verbatim quote, citing its paper', () => {
    const { getAllByRole } = renderIn('nb', <SourceList sources={SOURCES} />);
    const first = getAllByRole('listitem')[0] as HTMLElement;
    const quote = first.querySelector('blockquote');
    expect(quote?.textContent).toBe('Helseplattformen er forsinket som følge av Schrems II.');
    expect(quote?.getAttribute('cite')).toBe('001_565d36bf8bebc15f.txt');
    expect(within(first).getByText('001_565d36bf8bebc15f.txt')).toBeTruthy();
  });
});
