// Who is asking. A bearer token is either a JWT from the organisation's identity provider (verified
// in jwt.ts; the person and role come from its claims) or one of the static named tokens
// (VEIKART_TOKENS="name:token:role,…", or a file re-read when it changes, so tokens can be rotated
// and revoked without a restart). Requests without a token get the anonymous role (viewer by
// default), so reading needs no setup while every write needs a planner. The viewer's label is
// the person's name: the change log records it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ROLE, type Role } from '../domain/model/vocabulary.js';
import { JwtRejected, type JwtVerifier, looksLikeJwt } from './jwt.js';

export type { Role };
export const ROLES = ROLE.codes;

export interface Viewer {
  role: Role | 'anonymous';
  /** Who: the token's name or the JWT's person (never the token itself); 'anonymous' without one. */
  label: string;
}

const RANK: Record<Viewer['role'], number> = { anonymous: 0, viewer: 1, planner: 2, admin: 3 };

export function hasRole(viewer: Viewer, needed: Role): boolean {
  return RANK[viewer.role] >= RANK[needed];
}

export interface TokenTable {
  tokens: { token: Buffer; role: Role; label: string }[];
  anonymousRole: Role | 'anonymous';
  /** Verifies bearer JWTs when an identity provider is configured. */
  jwt?: JwtVerifier;
  /** Brings `tokens` up to date (a tokens file that changed); called before each lookup. */
  refresh?: () => void;
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
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter((e) => e && !e.startsWith('#'))
    .entries()) {
    const parts = entry.split(':');
    // name:token:role, or the older token:role (then the name is role#n).
    const [name, token, role] =
      parts.length >= 3
        ? [parts[0] as string, parts.slice(1, -1).join(':'), parts.at(-1) as string]
        : [`${parts.at(-1)}#${index + 1}`, parts.slice(0, -1).join(':'), parts.at(-1) as string];
    if (parts.length < 2 || !isRole(role)) {
      throw new TokenConfigError(
        `token entry ${index + 1} must look like <name>:<token>:<viewer|planner|admin>`,
      );
    }
    if (parts.length >= 3 && !/^[\p{L}\p{N}._@ -]{1,100}$/u.test(name))
      throw new TokenConfigError(
        `token entry ${index + 1}: the name may hold letters, digits, . _ @ - and spaces`,
      );
    if (token.length < 16)
      throw new TokenConfigError(`token entry ${index + 1}: tokens need at least 16 characters`);
    tokens.push({ token: Buffer.from(token), role, label: name });
  }
  return { tokens, anonymousRole };
}

const isRole = (role: string | undefined): role is Role => (ROLES as readonly string[]).includes(role ?? '');

/**
 * The tokens of a file (the VEIKART_TOKENS format, also one entry a line; # starts a comment), read
 * again when the file changes (looked at no more than every 2 s), so a token can be added, rotated or
 * revoked without a restart. A file that no longer parses keeps the last good tokens (and says so).
 */
export function tokensFromFile(
  file: string,
  anonymousRole: Role | 'anonymous',
  onReload: (outcome: { ok: true; count: number } | { ok: false; error: string }) => void = () => {},
): TokenTable {
  const table = parseTokens(readFileSync(file, 'utf8'), anonymousRole);
  let seen = statSync(file).mtimeMs;
  let checked = Date.now();
  table.refresh = () => {
    if (Date.now() - checked < 2_000) return;
    checked = Date.now();
    try {
      const mtime = statSync(file).mtimeMs;
      if (mtime === seen) return;
      seen = mtime;
      table.tokens = parseTokens(readFileSync(file, 'utf8'), anonymousRole).tokens;
      onReload({ ok: true, count: table.tokens.length });
    } catch (error) {
      onReload({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return table;
}

export type ResolvedViewer = Viewer | { error: 'invalid-token' };

/** The viewer for an Authorization header value. A token that matches nothing is an error, not anonymous. */
export async function resolveViewer(
  table: TokenTable,
  authorization: string | undefined,
): Promise<ResolvedViewer> {
  if (!authorization) return { role: table.anonymousRole, label: 'anonymous' };
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match?.[1]) return { error: 'invalid-token' };
  if (table.jwt && looksLikeJwt(match[1])) {
    try {
      const identity = await table.jwt(match[1]);
      return { role: identity.role, label: identity.name };
    } catch (error) {
      if (error instanceof JwtRejected) return { error: 'invalid-token' };
      throw error;
    }
  }
  table.refresh?.();
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
