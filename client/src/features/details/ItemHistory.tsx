// The details panel's "Historikk" tab: the item's change sets, newest first, each with who, when,
// what operation, every changed field before → after, and the reason or sak.
import { useQuery } from '@apollo/client/react';
import { ErrorBox, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { ChangeSetHead, EntityChangeList, LoadOlder } from '../../shared/history/ChangeSetView';
import { appendPage, ItemHistoryQuery } from '../../shared/history/historyQueries';

export function ItemHistory({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(ItemHistoryQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorBox error={error} onRetry={() => void refetch()} />;
  const page = data?.history;
  if (!page || page.changeSets.length === 0) return <p className="empty">{t.historyEmpty}</p>;
  return (
    <div className="item-history" data-testid="item-history">
      <ol className="change-sets">
        {page.changeSets.map((cs) => (
          <li key={cs.id} className="change-set">
            <ChangeSetHead changeSet={cs} />
            <EntityChangeList changes={cs.changes} />
          </li>
        ))}
      </ol>
      {page.hasMore && (
        <LoadOlder
          loading={loading}
          onLoad={() =>
            fetchMore({
              variables: { after: page.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                history: appendPage(previous.history, fetchMoreResult.history),
              }),
            })
          }
        />
      )}
    </div>
  );
}
