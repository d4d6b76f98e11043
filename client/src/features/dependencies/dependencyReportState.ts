// The dependency report's scope as kept in the URL: ?view=dependencies&scope=goal:<id> (or
// programme:<id>, actor:<id>) &tight=<days>. Pure.

export const SCOPE_KINDS = ['goal', 'programme', 'actor'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface DependencyReportState {
  scope: { kind: ScopeKind; id: string } | null;
  /** "Little slack": at most this many days (the API's default is 30). */
  tightDays: number;
}

export function readDependencyReportState(params: URLSearchParams): DependencyReportState {
  const raw = params.get('scope') ?? '';
  const cut = raw.indexOf(':');
  const kind = raw.slice(0, cut);
  const id = raw.slice(cut + 1);
  const tight = Number(params.get('tight'));
  return {
    scope:
      cut > 0 && id && (SCOPE_KINDS as readonly string[]).includes(kind)
        ? { kind: kind as ScopeKind, id }
        : null,
    tightDays: Number.isInteger(tight) && tight >= 0 && tight <= 3650 && params.has('tight') ? tight : 30,
  };
}

/** What a picked entity scopes the report to: a goal, an actor, or an initiative as a programme. */
export function scopeOf(hit: { __typename: string; id: string }): string {
  const kind: ScopeKind =
    hit.__typename === 'Goal' ? 'goal' : hit.__typename === 'Actor' ? 'actor' : 'programme';
  return `${kind}:${hit.id}`;
}

/** The dependencyReport(…) arguments for a scope. */
export function reportVariables(state: DependencyReportState) {
  const { scope } = state;
  return {
    goalId: scope?.kind === 'goal' ? scope.id : null,
    programmeId: scope?.kind === 'programme' ? scope.id : null,
    actorId: scope?.kind === 'actor' ? scope.id : null,
    tightDays: state.tightDays,
  };
}
