// What slips: summary, the slips on a timeline (ghost bars at the old dates), the table with each
// driving chain, the chains in a graph, missed deadlines, the critical path and the assumptions.
import { useMemo, useState } from 'react';
import { navigate } from '../../app/url';
import { ItemLink } from '../../components/ItemLink';
import { kindMessageKey } from '../../components/kinds';
import { useI18n } from '../../i18n/I18nProvider';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import type { ImpactState } from '../../shared/impactState';
import { VisNetwork } from '../../shared/vis/VisNetwork';
import { VisTimeline } from '../../shared/vis/VisTimeline';
import type { AffectedItem, ImpactResult } from './impactQuery';
import { impactNetwork, impactTimeline } from './impactViews';

type Messages = ReturnType<typeof useI18n>['t'];

/** "forsinkelse Persontjenesten 56 d + Schrems II-dommen 90 d (antatt)": the slip split by cause. */
function sharesText(a: AffectedItem, t: Messages): string {
  return a.causeShares
    .map((s) => {
      const who = s.kind === 'DELAY' ? `${t.impactDelay} ${s.item?.name ?? ''}` : (s.risk?.name ?? '');
      const notes = [...(s.assumed ? [t.impactAssumed] : []), ...(s.driving ? [] : [t.impactNotDriving])];
      return `${who} ${s.days} d${notes.length ? ` (${notes.join(', ')})` : ''}`;
    })
    .join(a.combination === 'MAX' ? ' | ' : ' + ');
}

/** The chain starts at its cause: the risk or the delay, then the item it hit. */
function originText(a: AffectedItem, t: Messages): string {
  return a.chainOrigin.causes
    .map((c) =>
      c.kind === 'risk'
        ? `${c.risk?.name ?? ''}${c.assumed ? ` (${t.impactAssumed})` : ''}`
        : `${t.impactDelay} ${c.days} d`,
    )
    .join(' + ');
}

export function ImpactResults({ result, state }: { result: ImpactResult; state: ImpactState }) {
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
        <span className={result.summary.pastPeriodCount ? 'card bad' : 'card'}>
          {t.impactPastPeriod}: <strong>{result.summary.pastPeriodCount}</strong>
        </span>
        <span className={missed.length ? 'card bad' : 'card'}>
          {t.impactMissed}: <strong>{missed.length}</strong>
        </span>
        <span className={result.summary.goalTargets.length ? 'card bad' : 'card'}>
          {t.impactGoalYears}:{' '}
          <strong>
            {result.summary.goalTargets.map((g) => `${g.goal.name} (${g.year})`).join(', ') || '0'}
          </strong>
        </span>
        {result.summary.latestByGoal.slice(0, 3).map((l) => (
          <span className="card" key={l.group.id}>
            {t.impactLatestByGoal} {l.group.name}: <strong>{l.after.date.label}</strong> (+{l.slipDays} d)
          </span>
        ))}
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
                      </td>
                      <td className="num">
                        <strong>+{a.slipDays} d</strong>
                        <span className="muted small">
                          {' '}
                          ({formatNumber(a.slipDays / 7, locale)} {t.weeksShort})
                        </span>
                      </td>
                      <td className="causes small">{sharesText(a, t)}</td>
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
