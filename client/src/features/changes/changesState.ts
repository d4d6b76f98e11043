// The change feed's filter as kept in the URL (?view=changes&by=…&since=…&changeKinds=…). Pure.
import { listParam } from '../../app/url';

/** The kinds a reader can filter by, and the node labels or relationship types each stands for. */
export const CHANGE_KINDS = {
  initiative: ['Initiative'],
  milestone: ['Milestone'],
  dependency: ['DEPENDS_ON'],
  risk: ['Risk', 'AFFECTS'],
  scenario: ['Scenario'],
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

export interface ChangesState {
  by: string;
  since: string;
  kinds: ChangeKind[];
}

export function readChangesState(params: URLSearchParams): ChangesState {
  const since = params.get('since') ?? '';
  return {
    by: params.get('by') ?? '',
    since: /^\d{4}-\d{2}-\d{2}$/.test(since) ? since : '',
    kinds: listParam(params, 'changeKinds').filter((k): k is ChangeKind => k in CHANGE_KINDS),
  };
}

/** The changes(…) arguments for a filter; empty parts are left out. */
export function changesVariables(state: ChangesState) {
  return {
    by: state.by.trim() || null,
    since: state.since || null,
    kinds: state.kinds.length ? state.kinds.flatMap((k) => [...CHANGE_KINDS[k]]) : null,
  };
}
