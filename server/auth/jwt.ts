// Identities from an OpenID Connect provider: bearer JWTs verified with `jose` against the
// provider's JWKS URL (or a public key / shared secret from the environment), with the issuer and
// audience checked, and the role read from a claim. Keys are fetched with a timeout and cached.
import { type CryptoKey, createRemoteJWKSet, importSPKI, type JWTPayload, jwtVerify } from 'jose';
import { isCodeOf, ROLE, type Role } from '../domain/model/vocabulary.js';

export interface JwtSettings {
  issuer: string;
  audience: string;
  /** One of these: the provider's JWKS URL, a PEM public key (SPKI), or an HS256 secret. */
  jwksUrl?: string | undefined;
  publicKeyPem?: string | undefined;
  /** The algorithm of the public key (RS256, ES256, …). */
  publicKeyAlgorithm?: string | undefined;
  secret?: string | undefined;
  /** The claim holding the role(s): a string or a list; the highest Veikart role wins. */
  rolesClaim: string;
  /** Claims tried in order for the person's name, recorded in the change log. */
  nameClaims: readonly string[];
}

export interface JwtIdentity {
  name: string;
  role: Role;
}

export class JwtRejected extends Error {
  override name = 'JwtRejected';
}

const FETCH_TIMEOUT_MS = 5_000;

/** A JWT has three base64url parts. */
export const looksLikeJwt = (token: string): boolean => /^[\w-]+\.[\w-]+\.[\w-]*$/.test(token);

export type JwtVerifier = (token: string) => Promise<JwtIdentity>;

export async function jwtVerifier(settings: JwtSettings): Promise<JwtVerifier> {
  const options = (algorithms: string[]) => ({
    issuer: settings.issuer,
    audience: settings.audience,
    algorithms,
    clockTolerance: 30,
  });
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (settings.jwksUrl) {
    const keys = createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: FETCH_TIMEOUT_MS });
    verify = (token) =>
      jwtVerify(token, keys, options(['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA']));
  } else if (settings.publicKeyPem) {
    const alg = settings.publicKeyAlgorithm ?? 'RS256';
    const key: CryptoKey = await importSPKI(settings.publicKeyPem, alg);
    verify = (token) => jwtVerify(token, key, options([alg]));
  } else if (settings.secret) {
    const secret = new TextEncoder().encode(settings.secret);
    verify = (token) => jwtVerify(token, secret, options(['HS256']));
  } else {
    throw new Error('JWT settings need a JWKS URL, a public key or a secret');
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new JwtRejected(error instanceof Error ? error.message : String(error));
    }
    return identityOf(payload, settings);
  };
}

/** The person and the highest Veikart role a verified token's claims name. */
export function identityOf(
  payload: JWTPayload,
  settings: Pick<JwtSettings, 'rolesClaim' | 'nameClaims'>,
): JwtIdentity {
  const claimed = payload[settings.rolesClaim];
  const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter((r): r is Role => isCodeOf(ROLE, r));
  if (roles.length === 0)
    throw new JwtRejected(`the token's ${settings.rolesClaim} claim names no Veikart role`);
  const role = ROLE.codes[Math.max(...roles.map((r) => ROLE.codes.indexOf(r)))] as Role;
  const name = settings.nameClaims
    .map((c) => payload[c])
    .find((v): v is string => typeof v === 'string' && v !== '');
  return { name: name ?? String(payload.sub ?? 'unknown'), role };
}
