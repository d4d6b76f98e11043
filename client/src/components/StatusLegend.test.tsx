// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderIn } from '../test/render';
import { StatusLegend } from './StatusLegend';

afterEach(cleanup);

describe('StatusLegend', () => {
  it.each([
    [
      'nb',
      'Statusfarger',
      [
        'Grønn: i rute',
        'Gul: noe risiko',
        'Rød: alvorlig avvik',
        'Blå: ferdig/ikke startet',
        'Grå: ikke rapportert',
        'Ukjent status',
      ],
    ],
    [
      'en',
      'Status colours',
      [
        'Green: on track',
        'Yellow: some risk',
        'Red: serious deviation',
        'Blue: done/not started',
        'Grey: not reported',
        'Unknown status',
      ],
    ],
  ] as const)('names every status colour in %s', (locale, title, entries) => {
    const { getByRole } = renderIn(locale, <StatusLegend />);
    const legend = getByRole('region', { name: title });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(entries);
  });

  it('draws each swatch in the status colour', () => {
    const { container } = renderIn('nb', <StatusLegend />);
    const swatches = [...container.querySelectorAll<HTMLElement>('.swatch')];
    expect(swatches.map((s) => s.style.background)).toEqual([
      'rgb(46, 125, 50)',
      'rgb(249, 197, 19)',
      'rgb(198, 40, 40)',
      'rgb(21, 101, 192)',
      'rgb(138, 147, 156)',
      'rgb(223, 230, 238)',
    ]);
    expect(swatches.every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true);
  });
});
