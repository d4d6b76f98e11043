// View 1, the veikart timeline: initiatives as bars and milestones as points in swimlanes, filtered
// and grouped from the URL, with a today line, a status legend and dependency arrows on demand.
import { useQuery } from '@apollo/client/react';
import { useMemo, useRef } from 'react';
import type { Timeline } from 'vis-timeline/peer';
import { navigate, useSearchParams } from '../../app/url';
import { ItemLink } from '../../components/ItemLink';
import { QueryState } from '../../components/QueryState';
import { StatusLegend } from '../../components/StatusLegend';
import { useI18n } from '../../i18n/I18nProvider';
import { format, type Messages } from '../../i18n/messages';
import { formatDay } from '../../shared/history/changeFormat';
import { dayOf, dayToDate } from '../../shared/vis/timelineItems';
import { VisTimeline } from '../../shared/vis/VisTimeline';
import { BaselinePicker } from './BaselinePicker';
import { type BaselineDatesLike, baselineGhosts } from './baselineGhosts';
import { type RoadmapData, RoadmapQuery, TimelineConflictsQuery } from './roadmapQuery';
import { TimelineExport } from './TimelineExport';
import { TimelineFilters } from './TimelineFilters';
import { type Bundle, OTHERS_LANE, toTimelineData } from './timelineData';
import {
  ALL_LANES,
  readTimelineState,
  roadmapFilter,
  type TimelineState,
  toggleLane,
  windowParam,
} from './timelineState';

const YEAR_MS = 365.25 * 86_400_000;

export function TimelineView() {
  const { t, locale } = useI18n();
  const params = useSearchParams();
  const state = useMemo(() => readTimelineState(params), [params]);
  const filter = useMemo(() => roadmapFilter(state), [state]);
  const result = useQuery(RoadmapQuery, {
    variables: {
      from: state.from,
      to: state.to,
      groupBy: state.groupBy,
      filter,
      locale: locale === 'nb' ? 'NB' : 'EN',
      withDependencies: state.arrows,
      baselineId: state.baseline,
      withBaseline: !!state.baseline,
    },
    // The roadmap is a read-only projection (12 MB at 10,000 tiltak): normalising it into the cache cost
    // seconds and nothing reads it from there. Edits refetch it (EditorDialog refetches active queries).
    fetchPolicy: 'no-cache',
  });
  const { loading, error, refetch } = result;
  // Keep showing the previous roadmap while a filter change loads, instead of flashing a spinner.
  const roadmap = result.dataState === 'complete' ? result.data.roadmap : result.previousData?.roadmap;
  const timelineData = useMemo(
    () =>
      roadmap
        ? toTimelineData(
            roadmap,
            {
              others: (n) => format(t.laneOthers, { n }),
              none: t.laneNone,
              bundle: (initiatives, milestones) => format(t.bundleText, { initiatives, milestones }),
              rollup: (initiatives, milestones) =>
                format(rollupMessage(t, milestones), { initiatives, milestones }),
            },
            { collapsed: state.collapsed },
          )
        : null,
    [roadmap, t, state.collapsed],
  );
  // The baseline's dates as ghost bars beside the bars they belong to (not in the exports).
  const drawnItems = useMemo(() => {
    if (!timelineData || !roadmap || !state.baseline) return timelineData?.items ?? [];
    const baselineOf = new Map<string, BaselineDatesLike>();
    for (const lane of roadmap.lanes)
      for (const item of [...lane.initiatives, ...lane.milestones])
        if (item.baseline) baselineOf.set(item.id, item.baseline);
    const ghosts = baselineGhosts(timelineData.items, baselineOf, {
      title: (name, from, to, variance) =>
        format(t.baselineGhostTitle, {
          name,
          from: formatDay(from, locale),
          to: formatDay(to, locale),
          variance,
        }),
    });
    return [...ghosts, ...timelineData.items];
  }, [timelineData, roadmap, state.baseline, t, locale]);
  const conflicts = useQuery(TimelineConflictsQuery, { fetchPolicy: 'cache-and-network' }).data
    ?.dependencyConflicts;
  const arrows = useMemo(() => {
    // A broken dependency is a conflict: always drawn, red; the others only with the arrows on.
    const broken = (conflicts ?? []).flatMap((c) =>
      c.from && c.to
        ? [
            {
              from: c.to.id,
              to: c.from.id,
              violated: true,
              title: format(t.conflictArrowTitle, { from: c.from.name, to: c.to.name, n: -c.slackDays }),
            },
          ]
        : [],
    );
    const seen = new Set(broken.map((b) => `${b.from}>${b.to}`));
    const others =
      state.arrows && roadmap?.dependencies
        ? roadmap.dependencies
            .map((d) => ({ from: d.toId, to: d.fromId }))
            .filter((d) => !seen.has(`${d.from}>${d.to}`))
        : [];
    return broken.length + others.length ? [...broken, ...others] : null;
  }, [state.arrows, roadmap, conflicts, t]);
  const min = useMemo(() => dayToDate(state.from), [state.from]);
  const max = useMemo(() => dayToDate(state.to), [state.to]);
  // A window from the URL that no longer meets the period (the period changed since) is dropped.
  const visibleWindow = useMemo(
    () =>
      state.window && state.window.end >= state.from && state.window.start <= state.to
        ? { start: dayToDate(state.window.start), end: dayToDate(state.window.end) }
        : null,
    [state.window, state.from, state.to],
  );
  const timeline = useRef<Timeline | null>(null);
  const laneIds = timelineData?.groups.map((g) => g.id) ?? [];
  const foldLane = (lane: string) =>
    navigate({ collapsed: toggleLane(state.collapsed, lane, laneIds) }, 'replace');

  const zoomTo = (years: number) => {
    const current = timeline.current;
    if (!current) return;
    const { start, end } = current.getWindow();
    const middle = (start.getTime() + end.getTime()) / 2;
    current.setWindow(middle - (years * YEAR_MS) / 2, middle + (years * YEAR_MS) / 2);
  };

  return (
    <section className="view timeline-view" aria-labelledby="timeline-title">
      <div className="view-head">
        <h2 id="timeline-title">{t.timelineTitle}</h2>
        {timelineData && (
          <p className="summary" role="status" data-testid="timeline-summary">
            {format(t.timelineSummary, {
              items: timelineData.initiativeCount,
              milestones: timelineData.milestoneCount,
              lanes: timelineData.groups.length,
            })}
            {loading && ` · ${t.loading}`}
          </p>
        )}
      </div>
      <TimelineFilters state={state}>
        <BaselinePicker selected={state.baseline} />
      </TimelineFilters>
      <div className="toolbar" role="toolbar" aria-label={t.timelineRegion}>
        <TimelineExport state={state} data={timelineData} />
        <button type="button" onClick={() => timeline.current?.zoomIn(0.5)}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => timeline.current?.zoomOut(0.5)}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={() => zoomTo(8)}>
          {t.zoomYears}
        </button>
        <button type="button" onClick={() => zoomTo(0.5)}>
          {t.zoomMonths}
        </button>
        <button type="button" onClick={() => timeline.current?.moveTo(new Date())}>
          {t.today}
        </button>
        <button type="button" onClick={() => timeline.current?.setWindow(min, max)}>
          {t.fit}
        </button>
        <button type="button" onClick={() => navigate({ collapsed: [ALL_LANES] }, 'replace')}>
          {t.collapseAll}
        </button>
        <button type="button" onClick={() => navigate({ collapsed: null }, 'replace')}>
          {t.expandAll}
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={state.arrows}
            onChange={(e) => navigate({ arrows: e.target.checked ? '1' : null }, 'replace')}
          />
          {t.showDependencies}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.list}
            onChange={(e) => navigate({ list: e.target.checked ? '1' : null }, 'replace')}
          />
          {locale === 'nb' ? 'Vis som liste' : 'Show as list'}
        </label>
      </div>
      <QueryState loading={loading} error={error} hasData={!!timelineData} onRetry={() => void refetch()}>
        {timelineData && timelineData.items.length === 0 && <p className="empty">{t.timelineEmpty}</p>}
        {timelineData && timelineData.rolledUp > 0 && (
          <p className="note">{format(t.timelineRolledUp, { n: timelineData.rolledUp })}</p>
        )}
        {timelineData && timelineData.bundledLanes > 0 && (
          <p className="note" data-testid="timeline-bundled">
            {format(t.timelineBundled, { n: timelineData.bundledLanes })}
          </p>
        )}
        {timelineData && (
          <VisTimeline
            groups={timelineData.groups}
            items={drawnItems}
            min={min}
            max={max}
            locale={locale}
            arrows={arrows}
            label={t.timelineRegion}
            onSelect={(id) => {
              const bundle = timelineData.bundles.get(id);
              const rolledUpLane = timelineData.rollups.get(id);
              if (bundle) navigate(drillInto(bundle, state));
              else if (rolledUpLane) foldLane(rolledUpLane);
              else navigate({ item: id });
            }}
            onReady={(created) => {
              timeline.current = created;
            }}
            window={visibleWindow ?? { start: min, end: max }}
            onWindowChange={(start, end) =>
              navigate({ window: windowParam({ start: dayOf(start), end: dayOf(end) }, state) }, 'replace')
            }
            onToggleLane={foldLane}
            labelsOutside
            toggleLabel={(lane, collapsed) => format(collapsed ? t.laneExpand : t.laneCollapse, { lane })}
          />
        )}
        {state.list && roadmap && <RoadmapList roadmap={roadmap} />}
      </QueryState>
      <p className="hint">
        {t.timelineHelp} {t.barLabelHelp}
      </p>
      <StatusLegend>
        <li data-testid="legend-conflict">
          <span className="arrow-swatch" aria-hidden="true" />
          {t.legendConflictArrow}
        </li>
      </StatusLegend>
    </section>
  );
}

/** The roll-up bar's words: "12 tiltak", "12 tiltak · 1 milepæl", "12 tiltak · 3 milepæler". */
function rollupMessage(t: Messages, milestones: number): string {
  if (milestones === 0) return t.rollupText;
  return milestones === 1 ? t.rollupTextWithMilestone : t.rollupTextWithMilestones;
}

/** A count bar opens its period, and its lane when the lane is a filter (an actor or a status). */
function drillInto(bundle: Bundle, state: TimelineState) {
  const lane = bundle.lane === OTHERS_LANE || bundle.lane === '-' ? null : bundle.lane;
  return {
    from: bundle.from,
    to: bundle.to,
    ...(lane && state.groupBy === 'ACTOR' ? { actors: [lane] } : {}),
    ...(lane && state.groupBy === 'STATUS' ? { statuses: [lane] } : {}),
  };
}

/** The same roadmap as a plain list: for screen readers, keyboard users and copying into minutes. */
function RoadmapList({ roadmap }: { roadmap: RoadmapData }) {
  const { t } = useI18n();
  return (
    <div className="roadmap-list">
      {roadmap.lanes.map((lane) => (
        <section key={lane.key}>
          <h3>{lane.key === '-' ? t.laneNone : lane.label}</h3>
          <ul>
            {lane.initiatives.map((i) => (
              <li key={i.id}>
                <ItemLink id={i.id}>{i.name}</ItemLink>{' '}
                <span className="muted">{[i.start?.label, i.end?.label].filter(Boolean).join(' – ')}</span>
              </li>
            ))}
            {lane.milestones.map((m) => (
              <li key={m.id}>
                ◆ <ItemLink id={m.id}>{m.name}</ItemLink> <span className="muted">{m.date?.label}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
