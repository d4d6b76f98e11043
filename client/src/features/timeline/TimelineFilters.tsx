// Filters of the roadmap: grouping, period, text, kinds, statuses and actor. Everything goes to the URL.
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useEffect, useState } from 'react';
import { navigate } from '../../app/url';
import { INITIATIVE_KINDS, initiativeKindName } from '../../components/kinds';
import { STATUS_COLOURS, statusKey } from '../../components/status';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { ActorOptionsQuery } from './roadmapQuery';
import { FILTER_STATUSES, GROUPINGS, type TimelineState } from './timelineState';

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The filters; `children` (the baseline picker) share their row, so the timeline keeps its height. */
export function TimelineFilters({ state, children }: { state: TimelineState; children?: ReactNode }) {
  const { t, locale } = useI18n();
  const actors = useQuery(ActorOptionsQuery);
  const [text, setText] = useState(state.text);
  // Typing updates the URL (and the query) after a short pause, without a history entry per key.
  useEffect(() => {
    if (text === state.text) return;
    const timer = setTimeout(() => navigate({ q: text }, 'replace'), 250);
    return () => clearTimeout(timer);
  }, [text, state.text]);
  useEffect(() => setText(state.text), [state.text]);

  const statusLabel = (s: string) =>
    s === 'unknown' ? t.statusUnknown : t[`status${s.toUpperCase()}` as MessageKey].split(':')[0];

  return (
    <form className="filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t.groupBy}
        <select value={state.groupBy} onChange={(e) => navigate({ groupBy: e.target.value })}>
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t[`group${g}` as MessageKey]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.filterText}
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Helseplattformen"
          name="q"
        />
      </label>
      <label>
        {t.filterActor}
        <select
          value={state.actors[0] ?? ''}
          onChange={(e) => navigate({ actors: e.target.value ? [e.target.value] : null })}
          disabled={!actors.data}
        >
          <option value="">{t.filterAllActors}</option>
          {actors.data?.actors.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </select>
      </label>
      <details className="dropdown">
        <summary>
          {t.filterKind}
          {state.kinds.length > 0 && ` (${state.kinds.length})`}
        </summary>
        <fieldset>
          <legend className="sr-only">{t.filterKind}</legend>
          {INITIATIVE_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={state.kinds.includes(kind)}
                onChange={() => navigate({ kinds: toggle(state.kinds, kind) })}
              />
              {initiativeKindName(kind, locale)}
            </label>
          ))}
        </fieldset>
      </details>
      <fieldset className="statuses">
        <legend>{t.filterStatus}</legend>
        {FILTER_STATUSES.map((s) => {
          const colour = STATUS_COLOURS[statusKey(s)];
          return (
            <label key={s} className="check status-check">
              <input
                type="checkbox"
                checked={state.statuses.includes(s)}
                onChange={() => navigate({ statuses: toggle(state.statuses, s) })}
              />
              <span
                className="swatch"
                aria-hidden="true"
                style={{ background: colour.fill, borderColor: colour.border }}
              />
              {statusLabel(s)}
            </label>
          );
        })}
      </fieldset>
      <label>
        {t.periodFrom}
        <input
          type="date"
          value={state.from}
          onChange={(e) => e.target.value && navigate({ from: e.target.value }, 'replace')}
        />
      </label>
      <label>
        {t.periodTo}
        <input
          type="date"
          value={state.to}
          onChange={(e) => e.target.value && navigate({ to: e.target.value }, 'replace')}
        />
      </label>
      <button
        type="button"
        onClick={() =>
          navigate({
            q: null,
            kinds: null,
            statuses: null,
            actors: null,
            from: null,
            to: null,
            groupBy: null,
          })
        }
      >
        {t.clearFilters}
      </button>
      {children}
    </form>
  );
}
