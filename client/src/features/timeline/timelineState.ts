// The timeline's view state as kept in the URL (?groupBy=…&from=…&to=…&q=…&kinds=…&statuses=…&actors=…
// &collapsed=…&window=…).
import { listParam } from '../../app/url';
import { INITIATIVE_KINDS, type InitiativeKind } from '../../components/kinds';

export const GROUPINGS = ['ACTOR', 'PROGRAMME', 'STRATEGY_GOAL', 'STATUS'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const FILTER_STATUSES = ['green', 'yellow', 'red', 'blue', 'grey', 'unknown'] as const;

export const DEFAULT_FROM = '2019-01-01';
export const DEFAULT_TO = '2030-12-31';

export interface TimelineState {
  groupBy: Grouping;
  from: string;
  to: string;
  text: string;
  kinds: string[];
  statuses: string[];
  actors: string[];
  arrows: boolean;
  list: boolean;
  /** A saved baseline drawn as ghost bars (?baseline=<id>). */
  baseline: string | null;
  /** Lanes drawn as one roll-up bar (?collapsed=<lane keys>, or `*` for every lane). */
  collapsed: Collapsed;
  /** The visible window when the user zoomed or moved (?window=<first day>,<last day>), else null. */
  window: VisibleWindow | null;
}

export type Collapsed = ReadonlySet<string> | 'all';
export interface VisibleWindow {
  start: string;
  end: string;
}

export const ALL_LANES = '*';

const isDay = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function readTimelineState(params: URLSearchParams): TimelineState {
  const groupBy = params.get('groupBy');
  return {
    groupBy: (GROUPINGS as readonly string[]).includes(groupBy ?? '') ? (groupBy as Grouping) : 'ACTOR',
    from: isDay(params.get('from')) ? (params.get('from') as string) : DEFAULT_FROM,
    to: isDay(params.get('to')) ? (params.get('to') as string) : DEFAULT_TO,
    text: params.get('q') ?? '',
    kinds: listParam(params, 'kinds'),
    statuses: listParam(params, 'statuses'),
    actors: listParam(params, 'actors'),
    arrows: params.get('arrows') === '1',
    list: params.get('list') === '1',
    baseline: params.get('baseline') || null,
    collapsed: readCollapsed(listParam(params, 'collapsed')),
    window: readWindow(params.get('window')),
  };
}

function readCollapsed(keys: string[]): Collapsed {
  return keys.includes(ALL_LANES) ? 'all' : new Set(keys);
}

export function isCollapsed(collapsed: Collapsed, lane: string): boolean {
  return collapsed === 'all' || collapsed.has(lane);
}

/** The ?collapsed= value after one lane is folded or unfolded (`lanes`: every lane on screen). */
export function toggleLane(collapsed: Collapsed, lane: string, lanes: readonly string[]): string[] {
  const current = collapsed === 'all' ? new Set(lanes) : new Set(collapsed);
  if (current.has(lane)) current.delete(lane);
  else current.add(lane);
  return lanes.every((l) => current.has(l)) ? [ALL_LANES] : [...current];
}

function readWindow(value: string | null): VisibleWindow | null {
  const [start, end] = (value ?? '').split(',');
  return isDay(start ?? null) && isDay(end ?? null) && (start as string) < (end as string)
    ? { start: start as string, end: end as string }
    : null;
}

/** The ?window= value: null when the window is the whole period (the default needs no parameter). */
export function windowParam(window: VisibleWindow, state: Pick<TimelineState, 'from' | 'to'>): string | null {
  return window.start === state.from && window.end === state.to ? null : `${window.start},${window.end}`;
}

/** The roadmap filter argument, or null when nothing is filtered. */
export function roadmapFilter(state: TimelineState) {
  const filter: { text?: string; kinds?: InitiativeKind[]; statuses?: string[]; actorIds?: string[] } = {};
  const kinds = state.kinds.filter((k): k is InitiativeKind =>
    (INITIATIVE_KINDS as readonly string[]).includes(k),
  );
  if (state.text.trim()) filter.text = state.text.trim();
  if (kinds.length) filter.kinds = kinds;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.actors.length) filter.actorIds = state.actors;
  return Object.keys(filter).length ? filter : null;
}
