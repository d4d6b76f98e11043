// The tokens the benchmark's Veikart server accepts, shared by runner and servers: made at random by
// the runner and handed to the servers' process through its environment. The admin token imports; each
// simulated load client has a viewer token of its own, because the server bounds costly requests per
// caller (server/graphql/engineGate.ts): 32 clients sharing one identity would be one caller refused
// with 429, not 32 users.
import { randomBytes } from 'node:crypto';

/** Load clients at most (the runner's largest load is 32). */
const CLIENTS = 32;

process.env.BENCH_ADMIN_TOKEN ??= randomBytes(24).toString('base64url');
process.env.BENCH_CLIENT_TOKENS ??= Array.from({ length: CLIENTS }, () =>
  randomBytes(24).toString('base64url'),
).join(',');
export const BENCH_ADMIN_TOKEN: string = process.env.BENCH_ADMIN_TOKEN;
export const BENCH_CLIENT_TOKENS: string[] = process.env.BENCH_CLIENT_TOKENS.split(',');

/** The servers' token table: the admin and one viewer per load client. */
export const benchTokenSpec = (): string =>
  [
    `bench:${BENCH_ADMIN_TOKEN}:admin`,
    ...BENCH_CLIENT_TOKENS.map((t, i) => `client-${i + 1}:${t}:viewer`),
  ].join(',');
