// The saved scenarios: reopen one, tick two or more to compare them.
import { useQuery } from '@apollo/client/react';
import { usePlannerToken } from '../../app/token';
import { navigate } from '../../app/url';
import { ErrorBox, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { ImpactState } from '../../shared/impactState';
import { DeleteScenario } from './DeleteScenario';
import { RenameScenario } from './RenameScenario';
import { ScenariosQuery } from './scenarioQueries';
import { openScenarioParams, toggleCompare } from './scenarioState';

export function ScenarioList({ state }: { state: ImpactState }) {
  const { t } = useI18n();
  const token = usePlannerToken();
  const { data, loading, error, refetch } = useQuery(ScenariosQuery);
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorBox error={error} onRetry={() => void refetch()} />;
  const scenarios = data?.scenarios ?? [];
  return (
    <section aria-labelledby="scenarios-title">
      <h3 id="scenarios-title">{t.impactScenarios}</h3>
      {scenarios.length === 0 && <p className="muted small">{t.none}</p>}
      <ul className="scenario-list">
        {scenarios.map((s) => (
          <li key={s.id} className={s.id === state.scenario ? 'current' : undefined}>
            <label className="check">
              <input
                type="checkbox"
                checked={state.compare.includes(s.id)}
                onChange={(e) =>
                  navigate({ compare: toggleCompare(state.compare, s.id, e.target.checked) }, 'replace')
                }
                aria-label={`${t.impactCompare}: ${s.name}`}
              />
              {s.name}
            </label>
            <button type="button" onClick={() => navigate(openScenarioParams(s))}>
              {t.impactOpen}
            </button>
            {token && <RenameScenario scenario={s} />}
            {token && <DeleteScenario scenario={s} isOpen={s.id === state.scenario} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
