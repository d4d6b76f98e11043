// Process entry point: read config, connect to Neo4j (starting the local one when NEO4J_URI is
// unset), serve the app, and shut everything down cleanly on Ctrl-C / SIGTERM.

import { resolve } from 'node:path';
import { loadSeedDataset, SeedValidationError, seedDatabase, toGraph } from '../seed/index.js';
import { startApp } from './app.js';
import { jwtVerifier } from './auth/jwt.js';
import {
  localPlannerToken,
  parseTokens,
  TokenConfigError,
  type TokenTable,
  tokensFromFile,
} from './auth/viewer.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { connectConfigured } from './db/connect.js';
import { DatabaseUnreachableError, verifyReachable } from './db/database.js';
import { LocalNeo4jError } from './db/localNeo4j.js';
import { applyMigrations, MigrationChangedError } from './db/migrations.js';
import { isPortfolioEmpty, loadedSeedChecksum, seedChecksum } from './db/repositories/seedRepository.js';
import { createLogger, type Logger } from './logger.js';
import { repoRoot } from './repoRoot.js';
import { scheduleBackups } from './services/backups.js';
import { cleanUpInterruptedImports } from './services/graphTransfer.js';

/**
 * Who may call: VEIKART_TOKENS or VEIKART_TOKENS_FILE (named static tokens; the file is re-read when
 * it changes), otherwise (local use) one planner token kept in .data/planner-token; and JWTs of an
 * identity provider when VEIKART_JWT_* are set.
 */
async function tokensFor(config: Config, logger: Logger): Promise<TokenTable> {
  const anonymous = config.VEIKART_ANONYMOUS_ROLE === 'none' ? 'anonymous' : 'viewer';
  let table: TokenTable;
  if (config.VEIKART_TOKENS_FILE) {
    const file = resolve(process.cwd(), config.VEIKART_TOKENS_FILE);
    table = tokensFromFile(file, anonymous, (outcome) =>
      outcome.ok
        ? logger.info({ file, tokens: outcome.count }, 'tokens reloaded')
        : logger.error(
            { file, error: outcome.error },
            'the tokens file does not parse: keeping the last good tokens',
          ),
    );
  } else if (config.VEIKART_TOKENS) {
    table = parseTokens(config.VEIKART_TOKENS, anonymous);
  } else {
    const file = resolve(repoRoot, '.data', 'planner-token');
    const token = localPlannerToken(file);
    logger.info(
      { file },
      'no VEIKART_TOKENS: reads are open, the local planner token for edits is in this file',
    );
    table = parseTokens(`local-planner:${token}:planner`, anonymous);
  }
  if (config.VEIKART_JWT_ISSUER && config.VEIKART_JWT_AUDIENCE) {
    table.jwt = await jwtVerifier({
      issuer: config.VEIKART_JWT_ISSUER,
      audience: config.VEIKART_JWT_AUDIENCE,
      jwksUrl: config.VEIKART_JWT_JWKS_URL,
      publicKeyPem: config.VEIKART_JWT_PUBLIC_KEY,
      publicKeyAlgorithm: config.VEIKART_JWT_PUBLIC_KEY_ALG,
      secret: config.VEIKART_JWT_SECRET,
      rolesClaim: config.VEIKART_JWT_ROLES_CLAIM,
      nameClaims: config.VEIKART_JWT_NAME_CLAIMS.split(',').map((c) => c.trim()),
    });
    logger.info({ issuer: config.VEIKART_JWT_ISSUER }, 'bearer JWTs from this issuer are accepted');
  }
  return table;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const { db, local, uri } = await connectConfigured(config, (m) => logger.info(m));
  let stopBackups = () => {};
  let running: Awaited<ReturnType<typeof startApp>> | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopBackups();
    await running?.stop().catch((e: unknown) => logger.error(e, 'stopping the server failed'));
    await db.close();
    if (local && !local.reused) {
      logger.info('stopping the local Neo4j');
      await local.stop();
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await verifyReachable(db, uri);
    const migrated = await applyMigrations(db);
    if (migrated.length > 0) logger.info({ migrated }, 'applied schema migrations');
    const leftovers = await cleanUpInterruptedImports(db);
    if (leftovers.staged + leftovers.retired > 0)
      logger.info(leftovers, 'deleted what an interrupted import left behind');
    if (config.VEIKART_SEED_ON_EMPTY && (await isPortfolioEmpty(db))) {
      logger.info('the database holds no portfolio yet: loading the seed data');
      const summary = await seedDatabase(db, { onProgress: (m) => logger.debug(m) });
      logger.info(summary, 'seed data loaded');
    } else if ((await loadedSeedChecksum(db)) !== seedChecksum(toGraph(loadSeedDataset()))) {
      logger.warn(
        'seed/data changed since it was loaded: run npm run seed to load it (it overwrites edits to seeded records)',
      );
    }
    running = await startApp(
      {
        db,
        logger,
        introspection: config.GRAPHQL_INTROSPECTION,
        tokens: await tokensFor(config, logger),
        trustProxy: config.VEIKART_TRUST_PROXY,
        limits: {
          perIpPerMinute: config.VEIKART_RATE_LIMIT_IP,
          perTokenPerMinute: config.VEIKART_RATE_LIMIT_TOKEN,
          authFailuresPer15Minutes: config.VEIKART_AUTH_FAILURE_LIMIT,
          requestTimeoutMs: config.VEIKART_REQUEST_TIMEOUT_MS,
        },
      },
      config.PORT,
      config.HOST,
    );
  } catch (error) {
    await db.close();
    if (local && !local.reused) await local.stop();
    throw error;
  }
  logger.info({ url: running.url, neo4j: uri }, `Veikart is running on ${running.url}`);
  const backupDir = resolve(repoRoot, config.VEIKART_BACKUP_DIR);
  stopBackups = scheduleBackups(
    db,
    {
      dir: backupDir,
      keep: config.VEIKART_BACKUP_KEEP,
      intervalMinutes: config.VEIKART_BACKUP_INTERVAL_MINUTES,
    },
    (outcome) =>
      outcome.ok
        ? logger.info(outcome.backup, 'backup written')
        : logger.error({ err: outcome.error }, 'the scheduled backup failed'),
  );
  if (config.VEIKART_BACKUP_INTERVAL_MINUTES > 0)
    logger.info(
      {
        dir: backupDir,
        everyMinutes: config.VEIKART_BACKUP_INTERVAL_MINUTES,
        keep: config.VEIKART_BACKUP_KEEP,
      },
      'scheduled backups',
    );
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof DatabaseUnreachableError ||
    error instanceof MigrationChangedError ||
    error instanceof TokenConfigError ||
    error instanceof SeedValidationError;
  if (known) {
    process.stderr.write(`veikart: ${(error as Error).message}\n`);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    process.stderr.write(
      `veikart: port ${process.env.PORT ?? 4000} is already in use: stop what runs there or set PORT.\n`,
    );
  } else {
    process.stderr.write(
      `veikart: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
