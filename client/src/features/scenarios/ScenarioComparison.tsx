// Two or more saved scenarios side by side: the plan end's slip and each item's slip per scenario.
import { useQuery } from '@apollo/client/react';
import { ItemLink } from '../../components/ItemLink';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { CompareScenariosQuery } from './scenarioQueries';

export function ScenarioComparison({ ids }: { ids: string[] }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CompareScenariosQuery, { variables: { ids } });
  const comparison = data?.compareScenarios;
  return (
    <section aria-labelledby="compare-title">
      <h3 id="compare-title">{t.impactCompare}</h3>
      <QueryState loading={loading} error={error} hasData={!!comparison} onRetry={() => void refetch()}>
        {comparison && (
          <div className="table-wrap">
            <table className="slips" data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">{t.impactAffected}</th>
                  {comparison.scenarios.map((s) => (
                    <th scope="col" key={s.id}>
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t.impactPlanEnd}</th>
                  {comparison.planEndSlips.map((slip, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                    <td key={i} className="num">
                      +{slip} d
                    </td>
                  ))}
                </tr>
                {comparison.rows.map((row) => (
                  <tr key={row.item.id}>
                    <th scope="row">
                      <ItemLink id={row.item.id}>{row.item.name}</ItemLink>
                    </th>
                    {row.slips.map((slip, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one cell per scenario, in order
                      <td key={i} className="num">
                        {slip == null ? '–' : `+${slip} d`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
