// The dependency report: per goal, programme or actor (or the whole portfolio), the dependencies the
// planned dates already break (conflicts, as Jira Plans flags them), those with little slack, and those
// across actors. The scope lives in the URL (dependencyReportState.ts).
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { navigate, useSearchParams } from '../../app/url';
import { EntityPicker } from '../../components/EntityPicker';
import { ItemLink } from '../../components/ItemLink';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { DependencyReportQuery, type Finding, ScopeNameQuery } from './dependencyReportQuery';
import { readDependencyReportState, reportVariables, scopeOf } from './dependencyReportState';

function FindingTable({ rows, testId }: { rows: readonly Finding[]; testId: string }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="muted">{t.depReportNone}</p>;
  const owners = (list: readonly { id: string; name: string }[]) => list.map((o) => o.name).join(', ');
  return (
    <div className="table-wrap">
      <table className="findings" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t.depReportFrom}</th>
            <th scope="col">{t.depReportTo}</th>
            <th scope="col">{t.depReportType}</th>
            <th scope="col">{t.depReportDates}</th>
            <th scope="col">{t.depReportSlack}</th>
            <th scope="col">{t.depReportOwners}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr
              key={`${f.from?.id}>${f.to?.id}`}
              className={f.violated ? 'violated' : undefined}
              data-from={f.from?.id}
              data-to={f.to?.id}
            >
              <th scope="row">{f.from ? <ItemLink id={f.from.id}>{f.from.name}</ItemLink> : '–'}</th>
              <td>{f.to ? <ItemLink id={f.to.id}>{f.to.name}</ItemLink> : '–'}</td>
              <td>
                {f.type}
                {f.lagDays ? ` ${f.lagDays > 0 ? '+' : ''}${f.lagDays} d` : ''}
              </td>
              <td className="small">
                {f.predecessorPoint.date.label} → {f.dependentPoint.date.label}
              </td>
              <td className="num">
                {f.violated ? (
                  <strong className="bad">{format(t.depReportBrokenBy, { n: -f.slackDays })}</strong>
                ) : (
                  `${f.slackDays} d`
                )}
              </td>
              <td className="small">
                {owners(f.fromOwners)}
                {f.crossActor && ` ↔ ${owners(f.toOwners)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DependencyReportView() {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const state = useMemo(() => readDependencyReportState(params), [params]);
  const { data, previousData, loading, error, refetch } = useQuery(DependencyReportQuery, {
    variables: { ...reportVariables(state), locale: locale === 'nb' ? 'NB' : 'EN' },
    fetchPolicy: 'cache-and-network',
  });
  const scopeName = useQuery(ScopeNameQuery, {
    variables: { id: state.scope?.id ?? '' },
    skip: !state.scope,
  }).data?.entity.name;
  const report = (data ?? previousData)?.dependencyReport;

  return (
    <section className="view dependency-report" aria-labelledby="dep-report-title">
      <div className="view-head">
        <h2 id="dep-report-title">{t.depReportTitle}</h2>
        <p className="summary">{t.depReportIntro}</p>
      </div>
      <div className="filters">
        <EntityPicker
          label={t.depReportScope}
          kinds={['Goal', 'Initiative', 'Actor']}
          onPick={(hit) => navigate({ scope: scopeOf(hit) }, 'replace')}
          testId="dep-report-scope"
        />
        <p className="small" data-testid="dep-report-scope-shown">
          {state.scope
            ? format(t.depReportScopeShown, { name: scopeName ?? state.scope.id })
            : t.depReportAll}{' '}
          {state.scope && (
            <button type="button" onClick={() => navigate({ scope: null }, 'replace')}>
              {t.depReportAll}
            </button>
          )}
        </p>
        <label>
          {t.depReportTightDays}{' '}
          <input
            type="number"
            min={0}
            max={3650}
            value={state.tightDays}
            onChange={(e) => navigate({ tight: e.target.value }, 'replace')}
          />
        </label>
      </div>
      <QueryState loading={loading} error={error} hasData={!!report} onRetry={() => void refetch()}>
        {report && (
          <>
            <section aria-labelledby="dep-conflicts-title">
              <h3 id="dep-conflicts-title">
                {t.depReportConflicts} <span className="badge bad">{report.conflicts.length}</span>
              </h3>
              <FindingTable rows={report.conflicts} testId="dep-conflicts" />
            </section>
            <section aria-labelledby="dep-tight-title">
              <h3 id="dep-tight-title">
                {t.depReportTight} (≤ {report.tightDays} d){' '}
                <span className="badge">{report.tight.length}</span>
              </h3>
              <FindingTable rows={report.tight} testId="dep-tight" />
            </section>
            <section aria-labelledby="dep-cross-title">
              <h3 id="dep-cross-title">
                {t.depReportCross} <span className="badge">{report.crossActor.length}</span>
              </h3>
              <FindingTable rows={report.crossActor} testId="dep-cross" />
            </section>
          </>
        )}
      </QueryState>
    </section>
  );
}
