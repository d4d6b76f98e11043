// Who is asking: bearer tokens map to roles (VEIKART_TOKENS="token:role,token:role").
// Requests without a token get the anonymous role (viewer by default), so reading needs no setup
// while every write needs a planner token.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ROLE, type Role } from '../domain/model/vocabulary.js';

export type { Role };
export const ROLES = ROLE.codes;

export interface Viewer {
  role: Role | 'anonymous';
  /** A short label for logs (never the token). */
  label: string;
}

const RANK: Record<Viewer['role'], number> = { anonymous: 0, viewer: 1, planner: 2, admin: 3 };

export function hasRole(viewer: Viewer, needed: Role): boolean {
  return RANK[viewer.role] >= RANK[needed];
}

export interface TokenTable {
  tokens: { token: Buffer; role: Role; label: string }[];
  anonymousRole: Role | 'anonymous';
}

export class TokenConfigError extends Error {
  override name = 'TokenConfigError';
}

export function parseTokens(
  spec: string | undefined,
  anonymousRole: Role | 'anonymous' = 'viewer',
): TokenTable {
  const tokens: TokenTable['tokens'] = [];
  for (const [index, entry] of (spec ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)
    .entries()) {
    const colon = entry.lastIndexOf(':');
    const token = entry.slice(0, colon);
    const role = entry.slice(colon + 1) as Role;
    if (colon <= 0 || !ROLES.includes(role)) {
      throw new TokenConfigError(
        `VEIKART_TOKENS entry ${index + 1} must look like <token>:<viewer|planner|admin>`,
      );
    }
    if (token.length < 16)
      throw new TokenConfigError(`VEIKART_TOKENS entry ${index + 1}: tokens need at least 16 characters`);
    tokens.push({ token: Buffer.from(token), role, label: `${role}#${index + 1}` });
  }
  return { tokens, anonymousRole };
}

export type ResolvedViewer = Viewer | { error: 'invalid-token' };

/** The viewer for an Authorization header value. A token that matches nothing is an error, not anonymous. */
export function resolveViewer(table: TokenTable, authorization: string | undefined): ResolvedViewer {
  if (!authorization) return { role: table.anonymousRole, label: 'anonymous' };
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match?.[1]) return { error: 'invalid-token' };
  const offered = Buffer.from(match[1]);
  for (const entry of table.tokens) {
    if (entry.token.length === offered.length && timingSafeEqual(entry.token, offered)) {
      return { role: entry.role, label: entry.label };
    }
  }
  return { error: 'invalid-token' };
}

/**
 * For the local default (no VEIKART_TOKENS): a planner token generated once and kept in a 0600 file
 * beside the local data, so a developer can edit without configuring anything and nothing is in the repo.
 */
export function localPlannerToken(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, token, { mode: 0o600 });
  return token;
}
