// View 3, "Hva forsinkes hvis …": pick items and risks, give delays in weeks, and see at once what
// slips and by how much: a table with each driving chain, ghost bars on a timeline, the chains in a
// graph, the critical path and missed deadlines. Save as a named scenario, reopen, compare.
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { usePlannerToken } from '../../app/token';
import { navigate, useSearchParams } from '../../app/url';
import { describeApiErrors } from '../../components/apiErrors';
import { EntityPicker } from '../../components/EntityPicker';
import { ItemLink } from '../../components/ItemLink';
import { kindMessageKey } from '../../components/kinds';
import { ErrorBox, Loading, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { type ExportChoice, ExportMenu } from '../../shared/export/ExportMenu';
import { isoToday } from '../../shared/export/exportLabels';
import { impactExportUrl } from '../../shared/export/exportUrls';
import {
  type Delay,
  delaysParam,
  type ImpactState,
  readImpactState,
  weeksToDays,
} from '../../shared/impactState';
import { VisNetwork } from '../../shared/vis/VisNetwork';
import { VisTimeline } from '../../shared/vis/VisTimeline';
import {
  CompareScenariosQuery,
  EntityNameQuery,
  ImpactQuery,
  type ImpactResult,
  SaveScenarioMutation,
  ScenariosQuery,
} from './impactQuery';
import { impactNetwork, impactTimeline } from './impactViews';

export function ImpactView() {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const state = useMemo(() => readImpactState(params), [params]);
  const hasInput = state.delays.length > 0 || state.risks.length > 0;
  const { data, previousData, loading, error, refetch } = useQuery(ImpactQuery, {
    variables: {
      delays: state.delays.map((d) => ({ id: d.id, days: weeksToDays(d.weeks) })),
      riskIds: state.risks,
      mode: state.mode,
      locale: locale === 'nb' ? 'NB' : 'EN',
    },
    skip: !hasInput,
  });
  const result = (data ?? previousData)?.impact;

  return (
    <section className="view impact-view" aria-labelledby="impact-title">
      <div className="view-head">
        <h2 id="impact-title">{t.impactTitle}</h2>
        <p className="summary">{t.impactIntro}</p>
        {hasInput && (
          <ExportMenu
            testId="impact-export"
            choices={(['csv', 'xlsx'] as const).map(
              (f): ExportChoice => ({
                kind: 'server',
                id: f,
                label: f === 'csv' ? t.exportCsv : t.exportXlsx,
                url: impactExportUrl(f, state, locale),
                fallbackName: `veikart-konsekvens-${isoToday()}.${f}`,
              }),
            )}
          />
        )}
      </div>
      <div className="impact-layout">
        <ImpactInputs state={state} />
        <div className="impact-results">
          {!hasInput && <p className="empty">{t.impactIntro}</p>}
          {hasInput && (
            <QueryState loading={loading} error={error} hasData={!!result} onRetry={() => void refetch()}>
              {result && <ImpactResults result={result} state={state} />}
            </QueryState>
          )}
          {state.compare.length >= 2 && <ScenarioComparison ids={state.compare} />}
        </div>
      </div>
    </section>
  );
}

function DelayName({ id }: { id: string }) {
  const { data } = useQuery(EntityNameQuery, { variables: { id } });
  return <ItemLink id={id}>{data?.entity.name ?? id}</ItemLink>;
}

function ImpactInputs({ state }: { state: ImpactState }) {
  const { t } = useI18n();
  const setDelays = (delays: Delay[]) => navigate({ delays: delaysParam(delays), scenario: null }, 'replace');
  return (
    <aside className="impact-inputs" aria-label={t.impactIntro}>
      <h3>{t.impactDelayWeeks}</h3>
      <ul className="delay-list">
        {state.delays.map((d, index) => (
          <li key={d.id}>
            <DelayName id={d.id} />
            <label className="inline">
              <span className="sr-only">{t.impactDelayWeeks}</span>
              <input
                type="number"
                min={-52}
                max={520}
                step={1}
                value={d.weeks}
                onChange={(e) =>
                  setDelays(
                    state.delays.map((x, i) => (i === index ? { ...x, weeks: Number(e.target.value) } : x)),
                  )
                }
              />{' '}
              {t.impactWeeks.replace('{n} ', '')}
            </label>
            <button
              type="button"
              aria-label={`${t.impactRemove} ${d.id}`}
              onClick={() => setDelays(state.delays.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker
        label={t.impactAdd}
        kinds={['Initiative', 'Milestone', 'Condition']}
        onPick={(hit) => {
          if (!state.delays.some((d) => d.id === hit.id))
            setDelays([...state.delays, { id: hit.id, weeks: 4 }]);
        }}
        testId="impact-add-item"
      />
      <h3>{t.impactRisks}</h3>
      <ul className="delay-list">
        {state.risks.map((id) => (
          <li key={id}>
            ⚠ <DelayName id={id} />
            <button
              type="button"
              aria-label={`${t.impactRemove} ${id}`}
              onClick={() =>
                navigate({ risks: state.risks.filter((r) => r !== id), scenario: null }, 'replace')
              }
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker
        label={t.impactAdd}
        kinds={['Risk']}
        onPick={(hit) => {
          if (!state.risks.includes(hit.id))
            navigate({ risks: [...state.risks, hit.id], scenario: null }, 'replace');
        }}
        testId="impact-add-risk"
      />
      <label>
        {t.impactMode}
        <select value={state.mode} onChange={(e) => navigate({ mode: e.target.value }, 'replace')}>
          <option value="PRESERVE">{t.modePRESERVE}</option>
          <option value="RECOMPUTE">{t.modeRECOMPUTE}</option>
        </select>
      </label>
      <SaveScenario state={state} />
      <ScenarioList state={state} />
    </aside>
  );
}

function ImpactResults({ result, state }: { result: ImpactResult; state: ImpactState }) {
  const { t, locale } = useI18n();
  const causes = useMemo(() => new Set([...state.delays.map((d) => d.id), ...state.risks]), [state]);
  const timeline = useMemo(() => impactTimeline(result.affected), [result.affected]);
  const network = useMemo(() => impactNetwork(result.affected, causes), [result.affected, causes]);
  const missed = result.affected.filter((a) => a.missedDeadline);
  const [selected, setSelected] = useState<string | null>(null);
  const critical = new Set(result.criticalPath.itemIds);

  return (
    <div className="impact-result" data-testid="impact-result">
      <p className="summary-cards" role="status">
        <span className="card">
          <strong>{result.affected.length}</strong> {t.impactAffected.toLowerCase()}
        </span>
        <span className="card">
          {t.impactPlanEnd}: <strong>+{result.planEnd.slipDays} d</strong>
        </span>
        <span className={missed.length ? 'card bad' : 'card'}>
          {t.impactMissed}: <strong>{missed.length}</strong>
        </span>
      </p>
      {result.affected.length === 0 ? (
        <p className="empty">{t.impactNothing}</p>
      ) : (
        <>
          <section aria-labelledby="impact-timeline-title">
            <h3 id="impact-timeline-title">{t.impactOnTimeline}</h3>
            {timeline.hidden > 0 && <p className="note">+{timeline.hidden} …</p>}
            <VisTimeline
              groups={timeline.groups}
              items={timeline.items}
              min={timeline.min}
              max={timeline.max}
              locale={locale}
              arrows={null}
              label={t.impactOnTimeline}
              onSelect={(id) => navigate({ item: id })}
              height={Math.min(420, 60 + timeline.groups.length * 44)}
            />
          </section>
          <section aria-labelledby="impact-table-title">
            <h3 id="impact-table-title">{t.impactTable}</h3>
            <div className="table-wrap">
              <table className="slips" data-testid="impact-table">
                <thead>
                  <tr>
                    <th scope="col">{t.impactAffected}</th>
                    <th scope="col">{t.impactOld}</th>
                    <th scope="col">{t.impactNew}</th>
                    <th scope="col">{t.impactSlip}</th>
                    <th scope="col">{t.impactChain}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.affected.map((a) => (
                    <tr
                      key={a.item.id}
                      className={a.missedDeadline ? 'missed' : undefined}
                      data-item={a.item.id}
                    >
                      <th scope="row">
                        <ItemLink id={a.item.id}>{a.item.name}</ItemLink>
                        <span className="badge small">{t[kindMessageKey(a.item.__typename)]}</span>
                        {a.nowCritical && <span className="badge small bad">{t.impactNowCritical}</span>}
                      </th>
                      <td>{a.oldEnd.date.label}</td>
                      <td>{a.newEnd.date.label}</td>
                      <td className="num">
                        <strong>+{a.slipDays} d</strong>
                        <span className="muted small"> ({Math.round((a.slipDays / 7) * 10) / 10} u)</span>
                      </td>
                      <td className="chain">
                        {a.drivingChain.map((link, i) => (
                          <span key={link.item.id}>
                            {i > 0 && ' → '}
                            <ItemLink id={link.item.id}>{link.item.name}</ItemLink>
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="impact-graph-title">
            <h3 id="impact-graph-title">{t.impactOnGraph}</h3>
            <div className="impact-graph">
              <VisNetwork
                nodes={network.nodes}
                edges={network.edges}
                selected={selected}
                label={t.impactOnGraph}
                onSelect={setSelected}
                onOpen={(id) => navigate({ item: id })}
              />
            </div>
          </section>
        </>
      )}
      <div className="two-cols">
        <section aria-labelledby="impact-missed-title">
          <h3 id="impact-missed-title">{t.impactMissed}</h3>
          {missed.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ul>
              {missed.map((a) => (
                <li key={a.item.id}>
                  <ItemLink id={a.item.id}>{a.item.name}</ItemLink>: {a.missedDeadline?.deadline.label} (
                  {a.missedDeadline?.source.name}), +{a.missedDeadline?.byDays} d
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="impact-critical-title">
          <h3 id="impact-critical-title">{t.impactCritical}</h3>
          {result.criticalPath.steps.length === 0 ? (
            <p className="muted">{t.none}</p>
          ) : (
            <ol className="critical-path">
              {result.criticalPath.steps.map((s) => (
                <li key={s.item.id} className={critical.has(s.item.id) ? 'on-path' : undefined}>
                  <ItemLink id={s.item.id}>{s.item.name}</ItemLink>{' '}
                  <span className="muted small">
                    {s.start.date.label} – {s.finish.date.label}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      {result.assumptions.length > 0 && (
        <section>
          <h3>{locale === 'nb' ? 'Antakelser' : 'Assumptions'}</h3>
          <ul className="small">
            {result.assumptions.map((a) => (
              <li key={`${a.risk.id}-${a.item.id}`}>
                {a.risk.name} → {a.item.name}: {format(t.delayDays, { n: a.assumedDelayDays })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function SaveScenario({ state }: { state: ImpactState }) {
  const { t, locale } = useI18n();
  const token = usePlannerToken();
  const [name, setName] = useState('');
  const [save, { loading, error }] = useMutation(SaveScenarioMutation, { refetchQueries: ['Scenarios'] });
  if (!token) return <p className="small muted">{t.needToken}</p>;
  return (
    <form
      className="save-scenario"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await save({
          variables: {
            input: {
              name,
              mode: state.mode,
              riskIds: state.risks,
              delays: state.delays.map((d) => ({ id: d.id, days: weeksToDays(d.weeks) })),
            },
          },
        }).catch(() => null);
        const id = result?.data?.saveScenario.id;
        if (id) {
          navigate({ scenario: id }, 'replace');
          setName('');
        }
      }}
    >
      <label>
        {t.impactScenarioName}
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <button type="submit" disabled={loading || !name.trim()}>
        {t.impactSaveAs}
      </button>
      {error && (
        <p role="alert" className="field-error">
          {describeApiErrors(error, locale)
            .map((x) => x.message)
            .join(' ')}
        </p>
      )}
    </form>
  );
}

function ScenarioList({ state }: { state: ImpactState }) {
  const { t } = useI18n();
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
                  navigate(
                    {
                      compare: e.target.checked
                        ? [...state.compare, s.id]
                        : state.compare.filter((c) => c !== s.id),
                    },
                    'replace',
                  )
                }
                aria-label={`${t.impactCompare}: ${s.name}`}
              />
              {s.name}
            </label>
            <button
              type="button"
              onClick={() =>
                navigate({
                  scenario: s.id,
                  mode: s.mode,
                  risks: s.riskIds,
                  delays: delaysParam(
                    s.delays.map((d) => ({ id: d.itemId, weeks: Math.round((d.days / 7) * 10) / 10 })),
                  ),
                })
              }
            >
              {t.impactOpen}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ScenarioComparison({ ids }: { ids: string[] }) {
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
