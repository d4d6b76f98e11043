// The timeline's view state as kept in the URL (?groupBy=…&from=…&to=…&q=…&kinds=…&statuses=…&actors=…).
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
}

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
  };
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
