// Who may: the one place that turns a request's bearer token into a viewer and decides whether the
// viewer may do what needs a role. /graphql (context and Pothos scope-auth) and the export routes
// both use it, so they answer alike: an invalid token, or no token where anonymous callers may not,
// is 401 UNAUTHENTICATED; a valid caller without the role is 403 FORBIDDEN naming the role needed.
import { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { hasRole, resolveViewer, type TokenTable, type Viewer } from '../auth/viewer.js';
import { isCodeOf, ROLE, type Role } from '../domain/model/vocabulary.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';
import { HTTP_STATUS } from './status.js';

/** The viewer an Authorization header names; a token that matches nothing throws UNAUTHENTICATED. */
export async function viewerOf(tokens: TokenTable, authorization: string | undefined): Promise<Viewer> {
  const viewer = await resolveViewer(tokens, authorization);
  if ('error' in viewer) throw unauthenticated();
  return viewer;
}

/** Why the viewer may not do what needs `needed`, or null when it may. */
export function refusal(viewer: Viewer, needed: Role): AppError | null {
  if (hasRole(viewer, needed)) return null;
  return viewer.role === 'anonymous' ? unauthenticated() : forbidden(needed);
}

/** Express middleware: go on only for a viewer with the role (run it before reading a body). */
export const requireRole =
  (tokens: TokenTable, needed: Role): RequestHandler =>
  async (req, _res, next) => {
    try {
      next(refusal(await viewerOf(tokens, req.headers.authorization), needed) ?? undefined);
    } catch (error) {
      next(error);
    }
  };

/** For the GraphQL context: the viewer, or the UNAUTHENTICATED error as a GraphQLError with status 401. */
/** An AppError as a GraphQLError that Apollo answers with the error's HTTP status (before execution). */
export function appGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.messageEn, {
    extensions: {
      code: error.code,
      messageNb: error.messageNb,
      messageEn: error.messageEn,
      ...error.details,
      http: { status: HTTP_STATUS[error.code] },
    },
  });
}

export async function graphqlViewerOf(
  tokens: TokenTable,
  authorization: string | undefined,
): Promise<Viewer> {
  try {
    return await viewerOf(tokens, authorization);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    throw appGraphQLError(error);
  }
}

const rank = (role: Role) => ROLE.codes.indexOf(role);

/**
 * The role a Pothos scope-auth failure asked for, read from its typed scopes: the least of the
 * alternatives of an "any" failure, the greatest of an "all" failure; null when no role scope failed.
 */
export function roleNeededBy(failure: AuthFailure): Role | null {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
    case AuthScopeFailureType.GrantedScope:
      return isCodeOf(ROLE, failure.scope) ? failure.scope : null;
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes: {
      const roles = failure.failures.map(roleNeededBy).filter((r): r is Role => r !== null);
      if (roles.length === 0) return null;
      const pick = failure.kind === AuthScopeFailureType.AnyAuthScopes ? Math.min : Math.max;
      return ROLE.codes[pick(...roles.map(rank))] ?? null;
    }
    default:
      return null;
  }
}
