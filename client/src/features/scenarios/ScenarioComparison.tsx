// Two or more saved scenarios side by side, worth opening: first what each costs (items past their
// period, deadlines and veikart-goal years missed), then per item its date now and in each scenario
// with the slip, and the difference between the scenarios. Undated items show no dates.
import { useQuery } from '@apollo/client/react';
import { ItemLink } from '../../components/ItemLink';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { CompareScenariosQuery } from './scenarioQueries';

export function ScenarioComparison({ ids }: { ids: string[] }) {
  const { t, locale } = useI18n();
  const { data, loading, error, refetch } = useQuery(CompareScenariosQuery, {
    variables: { ids, locale: locale === 'nb' ? 'NB' : 'EN' },
  });
  const comparison = data?.compareScenarios;
  return (
    <section
      aria-labelledby="compare-title"
      className="scenario-comparison"
      data-testid="scenario-comparison"
    >
      <h3 id="compare-title">{t.impactCompare}</h3>
      <QueryState loading={loading} error={error} hasData={!!comparison} onRetry={() => void refetch()}>
        {comparison && (
          <>
            <h4>{t.scenarioDeadlinesTitle}</h4>
            <div className="table-wrap">
              <table className="slips" data-testid="compare-summary">
                <thead>
                  <tr>
                    <th scope="col">{t.impactSummaryTitle}</th>
                    {comparison.scenarios.map((s) => (
                      <th scope="col" key={s.id}>
                        {s.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t.impactSlipping}</th>
                    {comparison.summaries.map((s, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                      <td key={i} className="num">
                        {s.slippingCount}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t.scenarioPastPeriod}</th>
                    {comparison.summaries.map((s, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                      <td key={i} className="num">
                        {s.pastPeriodCount}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t.scenarioMissed}</th>
                    {comparison.summaries.map((s, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                      <td key={i} className="num">
                        {s.missedDeadlines.length}
                      </td>
                    ))}
                  </tr>
                  <tr>
                    <th scope="row">{t.scenarioGoalYears}</th>
                    {comparison.summaries.map((s, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                      <td key={i} className="small">
                        {s.goalTargets.map((g) => `${g.goal.name} (${g.year})`).join(', ') || '0'}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </div>
            <h4>{t.scenarioDatesTitle}</h4>
            <div className="table-wrap">
              <table className="slips" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">{t.impactAffected}</th>
                    <th scope="col">{t.impactOld}</th>
                    {comparison.scenarios.map((s) => (
                      <th scope="col" key={s.id}>
                        {s.name}
                      </th>
                    ))}
                    <th scope="col">{t.scenarioDifference}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.rows.map((row) => (
                    <tr key={row.item.id} data-item={row.item.id}>
                      <th scope="row">
                        <ItemLink id={row.item.id}>{row.item.name}</ItemLink>
                      </th>
                      <td>{row.undated ? t.impactUndated : (row.oldEnd?.date.label ?? '–')}</td>
                      {row.slips.map((slip, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                        <td key={i}>
                          {slip == null ? (
                            '–'
                          ) : (
                            <>
                              {row.newEnds[i]?.date.label ?? ''} <strong className="slip">+{slip} d</strong>
                            </>
                          )}
                        </td>
                      ))}
                      <td className="num">{row.differenceDays ? `${row.differenceDays} d` : '0'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
