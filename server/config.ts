// Settings from the environment, validated once at start-up so a bad value fails with one clear line.
import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1, 'must be a port number 1–65535')
    .max(65535, 'must be a port number 1–65535')
    .default(fallback);

const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

const positive = (fallback: number) =>
  z.coerce.number().int().min(1, 'must be a positive whole number').default(fallback);

const ConfigSchema = z
  .object({
    PORT: port(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
        'must be a Neo4j URI such as neo4j://host:7687 or neo4j+s://xxx.databases.neo4j.io',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    VEIKART_DATA_DIR: z.string().min(1).default('.data/neo4j'),
    VEIKART_BOLT_PORT: port(7687),
    VEIKART_NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mg]$/, 'must look like 512m or 1g')
      .default('512m'),
    VEIKART_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(128),
    VEIKART_SEED_ON_EMPTY: boolean(true),
    /** Scheduled backups of the whole graph (graph.json files): where, how many kept, how often (0: off). */
    VEIKART_BACKUP_DIR: z.string().min(1).default('.data/backups'),
    VEIKART_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
    VEIKART_BACKUP_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(525_600).default(1440),
    GRAPHQL_INTROSPECTION: boolean(true),
    VEIKART_TOKENS: z.string().optional(),
    /** The tokens as a file instead (same format, one a line), re-read when it changes. */
    VEIKART_TOKENS_FILE: z.string().min(1).optional(),
    /** An OpenID Connect provider's JWTs: issuer and audience, and one key source. */
    VEIKART_JWT_ISSUER: z.string().min(1).optional(),
    VEIKART_JWT_AUDIENCE: z.string().min(1).optional(),
    VEIKART_JWT_JWKS_URL: z.url({ message: "must be the https URL of the provider's JWKS" }).optional(),
    VEIKART_JWT_PUBLIC_KEY: z.string().min(1).optional(),
    VEIKART_JWT_PUBLIC_KEY_ALG: z
      .string()
      .regex(/^(RS|PS|ES)(256|384|512)$|^EdDSA$/, 'must be a JWS algorithm such as RS256 or ES256')
      .default('RS256'),
    VEIKART_JWT_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
    VEIKART_JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
    VEIKART_JWT_NAME_CLAIMS: z.string().min(1).default('preferred_username,name,email,sub'),
    VEIKART_ANONYMOUS_ROLE: z
      .enum(['viewer', 'none'], { message: 'must be viewer or none' })
      .default('viewer'),
    // Abuse and faults (README, "Limits"): requests per minute per client address and per token,
    // failed authentications per client address per 15 minutes, and the deadlines.
    VEIKART_RATE_LIMIT_IP: positive(1200),
    VEIKART_RATE_LIMIT_TOKEN: positive(1200),
    VEIKART_AUTH_FAILURE_LIMIT: positive(20),
    VEIKART_TRUST_PROXY: z.coerce.number().int().min(0, 'must be 0 or more proxy hops').default(0),
    VEIKART_REQUEST_TIMEOUT_MS: positive(30_000),
    VEIKART_DB_TX_TIMEOUT_MS: positive(30_000),
    VEIKART_DB_CONNECT_TIMEOUT_MS: positive(2_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    // JWTs need an issuer, an audience and exactly one way to check signatures.
    const keySources = [c.VEIKART_JWT_JWKS_URL, c.VEIKART_JWT_PUBLIC_KEY, c.VEIKART_JWT_SECRET].filter(
      Boolean,
    );
    const anyJwt = keySources.length > 0 || c.VEIKART_JWT_ISSUER || c.VEIKART_JWT_AUDIENCE;
    if (!anyJwt) return;
    if (!c.VEIKART_JWT_ISSUER)
      ctx.addIssue({ code: 'custom', path: ['VEIKART_JWT_ISSUER'], message: 'is needed for JWTs' });
    if (!c.VEIKART_JWT_AUDIENCE)
      ctx.addIssue({ code: 'custom', path: ['VEIKART_JWT_AUDIENCE'], message: 'is needed for JWTs' });
    if (keySources.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['VEIKART_JWT_JWKS_URL'],
        message: 'set exactly one of VEIKART_JWT_JWKS_URL, VEIKART_JWT_PUBLIC_KEY, VEIKART_JWT_SECRET',
      });
    if (c.VEIKART_TOKENS && c.VEIKART_TOKENS_FILE)
      ctx.addIssue({
        code: 'custom',
        path: ['VEIKART_TOKENS_FILE'],
        message: 'set VEIKART_TOKENS or VEIKART_TOKENS_FILE, not both',
      });
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (NEO4J_URI= in a shell or .env file) means "not set", as users expect.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
