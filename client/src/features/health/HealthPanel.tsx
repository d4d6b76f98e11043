// A small status indicator for the footer: whether the API reaches Neo4j, and (expanded) its version
// and what the graph holds.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';

export const HealthQuery = graphql(`
  query Health {
    version
    health {
      databaseReachable
      neo4jVersion
      error
      counts {
        label
        count
      }
    }
  }
`);

export function HealthPanel() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(HealthQuery);
  const ok = data?.health.databaseReachable === true;
  return (
    <details className="health" aria-busy={loading}>
      <summary>
        <span className={`dot ${loading ? 'wait' : ok ? 'ok' : 'bad'}`} aria-hidden="true" />
        {t.healthTitle}:{' '}
        <span data-testid="db-status">
          {loading ? t.healthLoading : error ? t.healthError : ok ? t.healthReachable : t.healthUnreachable}
        </span>
      </summary>
      {error && (
        <button type="button" onClick={() => void refetch()}>
          {t.retry}
        </button>
      )}
      {data && (
        <dl className="facts">
          <dt>{t.healthDatabase}</dt>
          <dd className={ok ? 'ok' : 'bad'}>
            {ok ? t.healthReachable : `${t.healthUnreachable} (${data.health.error ?? ''})`}
          </dd>
          <dt>{t.healthVersion}</dt>
          <dd data-testid="neo4j-version">{data.health.neo4jVersion ?? '–'}</dd>
          <dt>{t.healthAppVersion}</dt>
          <dd>{data.version}</dd>
          <dt>{t.healthCounts}</dt>
          <dd>
            {data.health.counts.length === 0
              ? t.healthEmpty
              : data.health.counts.map((c) => `${c.label}: ${c.count}`).join(' · ')}
          </dd>
        </dl>
      )}
    </details>
  );
}
