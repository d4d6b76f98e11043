// A baseline against another or against the plan now: the summary (items slipped, total slip,
// critical path changed), per item the start and end in each with the variance in days, and the
// added and removed items and dependencies.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ItemLink } from '../../components/ItemLink';
import { ErrorBox, Loading } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type MessageKey } from '../../i18n/messages';
import { formatDay, varianceLabel } from '../../shared/history/changeFormat';
import { CompareBaselinesQuery } from './baselineQueries';
import { comparisonRows } from './comparisonRows';

export function BaselineComparison({ a, b }: { a: string; b: string | null }) {
  const { t, locale } = useI18n();
  const [onlyChanged, setOnlyChanged] = useState(true);
  const { data, loading, error, refetch } = useQuery(CompareBaselinesQuery, {
    variables: { a, b },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorBox error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const c = data.compareBaselines;
  const s = c.summary;
  const rows = comparisonRows(c.items, onlyChanged);
  const names = new Map(c.items.map((i) => [i.itemId, i.name]));
  const day = (value: string | null | undefined) => (value ? formatDay(value, locale) : '—');
  return (
    <div className="comparison" data-testid="baseline-comparison">
      <p className="summary">
        <strong>
          {c.a.name} → {c.b?.name ?? t.compareNow}:
        </strong>{' '}
        {format(t.compareSummary, {
          slipped: s.itemsSlipped,
          total: s.totalSlipDays,
          max: s.maxSlipDays,
          ahead: s.itemsAhead,
          added: s.itemsAdded,
          removed: s.itemsRemoved,
        })}{' '}
        {format(t.compareDeps, { added: s.dependenciesAdded, removed: s.dependenciesRemoved })}{' '}
        <strong>{s.criticalPathChanged ? t.compareCriticalChanged : t.compareCriticalSame}</strong>
      </p>
      <label className="check">
        <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
        {t.compareOnlyChanged}
      </label>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.compareItem}</th>
              <th scope="col">{t.compareStatus}</th>
              <th scope="col">{t.compareStartA}</th>
              <th scope="col">{t.compareEndA}</th>
              <th scope="col">{t.compareStartB}</th>
              <th scope="col">{t.compareEndB}</th>
              <th scope="col" className="num">
                {t.compareVariance}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.itemId} data-status={row.status}>
                <th scope="row">
                  {row.status === 'REMOVED' ? row.name : <ItemLink id={row.itemId}>{row.name}</ItemLink>}
                </th>
                <td>{t[`compare${row.status}` as MessageKey]}</td>
                <td>{day(row.a?.start)}</td>
                <td>{day(row.a?.end)}</td>
                <td>{day(row.b?.start)}</td>
                <td>{day(row.b?.end)}</td>
                <td className={`num${(row.varianceDays ?? 0) > 0 ? ' slip' : ''}`}>
                  {row.varianceDays === null || row.varianceDays === undefined
                    ? '—'
                    : varianceLabel(row.varianceDays)}
                </td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t.none}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {[
        { title: t.compareAddedDeps, deps: c.addedDependencies },
        { title: t.compareRemovedDeps, deps: c.removedDependencies },
      ].map(({ title, deps }) =>
        deps.length ? (
          <section key={title}>
            <h4>{title}</h4>
            <ul className="refs">
              {deps.map((d) => (
                <li key={`${d.fromId}->${d.toId}`}>
                  {names.get(d.fromId) ?? d.fromId} → {names.get(d.toId) ?? d.toId}
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </div>
  );
}
