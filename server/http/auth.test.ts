// Who may: the role a scope-auth failure names, and the refusal a viewer gets without it.
import { type AuthFailure, AuthScopeFailureType as Kind } from '@pothos/plugin-scope-auth';
import { describe, expect, it } from 'vitest';
import { parseTokens, type Viewer } from '../auth/viewer.js';
import { AppError } from '../errors.js';
import { refusal, roleNeededBy, viewerOf } from './auth.js';

const scope = (s: string): AuthFailure => ({ kind: Kind.AuthScope, scope: s, parameter: true, error: null });

describe('roleNeededBy', () => {
  it.each<[string, AuthFailure, string | null]>([
    ['a role scope', scope('planner'), 'planner'],
    [
      'any of two: the lesser',
      { kind: Kind.AnyAuthScopes, failures: [scope('admin'), scope('planner')] },
      'planner',
    ],
    [
      'all of two: the greater',
      { kind: Kind.AllAuthScopes, failures: [scope('viewer'), scope('admin')] },
      'admin',
    ],
    [
      'nested',
      { kind: Kind.AnyAuthScopes, failures: [{ kind: Kind.AllAuthScopes, failures: [scope('admin')] }] },
      'admin',
    ],
    ['a scope that is no role', scope('owner'), null],
    ['a scope function', { kind: Kind.AuthScopeFunction, error: null }, null],
  ])('%s', (_what, failure, role) => {
    expect(roleNeededBy(failure)).toBe(role);
  });
});

describe('refusal', () => {
  const as = (role: Viewer['role']): Viewer => ({ role, label: role });

  it('lets a role do what it or a lesser role may', () => {
    expect(refusal(as('admin'), 'planner')).toBeNull();
    expect(refusal(as('viewer'), 'viewer')).toBeNull();
  });

  it('is FORBIDDEN naming the role for a caller with too little', () => {
    expect(refusal(as('viewer'), 'planner')).toMatchObject({
      code: 'FORBIDDEN',
      details: { requiredRole: 'planner' },
    });
    expect(refusal(as('planner'), 'admin')).toMatchObject({
      code: 'FORBIDDEN',
      details: { requiredRole: 'admin' },
    });
  });

  it('is UNAUTHENTICATED for an anonymous caller, as an invalid token is', async () => {
    const invalid = await viewerOf(parseTokens(''), 'Bearer nothing-like-a-token').catch(
      (error: unknown) => error,
    );
    expect(invalid).toBeInstanceOf(AppError);
    expect(refusal(as('anonymous'), 'viewer')).toEqual(invalid);
  });
});
