// @vitest-environment jsdom
// The scenarios feature reads the what-if from the URL by itself (App.tsx composes it into the impact
// view): it lists the saved scenarios, reopens one into the URL, and compares the ticked ones.
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderIn } from '../../test/render';
import { ScenarioCompare, ScenarioTools } from './Scenarios';
import { CompareScenariosQuery, ScenariosQuery } from './scenarioQueries';

afterEach(cleanup);

const scenario = (id: string, name: string, days: number) => ({
  __typename: 'Scenario',
  id,
  name,
  version: 1,
  mode: 'PRESERVE',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'planner',
  riskIds: ['schrems-ii'],
  riskDelays: [],
  delays: [{ __typename: 'ScenarioDelay', itemId: 'pll', days }],
});

const mocks = [
  {
    request: { query: ScenariosQuery },
    result: { data: { scenarios: [scenario('a', 'Beste fall', 14), scenario('b', 'Verste fall', 56)] } },
  },
  {
    request: { query: CompareScenariosQuery, variables: { ids: ['a', 'b'], locale: 'NB' } },
    result: {
      data: {
        compareScenarios: {
          __typename: 'ScenarioComparison',
          planEndSlips: [7, 42],
          scenarios: [
            { __typename: 'Scenario', id: 'a', name: 'Beste fall' },
            { __typename: 'Scenario', id: 'b', name: 'Verste fall' },
          ],
          summaries: [
            {
              __typename: 'ImpactSummary',
              slippingCount: 1,
              pastPeriodCount: 0,
              missedDeadlines: [],
              goalTargets: [],
            },
            {
              __typename: 'ImpactSummary',
              slippingCount: 3,
              pastPeriodCount: 2,
              missedDeadlines: [
                { __typename: 'ItemMissedDeadline', item: { __typename: 'Initiative', id: 'pll' } },
              ],
              goalTargets: [
                {
                  __typename: 'GoalTargetMiss',
                  year: 2024,
                  goal: { __typename: 'Goal', id: 'g', name: 'PLL' },
                },
              ],
            },
          ],
          rows: [
            {
              __typename: 'ScenarioComparisonRow',
              item: { __typename: 'Initiative', id: 'pll', name: 'Pasientens legemiddelliste' },
              slips: [14, null],
              undated: false,
              differenceDays: 14,
              oldEnd: {
                __typename: 'ScheduledDate',
                date: { __typename: 'DateWithPrecision', label: '2024' },
              },
              newEnds: [
                { __typename: 'ScheduledDate', date: { __typename: 'DateWithPrecision', label: '2025' } },
                null,
              ],
            },
          ],
        },
      },
    },
  },
];

describe('scenarios', () => {
  it('lists the saved scenarios and reopens one into the URL, delays in weeks', async () => {
    const view = renderIn(
      'nb',
      <MockedProvider mocks={mocks}>
        <ScenarioTools />
      </MockedProvider>,
      '?view=impact&delays=helseplattformen:8',
    );
    expect(view.getByText('Logg inn som planlegger for å redigere.')).toBeTruthy();
    const list = await waitFor(() => view.getByRole('list'));
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Beste fallÅpne', 'Verste fallÅpne']);
    fireEvent.click(within(list).getAllByRole('button', { name: 'Åpne' })[1] as HTMLElement);
    const params = new URLSearchParams(window.location.search);
    expect(params.get('scenario')).toBe('b');
    expect(params.get('delays')).toBe('pll:8');
    expect(params.get('risks')).toBe('schrems-ii');
  });

  it('compares the ticked scenarios, and nothing while fewer than two are ticked', async () => {
    const one = renderIn(
      'nb',
      <MockedProvider mocks={mocks}>
        <ScenarioCompare />
      </MockedProvider>,
      '?view=impact&compare=a',
    );
    expect(one.container.textContent).toBe('');
    cleanup();
    const view = renderIn(
      'nb',
      <MockedProvider mocks={mocks}>
        <ScenarioCompare />
      </MockedProvider>,
      '?view=impact&compare=a,b',
    );
    // What each costs first, then per item its date now and in each scenario, and the difference.
    const summary = await waitFor(() => view.getByTestId('compare-summary'));
    expect(
      within(summary)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'KonsekvenserBeste fallVerste fall',
      'forskyves13',
      'etter planlagt periode02',
      'frister som ryker01',
      'veikartmål som ryker0PLL (2024)',
    ]);
    const table = view.getByTestId('compare-table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'ForskyvesFørBeste fallVerste fallForskjell',
      'Pasientens legemiddelliste20242025 +14 d–14 d',
    ]);
  });
});
