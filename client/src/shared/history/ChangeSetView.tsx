// One change set as a reader sees it: what operation, who, when (Intl, in the user's language), why
// (reason, sak), and each changed field before → after. The item history shows the changes at the
// item straight away; the change feed loads a change set's changes when asked.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ItemLink } from '../../components/ItemLink';
import { ErrorBox, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import {
  actionLabel,
  fieldLabel,
  formatTimestamp,
  formatValue,
  operationLabel,
  relationshipWords,
  visibleChanges,
  visibleFields,
} from './changeFormat';
import { namesOfChanges } from './conflictText';
import { ChangeSetChangesQuery, type ChangeSetSummary, type EntityChangeData } from './historyQueries';

export function ChangeSetHead({ changeSet }: { changeSet: ChangeSetSummary }) {
  const { t, locale } = useI18n();
  return (
    <div className="change-head">
      <strong className="change-op">{operationLabel(changeSet.operation, t)}</strong>{' '}
      <span className="change-who">{format(t.historyBy, { by: changeSet.by })}</span>{' '}
      <time dateTime={changeSet.at} className="muted">
        {formatTimestamp(changeSet.at, locale)}
      </time>
      {changeSet.undoes && <span className="badge muted">{t.historyUndoes}</span>}
      {changeSet.redoes && <span className="badge muted">{t.historyRedoes}</span>}
      {(changeSet.reason || changeSet.sakId) && (
        <p className="change-why small">
          {changeSet.reason && (
            <span>
              {t.historyReason}: {changeSet.reason}
            </span>
          )}
          {changeSet.reason && changeSet.sakId && ' · '}
          {changeSet.sakId && (
            <span>
              {t.historySak} {changeSet.sakId}
            </span>
          )}
        </p>
      )}
    </div>
  );
}

export function EntityChangeList({ changes }: { changes: readonly EntityChangeData[] }) {
  const { t, locale } = useI18n();
  const names = namesOfChanges(changes);
  return (
    <ul className="entity-changes">
      {visibleChanges(changes).map((c) => {
        const fields = c.action === 'UPDATED' ? visibleFields(c.fields) : [];
        const title =
          c.kind === 'relationship' && c.fromId && c.toId
            ? `${names[c.fromId] ?? c.fromId} ${relationshipWords(c.label, locale)} ${names[c.toId] ?? c.toId}`
            : (names[c.id] ?? c.id);
        return (
          <li key={c.id} data-action={c.action}>
            <span className="badge">{actionLabel(c.action, t)}</span>{' '}
            {c.kind === 'node' && c.action !== 'DELETED' ? <ItemLink id={c.id}>{title}</ItemLink> : title}
            {fields.length > 0 && (
              <table className="field-changes">
                <tbody>
                  {fields.map((f) => (
                    <tr key={f.field}>
                      <th scope="row">{fieldLabel(f.field, t)}</th>
                      <td>
                        <del>{formatValue(f.before)}</del>
                        <span aria-hidden="true"> → </span>
                        <ins>{formatValue(f.after)}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A change set of the feed: the head, and its changes on demand. */
export function ChangeSetCard({ changeSet }: { changeSet: ChangeSetSummary }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <article className="change-set" data-testid="change-set">
      <ChangeSetHead changeSet={changeSet} />
      <button type="button" className="linklike small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t.historyHideChanges : t.historyShowChanges} (
        {changeSet.changeCount === 1
          ? t.historyChanges1
          : format(t.historyChanges, { n: changeSet.changeCount })}
        )
      </button>
      {open && <LoadedChanges id={changeSet.id} />}
    </article>
  );
}

function LoadedChanges({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(ChangeSetChangesQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorBox error={error} onRetry={() => void refetch()} />;
  return <EntityChangeList changes={data?.changeSet.changes ?? []} />;
}

/** "Vis eldre": the next page of a change-set list. */
export function LoadOlder({ loading, onLoad }: { loading: boolean; onLoad(): Promise<unknown> }) {
  const { t } = useI18n();
  return (
    <button type="button" disabled={loading} onClick={() => void onLoad()}>
      {t.historyMore}
    </button>
  );
}
