// @vitest-environment jsdom
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../i18n/messages';
import { renderIn } from '../../test/render';
import { AgendaYearsQuery, YearAgendaQuery, YearAgendaView } from './YearAgendaView';

afterEach(cleanup);

function agenda(locale: Locale) {
  // The API answers reasons in the request's language (Accept-Language), as `text`.
  const reason = (
    nb: string,
    en: string,
    change: { seq: number; by: string } | null = null,
    kind: string | null = null,
  ) => ({
    __typename: 'Reason',
    text: locale === 'nb' ? nb : en,
    kind,
    change: change && { __typename: 'ReasonChange', changeSetId: `cs-${change.seq}`, ...change },
  });
  const label = (nb: string, en: string) => ({
    __typename: 'DateWithPrecision',
    label: locale === 'nb' ? nb : en,
  });
  return {
    yearAgenda: {
      __typename: 'YearAgenda',
      year: 2024,
      question:
        locale === 'nb'
          ? 'Kan tiltakene for 2024 gjennomføres som planlagt?'
          : 'Can the 2024 tiltak be carried out as planned?',
      summary: [
        { __typename: 'VerdictCount', verdict: 'AS_PLANNED', count: 1 },
        { __typename: 'VerdictCount', verdict: 'AT_RISK', count: 1 },
      ],
      goals: [
        {
          __typename: 'AgendaGoal',
          goal: {
            __typename: 'Goal',
            id: 'goal-samhandling',
            name: 'Bedre samhandling',
            target: null,
            deadline: label('2025', '2025'),
          },
          tiltak: [
            {
              __typename: 'AgendaTiltak',
              activity: 'Innføre PLL i Helse Midt-Norge',
              verdict: 'AT_RISK',
              projectedSlipDays: 56,
              dateMoves: null,
              reasons: [reason('Avhenger av Helseplattformen', 'Depends on Helseplattformen')],
              tiltak: {
                __typename: 'Initiative',
                id: 'tiltak-2024-pll-helse-midt-norge',
                name: 'PLL i Helse Midt-Norge',
                status: 'YELLOW',
                start: label('jan. 2024', 'Jan 2024'),
                end: label('des. 2024', 'Dec 2024'),
                owners: [{ __typename: 'Actor', id: 'helse-midt-norge', name: 'Helse Midt-Norge RHF' }],
              },
              dependencies: [
                {
                  __typename: 'AgendaDependency',
                  state: 'AT_RISK',
                  reason: reason('Helseplattformen er forsinket', 'Helseplattformen is late', {
                    seq: 42,
                    by: 'kari',
                  }),
                  dependency: {
                    __typename: 'Dependency',
                    id: 'dep-pll-hp',
                    to: { __typename: 'Initiative', id: 'helseplattformen', name: 'Helseplattformen' },
                  },
                },
              ],
              risks: [
                {
                  __typename: 'RiskEffect',
                  expectedDelayDays: 90,
                  delayText: null,
                  risk: { __typename: 'Risk', id: 'schrems-ii', name: 'Schrems II-dommen' },
                },
              ],
              saker: [
                {
                  __typename: 'AgendaItem',
                  id: 'sak-41-23',
                  number: '41/23',
                  title: 'Status PLL',
                  decision: 'Rådet tar saken til orientering.',
                  meeting: {
                    __typename: 'Meeting',
                    id: 'm-2023-10',
                    name: 'Nasjonalt e-helseråd oktober 2023',
                  },
                },
              ],
            },
            {
              __typename: 'AgendaTiltak',
              activity: null,
              verdict: 'AS_PLANNED',
              projectedSlipDays: 0,
              dateMoves: null,
              reasons: [reason('Ingen kjente hindringer', 'No known obstacles', null, 'NONE')],
              tiltak: {
                __typename: 'Initiative',
                id: 'persontjenesten',
                name: 'Persontjenesten',
                status: null,
                start: null,
                end: null,
                owners: [],
              },
              dependencies: [],
              risks: [],
              saker: [],
            },
          ],
        },
      ],
    },
  };
}

function mocks(locale: Locale): MockedProviderProps['mocks'] {
  return [
    { request: { query: AgendaYearsQuery }, result: { data: { agendaYears: [2024, 2023] } } },
    {
      request: { query: YearAgendaQuery, variables: { year: 2024, locale: locale === 'nb' ? 'NB' : 'EN' } },
      result: { data: agenda(locale) },
    },
  ];
}

async function rows(locale: Locale, search = '', expected = 2) {
  const view = renderIn(
    locale,
    <MockedProvider mocks={mocks(locale)}>
      <YearAgendaView />
    </MockedProvider>,
    search,
  );
  await waitFor(() =>
    expect(view.container.querySelectorAll('table.agenda tbody tr')).toHaveLength(expected),
  );
  return { view, rows: [...view.container.querySelectorAll<HTMLElement>('table.agenda tbody tr')] };
}
const headersOf = (view: { container: HTMLElement }) =>
  [...view.container.querySelectorAll('table.agenda thead th')].map((th) => th.textContent);

describe('YearAgendaView', () => {
  it.each([
    [
      'nb',
      ['Kan tiltakene for 2024 gjennomføres som planlagt?', 'Alle: 2', 'Som planlagt: 1', 'I fare: 1'],
      ['Tiltak', 'Hva skal skje', 'Begrunnelse', 'Avhenger av', 'Åpne risikoer', 'Saker og vedtak'],
    ],
    [
      'en',
      ['Can the 2024 tiltak be carried out as planned?', 'All: 2', 'As planned: 1', 'At risk: 1'],
      ['Initiative', 'What happens', 'Reasons', 'Depends on', 'Open risks', 'Saker and vedtak'],
    ],
  ] as const)(
    'shows the question, the verdict counts and the columns in %s',
    async (locale, cards, headers) => {
      const { view } = await rows(locale);
      const summary = view.container.querySelectorAll('.summary-cards .card');
      expect([...summary].map((c) => c.textContent)).toEqual(cards);
      expect(headersOf(view)).toEqual(headers);
    },
  );

  it('renders a tiltak row: name, owners and period, verdict with slip, dependency state, risk and sak', async () => {
    const {
      rows: [pll],
    } = await rows('nb');
    const cells = pll?.querySelectorAll('th, td') ?? [];
    const [name, activity, reasons, dependencies, risks, saker] = [...cells] as HTMLElement[];
    expect(
      within(name as HTMLElement)
        .getByRole('link', { name: 'PLL i Helse Midt-Norge' })
        .getAttribute('href'),
    ).toBe('/?item=tiltak-2024-pll-helse-midt-norge');
    expect(name?.querySelector('.small.muted')?.textContent).toBe(
      'Helse Midt-Norge RHF · jan. 2024 – des. 2024',
    );
    expect(name?.querySelector('.badge')?.textContent).toBe('I fare · +56 d');
    expect(name?.querySelector('.badge')?.className).toBe('badge small warn');
    expect(name?.querySelector<HTMLElement>('.swatch')?.title).toBe('YELLOW');
    expect(activity?.textContent).toBe('Innføre PLL i Helse Midt-Norge');
    expect(reasons?.textContent).toBe('Avhenger av Helseplattformen ');
    expect(dependencies?.textContent).toBe(
      'Helseplattformen i fareHelseplattformen er forsinket (endringen #42, kari)',
    );
    // The reason links to the change that caused it: the tiltak's Historikk tab.
    expect(
      within(dependencies as HTMLElement)
        .getByTestId('reason-change')
        .getAttribute('href'),
    ).toBe('/?item=tiltak-2024-pll-helse-midt-norge&tab=history');
    expect(risks?.textContent).toBe('⚠ Schrems II-dommen');
    expect(saker?.textContent).toBe('41/23 Status PLLVedtak: Rådet tar saken til orientering.');
  });

  it('renders a tiltak as planned without slip, owners or period', async () => {
    const {
      rows: [, persontjenesten],
    } = await rows('en');
    const name = persontjenesten?.querySelector('th');
    expect(name?.querySelector('.badge')?.textContent).toBe('As planned');
    expect(name?.querySelector('.badge')?.className).toBe('badge small ok');
    expect(name?.querySelector('.small.muted')?.textContent).toBe('');
    expect(name?.querySelector<HTMLElement>('.swatch')?.title).toBe('Unknown status');
  });

  it('filters by a verdict count: the pressed one shows only its tiltak, "Alle" shows all again', async () => {
    const { view } = await rows('nb');
    const chip = within(view.container).getByRole('button', { name: 'I fare: 1' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(within(view.container).getByRole('button', { name: 'Alle: 2' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(chip);
    expect(window.location.search).toBe('?verdict=at-risk');
    await waitFor(() => expect(view.container.querySelectorAll('table.agenda tbody tr')).toHaveLength(1));
    expect(view.container.querySelector('tbody tr')?.getAttribute('data-tiltak')).toBe(
      'tiltak-2024-pll-helse-midt-norge',
    );
    expect(
      within(view.container).getByRole('button', { name: 'I fare: 1' }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(within(view.container).getByRole('button', { name: 'Alle: 2' }));
    expect(window.location.search).toBe('');
    await waitFor(() => expect(view.container.querySelectorAll('table.agenda tbody tr')).toHaveLength(2));
  });

  it('drops the columns that are empty in every row shown', async () => {
    const { view, rows: shown } = await rows('nb', '?verdict=as-planned', 1);
    expect(headersOf(view)).toEqual(['Tiltak', 'Begrunnelse']);
    expect(shown[0]?.querySelector('td')?.textContent).toBe('Ingen kjente hindringer ');
  });
});
