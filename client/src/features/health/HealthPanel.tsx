// Shows whether the API reaches Neo4j, its version, and what the graph holds.
import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n/I18nProvider';

export const HEALTH_QUERY = gql`
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
`;

interface HealthData {
  version: string;
  health: {
    databaseReachable: boolean;
    neo4jVersion: string | null;
    error: string | null;
    counts: { label: string; count: number }[];
  };
}

export function HealthPanel() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery<HealthData>(HEALTH_QUERY);
  return (
    <section className="panel" aria-labelledby="health-title" aria-busy={loading}>
      <h2 id="health-title">{t.healthTitle}</h2>
      {loading && <p role="status">{t.healthLoading}</p>}
      {error && (
        <div role="alert" className="error">
          <p>
            {t.healthError}: {error.message}
          </p>
          <button type="button" onClick={() => void refetch()}>
            {t.retry}
          </button>
        </div>
      )}
      {data && (
        <dl className="facts">
          <dt>{t.healthDatabase}</dt>
          <dd data-testid="db-status" className={data.health.databaseReachable ? 'ok' : 'bad'}>
            {data.health.databaseReachable
              ? t.healthReachable
              : `${t.healthUnreachable} (${data.health.error ?? ''})`}
          </dd>
          <dt>{t.healthVersion}</dt>
          <dd data-testid="neo4j-version">{data.health.neo4jVersion ?? '–'}</dd>
          <dt>{t.healthAppVersion}</dt>
          <dd>{data.version}</dd>
          <dt>{t.healthCounts}</dt>
          <dd>
            {data.health.counts.length === 0 ? (
              t.healthEmpty
            ) : (
              <ul className="counts">
                {data.health.counts.map((c) => (
                  <li key={c.label}>
                    {c.label}: {c.count}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      )}
    </section>
  );
}
