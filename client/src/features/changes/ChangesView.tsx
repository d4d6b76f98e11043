// Endringer: the portfolio's change feed, newest first, filterable by person, period (from a day)
// and kind; each change set opens to show every changed field before → after. The filter is in the URL.
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { navigate, useSearchParams } from '../../app/url';
import { ErrorBox, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ChangeSetCard, LoadOlder } from '../../shared/history/ChangeSetView';
import { appendPage, ChangeFeedQuery } from '../../shared/history/historyQueries';
import { CHANGE_KINDS, type ChangeKind, changesVariables, readChangesState } from './changesState';

const KIND_LABELS: Record<ChangeKind, MessageKey> = {
  initiative: 'changesKindInitiative',
  milestone: 'changesKindMilestone',
  dependency: 'changesKindDependency',
  risk: 'changesKindRisk',
  scenario: 'changesKindScenario',
};

export function ChangesView() {
  const { t } = useI18n();
  const params = useSearchParams();
  const state = useMemo(() => readChangesState(params), [params]);
  const variables = useMemo(() => changesVariables(state), [state]);
  const [by, setBy] = useState(state.by);
  useEffect(() => setBy(state.by), [state.by]);
  useEffect(() => {
    if (by === state.by) return;
    const timer = setTimeout(() => navigate({ by }, 'replace'), 300);
    return () => clearTimeout(timer);
  }, [by, state.by]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(ChangeFeedQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.changes;
  const filtered = !!(state.by || state.since || state.kinds.length);

  return (
    <section className="view changes-view" aria-labelledby="changes-title">
      <div className="view-head">
        <h2 id="changes-title">{t.changesTitle}</h2>
        {loading && page && (
          <p className="summary" role="status">
            {t.loading}
          </p>
        )}
      </div>
      <form className="filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t.changesBy} <input type="search" value={by} onChange={(e) => setBy(e.target.value)} name="by" />
        </label>
        <label>
          {t.changesSince}{' '}
          <input
            type="date"
            value={state.since}
            onChange={(e) => navigate({ since: e.target.value || null }, 'replace')}
            name="since"
          />
        </label>
        <fieldset className="checks">
          <legend>{t.changesKinds}</legend>
          {(Object.keys(CHANGE_KINDS) as ChangeKind[]).map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={state.kinds.includes(kind)}
                onChange={(e) =>
                  navigate(
                    {
                      changeKinds: e.target.checked
                        ? [...state.kinds, kind]
                        : state.kinds.filter((k) => k !== kind),
                    },
                    'replace',
                  )
                }
              />
              {t[KIND_LABELS[kind]]}
            </label>
          ))}
        </fieldset>
        {filtered && (
          <button
            type="button"
            onClick={() => navigate({ by: null, since: null, changeKinds: null }, 'replace')}
          >
            {t.changesClear}
          </button>
        )}
      </form>
      {loading && !page && <Loading />}
      {error && !page && <ErrorBox error={error} onRetry={() => void refetch()} />}
      {error && page && <ErrorBox error={error} onRetry={() => void refetch()} />}
      {page && page.changeSets.length === 0 && <p className="empty">{t.changesEmpty}</p>}
      {page && page.changeSets.length > 0 && (
        <ol className="change-sets" data-testid="change-feed">
          {page.changeSets.map((cs) => (
            <li key={cs.id}>
              <ChangeSetCard changeSet={cs} />
            </li>
          ))}
        </ol>
      )}
      {page?.hasMore && (
        <LoadOlder
          loading={loading}
          onLoad={() =>
            fetchMore({
              variables: { after: page.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                changes: appendPage(previous.changes, fetchMoreResult.changes),
              }),
            })
          }
        />
      )}
    </section>
  );
}
