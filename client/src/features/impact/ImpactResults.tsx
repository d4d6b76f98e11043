// What slips, consequences first: the summary (counts, goal years and deadlines missed, the latest date per
// goal and programme, the critical path to a target the planner picks, the assumed delays editable where
// they are shown); then the slips on a timeline, the table with each cause split and chain, the graph.
import { useMemo, useState } from 'react';
import { navigate } from '../../app/url';
import { EntityPicker } from '../../components/EntityPicker';
import { ItemLink } from '../../components/ItemLink';
import { kindMessageKey } from '../../components/kinds';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import { type ImpactState, riskDelaysParam } from '../../shared/impactState';
import { VisNetwork } from '../../shared/vis/VisNetwork';
import { VisTimeline } from '../../shared/vis/VisTimeline';
import type { AffectedItem, ImpactResult } from './impactQuery';
import { impactNetwork, impactTimeline } from './impactViews';

type Messages = ReturnType<typeof useI18n>['t'];

/** "forsinkelse Persontjenesten 56 d + Schrems II-dommen 90 d (antatt)": the slip split by cause. */
export function sharesText(a: AffectedItem, t: Messages): string {
  return a.causeShares
    .map((s) => {
      const who = s.kind === 'DELAY' ? `${t.impactDelay} ${s.item?.name ?? ''}` : (s.risk?.name ?? '');
      const notes = [
        ...(s.assumed ? [t.impactAssumed] : []),
        ...(s.driving ? [] : [t.impactNotDriving]),
        ...(s.absorbedDays > 0 ? [format(t.impactAbsorbed, { n: s.absorbedDays })] : []),
      ];
      return `${who} ${s.days} d${notes.length ? ` (${notes.join(', ')})` : ''}`;
    })
    .join(a.combination === 'MAX' ? ' | ' : ' + ');
}

/** How several causes combine: summed along one chain, or the largest of several paths. */
function combinationText(a: AffectedItem, t: Messages): string | null {
  if (a.causeShares.length < 2) return null;
  return a.combination === 'MAX' ? t.impactCombinationMax : t.impactCombinationSum;
}

/** The chain starts at its cause: the risk or the delay, then the item it hit. */
function originText(a: AffectedItem, t: Messages): string {
  return a.chainOrigin.causes
    .map((c) =>
      c.kind === 'risk'
        ? `${c.risk?.name ?? ''} ${c.days} d${c.assumed ? ` (${t.impactAssumed})` : ''}`
        : `${t.impactDelay} ${c.days} d`,
    )
    .join(' + ');
}

type Latest = ImpactResult['summary']['latestByGoal'][number];

function LatestList({ title, rows, testId }: { title: string; rows: readonly Latest[]; testId: string }) {
  const { t } = useI18n();
  return (
    <section className="latest" data-testid={testId}>
      <h4>{title}</h4>
      {rows.length === 0 ? (
        <p className="muted small">{t.none}</p>
      ) : (
        <ul className="small">
          {rows.map((l) => (
            <li key={l.group.id}>
              <ItemLink id={l.group.id}>{l.group.name}</ItemLink>: <strong>{l.after.date.label}</strong>{' '}
              {l.slipDays > 0 && <span className="slip">+{l.slipDays} d</span>}{' '}
              <span className="muted">
                ({format(t.impactLatestBefore, { date: l.before.date.label })}; {l.afterItem.name})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The assumed risk delays, each editable where it is shown: "what if Schrems II costs 180 days". */
function Assumptions({ result, state }: { result: ImpactResult; state: ImpactState }) {
  const { t } = useI18n();
  const byRisk = new Map<string, { name: string; days: number; items: string[] }>();
  for (const a of result.assumptions) {
    const entry = byRisk.get(a.risk.id) ?? { name: a.risk.name, days: a.assumedDelayDays, items: [] };
    entry.items.push(a.item.name);
    byRisk.set(a.risk.id, entry);
  }
  if (byRisk.size === 0) return null;
  const setDays = (id: string, days: number) => {
    const rest = state.riskDelays.filter((r) => r.id !== id);
    const next = Number.isInteger(days) && days >= 0 ? [...rest, { id, days }] : rest;
    navigate({ assumed: riskDelaysParam(next), scenario: null }, 'replace');
  };
  return (
    <section className="assumptions" data-testid="impact-assumptions">
      <h4>{t.impactAssumptionsTitle}</h4>
      <p className="muted small">{t.impactAssumedHelp}</p>
      <ul>
        {[...byRisk].map(([id, a]) => (
          <li key={id} data-risk={id}>
            <label className="inline">
              ⚠ {a.name}:{' '}
              <input
                type="number"
                min={0}
                max={3650}
                step={1}
                value={a.days}
                aria-label={format(t.impactAssumedDaysLabel, { risk: a.name })}
                onChange={(e) => setDays(id, Number(e.target.value))}
              />{' '}
              <span className="badge small assumed">{format(t.impactAssumedValue, { n: a.days })}</span>
            </label>{' '}
            <span className="muted small">→ {a.items.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The critical path to the item the planner cares about, with a picker for it. */
function CriticalPathTo({ result, state }: { result: ImpactResult; state: ImpactState }) {
  const { t } = useI18n();
  const critical = new Set(result.criticalPath.itemIds);
  const target = result.summary.target;
  return (
    <section className="critical-to" data-testid="impact-critical">
      <h4>
        {t.impactTargetTitle} {target ? <ItemLink id={target.id}>{target.name}</ItemLink> : '–'}{' '}
        <span className="muted small">({state.target ? t.impactTargetChosen : t.impactTargetAuto})</span>
      </h4>
      <div className="target-pick">
        <EntityPicker
          label={t.impactTargetPick}
          kinds={['Initiative', 'Milestone']}
          onPick={(hit) => navigate({ target: hit.id }, 'replace')}
          testId="impact-target"
        />
        {state.target && (
          <button type="button" onClick={() => navigate({ target: null }, 'replace')}>
            {t.impactTargetReset}
          </button>
        )}
      </div>
      {result.criticalPath.steps.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ol className="critical-path">
          {result.criticalPath.steps.map((s) => (
            <li key={s.item.id} className={critical.has(s.item.id) ? 'on-path' : undefined}>
              <ItemLink id={s.item.id}>{s.item.name}</ItemLink>{' '}
              <span className="muted small">
                {s.undated ? t.impactUndated : `${s.start.date.label} – ${s.finish.date.label}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ImpactResults({ result, state }: { result: ImpactResult; state: ImpactState }) {
  const { t, locale } = useI18n();
  const causes = useMemo(() => new Set([...state.delays.map((d) => d.id), ...state.risks]), [state]);
  const timeline = useMemo(() => impactTimeline(result.affected), [result.affected]);
  const network = useMemo(() => impactNetwork(result.affected, causes), [result.affected, causes]);
  const missed = result.affected.filter((a) => a.missedDeadline);
  const [selected, setSelected] = useState<string | null>(null);
  const summary = result.summary;

  return (
    <div className="impact-result" data-testid="impact-result">
      <section className="impact-summary" aria-labelledby="impact-summary-title" data-testid="impact-summary">
        <h3 id="impact-summary-title">{t.impactSummaryTitle}</h3>
        <p className="summary-cards" role="status">
          <span className="card" data-testid="summary-slipping">
            <strong>{summary.slippingCount}</strong> {t.impactSlipping}
          </span>
          <span className={summary.pastPeriodCount ? 'card bad' : 'card'} data-testid="summary-past-period">
            {t.impactPastPeriod}: <strong>{summary.pastPeriodCount}</strong>
          </span>
          <span className={missed.length ? 'card bad' : 'card'} data-testid="summary-missed">
            {t.impactMissed}: <strong>{missed.length}</strong>
          </span>
          <span className={summary.goalTargets.length ? 'card bad' : 'card'} data-testid="summary-goal-years">
            {t.impactGoalYears}: <strong>{summary.goalTargets.length}</strong>
          </span>
          {summary.undatedMovedCount > 0 && (
            <span className="card" data-testid="summary-undated">
              <strong>{summary.undatedMovedCount}</strong> {t.impactUndatedMoved}
            </span>
          )}
        </p>
        <div className="two-cols">
          <section data-testid="impact-goal-years">
            <h4>{t.impactGoalYears}</h4>
            {summary.goalTargets.length === 0 ? (
              <p className="muted small">{t.none}</p>
            ) : (
              <ul className="small">
                {summary.goalTargets.map((g) => (
                  <li key={g.goal.id}>
                    {format(t.impactGoalYearItem, { goal: g.goal.name, year: g.year, n: g.items.length })}
                  </li>
                ))}
              </ul>
            )}
            <h4>{t.impactMissed}</h4>
            {missed.length === 0 ? (
              <p className="muted small">{t.none}</p>
            ) : (
              <ul className="small">
                {missed.map((a) => (
                  <li key={a.item.id}>
                    <ItemLink id={a.item.id}>{a.item.name}</ItemLink>: {a.missedDeadline?.deadline.label} (
                    {a.missedDeadline?.source.name}), +{a.missedDeadline?.byDays} d
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div>
            <LatestList
              title={t.impactLatestByGoal}
              rows={summary.latestByGoal}
              testId="impact-latest-goal"
            />
            <LatestList
              title={t.impactLatestByProgramme}
              rows={summary.latestByProgramme}
              testId="impact-latest-programme"
            />
          </div>
        </div>
        <div className="two-cols">
          <CriticalPathTo result={result} state={state} />
          <Assumptions result={result} state={state} />
        </div>
      </section>
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
                    <th scope="col">{t.impactCauses}</th>
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
                      <td>{a.oldEnd?.date.label ?? a.window?.before.text ?? t.impactUndated}</td>
                      <td>
                        {a.newEnd?.date.label ?? a.window?.after.text ?? t.impactUndated}
                        {a.undated && <span className="badge small">{t.impactUndated}</span>}
                        {a.pastPeriodEnd && (
                          <span className="badge small bad">{t.impactPastPeriodBadge}</span>
                        )}
                        {a.undated && a.window && (
                          <div className="muted small" data-testid="window-reason">
                            {a.window.after.reason}
                          </div>
                        )}
                      </td>
                      <td className="num">
                        <strong>+{a.slipDays} d</strong>
                        <span className="muted small">
                          {' '}
                          ({formatNumber(a.slipDays / 7, locale)} {t.weeksShort})
                        </span>
                      </td>
                      <td className="causes small">
                        {sharesText(a, t)}
                        {combinationText(a, t) && (
                          <div className="muted" data-testid="combination">
                            = {combinationText(a, t)}
                          </div>
                        )}
                      </td>
                      <td className="chain">
                        <span className="origin">{originText(a, t)}</span>
                        {a.drivingChain.map((link) => (
                          <span key={link.item.id}>
                            {' → '}
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
      {result.reachedUndated.length > 0 && (
        <section aria-labelledby="impact-undated-title" data-testid="impact-reached-undated">
          <h3 id="impact-undated-title">{t.impactReachedUndated}</h3>
          <ul className="small">
            {result.reachedUndated.map((r) => (
              <li key={r.item.id}>
                <ItemLink id={r.item.id}>{r.item.name}</ItemLink>{' '}
                <span className="muted">({r.pathIds.join(' → ')})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
