// Builds (once) and starts the embedded Neo4j in neo4j/ for local use and tests.
// Every failure a new user can hit (no java, no mvn, port taken, build failed) becomes a
// LocalNeo4jError with a one-line explanation of what to do.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jOptions {
  /** Where the store lives; survives restarts. */
  dataDir: string;
  boltPort: number;
  /** Max JVM heap, e.g. "512m". */
  heap?: string;
  pageCacheMiB?: number;
  /** Called with progress lines meant for a person. */
  onProgress?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** True when an already running instance (npm run db:start) was reused: stop() leaves it running. */
  reused: boolean;
  /** The process id of the Neo4j JVM now (it changes when the supervisor restarts it), when known. */
  readonly pid: number | null;
  stop(): Promise<void>;
}

import { repoRoot } from '../repoRoot.js';

const neo4jProject = () => join(repoRoot, 'neo4j');

function commandExists(cmd: string): boolean {
  return spawnSync(cmd, ['-version'], { stdio: 'ignore', shell: false }).error === undefined;
}

function buildStamp(): string {
  const pom = readFileSync(join(neo4jProject(), 'pom.xml'));
  const src = readFileSync(join(neo4jProject(), 'src/main/java/no/veikart/neo4j/LocalNeo4j.java'));
  return createHash('sha256').update(pom).update(src).digest('hex');
}

/** Runs `mvn package` unless the build for this pom and launcher source is already there. */
export function ensureBuilt(onProgress: (m: string) => void = () => {}): void {
  if (!commandExists('java')) {
    throw new LocalNeo4jError(
      'Java was not found on PATH: install Java 17 (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const stampFile = join(neo4jProject(), 'target', 'veikart-build.stamp');
  const stamp = buildStamp();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  if (!commandExists('mvn')) {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found on PATH: install Maven 3.8+ (e.g. apt-get install maven) to build the local Neo4j, or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  onProgress('Building the local Neo4j 5.26 from Maven Central (first run only, about a minute)…');
  const result = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], {
    cwd: neo4jProject(),
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(
      `Building the local Neo4j failed (mvn package in neo4j/); check network access to Maven Central.\n${tail}`,
    );
  }
  writeFileSync(stampFile, stamp);
}

/** The local password: NEO4J_PASSWORD if set, else one generated once and kept beside the data (0600). */
export function localPassword(dataDir: string): string {
  const fromEnv = process.env.NEO4J_PASSWORD;
  if (fromEnv) return fromEnv;
  const file = join(dataDir, '..', `${basename(dataDir)}.password`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

function basename(path: string): string {
  return resolve(path).split(/[\\/]/).pop() ?? 'neo4j';
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.once('listening', () => server.close(() => resolvePort(true)));
    server.listen(port, '127.0.0.1');
  });
}

const pidFile = (dataDir: string) => join(dataDir, '..', `${basename(dataDir)}.pid`);

/** Who runs the local Neo4j of a data folder: its pid, and the app process that owns it (or detached). */
interface PidRecord {
  pid: number;
  owner: number | 'detached';
  port: number;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function readPidRecord(dataDir: string): PidRecord | null {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8').trim();
  // Older pid files hold just the number (written by db:start).
  const record: PidRecord = /^\d+$/.test(text)
    ? { pid: Number(text), owner: 'detached', port: 0 }
    : (JSON.parse(text) as PidRecord);
  if (!isAlive(record.pid)) {
    rmSync(file, { force: true });
    return null;
  }
  return record;
}

function writePidRecord(dataDir: string, record: PidRecord): void {
  writeFileSync(pidFile(dataDir), JSON.stringify(record));
}

/** Stops a process by pid: SIGTERM, then SIGKILL after 30 s. Resolves once it is gone. */
async function stopPid(pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function javaArgs(opts: LocalNeo4jOptions): string[] {
  const lib = join(neo4jProject(), 'target', 'lib', '*');
  const classes = join(neo4jProject(), 'target', 'classes');
  return [
    `-Xms${opts.heap ?? '512m'}`,
    `-Xmx${opts.heap ?? '512m'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    `${classes}${process.platform === 'win32' ? ';' : ':'}${lib}`,
    'no.veikart.neo4j.LocalNeo4j',
  ];
}

/** Restart delays after the local Neo4j dies: 1 s doubling to 30 s; reset after it ran 60 s. */
const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];
const STABLE_AFTER_MS = 60_000;

/**
 * Starts the local Neo4j and resolves once Bolt accepts connections. Its pid is kept in a pid file
 * beside the data (so db:stop finds it and the next start recognises it). With `detached`, the
 * process outlives this one (npm run db:start). Otherwise it is supervised: it stops itself when
 * this process is gone (even killed), and when it dies it is restarted with backoff until stop().
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions & { detached?: boolean }): Promise<LocalNeo4j> {
  const progress = opts.onProgress ?? (() => {});
  const dataDir = resolve(opts.dataDir);
  const password = localPassword(dataDir);
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;

  const existing = readPidRecord(dataDir);
  if (existing) {
    const ownerAlive = existing.owner === 'detached' || isAlive(existing.owner);
    if (ownerAlive && !(await isPortFree(opts.boltPort))) {
      progress(`Using the local Neo4j already running (pid ${existing.pid}) on ${uri}`);
      return { uri, user: 'neo4j', password, reused: true, pid: existing.pid, stop: async () => {} };
    }
    // Left behind by an app that crashed (or on another port): stop it for a clean start.
    progress(`Stopping a local Neo4j left running (pid ${existing.pid}) before starting afresh…`);
    await stopPid(existing.pid);
    rmSync(pidFile(dataDir), { force: true });
  }
  if (!(await isPortFree(opts.boltPort))) {
    throw new LocalNeo4jError(
      `Port ${opts.boltPort} on 127.0.0.1 is already in use: stop what runs there (npm run db:stop if it is ours), or choose another port with VEIKART_BOLT_PORT.`,
    );
  }
  ensureBuilt(progress);
  mkdirSync(dataDir, { recursive: true });

  const detached = opts.detached ?? false;
  const env = {
    ...process.env,
    VEIKART_NEO4J_DATA: dataDir,
    VEIKART_NEO4J_PORT: String(opts.boltPort),
    VEIKART_NEO4J_PAGECACHE: String(opts.pageCacheMiB ?? 128),
    VEIKART_NEO4J_PASSWORD: password,
    ...(detached ? {} : { VEIKART_NEO4J_PARENT_PID: String(process.pid) }),
  };
  const logFile = join(dataDir, 'launcher.log');
  const launch = async (): Promise<ChildProcess> => {
    const logFd = openSync(logFile, 'a');
    const child = spawn('java', javaArgs(opts), { env, detached, stdio: ['ignore', 'pipe', logFd] });
    closeSync(logFd);
    await waitForReady(child, logFile);
    writePidRecord(dataDir, {
      pid: child.pid ?? -1,
      owner: detached ? 'detached' : process.pid,
      port: opts.boltPort,
    });
    return child;
  };

  progress(`Starting the local Neo4j on ${uri} (data in ${dataDir})…`);
  let child = await launch();
  if (detached) {
    child.stdout?.destroy();
    child.unref();
    return {
      uri,
      user: 'neo4j',
      password,
      reused: false,
      pid: child.pid ?? null,
      stop: () => stopChild(child),
    };
  }

  let stopping = false;
  let failures = 0;
  const supervise = (running: ChildProcess) => {
    const startedAt = Date.now();
    running.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_AFTER_MS) failures = 0;
      const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)] as number;
      failures += 1;
      progress(
        `The local Neo4j stopped unexpectedly (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s…`,
      );
      const retry = () => {
        if (stopping) return;
        launch().then(
          (next) => {
            child = next;
            progress(`The local Neo4j is running again on ${uri}`);
            supervise(next);
          },
          (error: unknown) => {
            progress(
              `Restarting the local Neo4j failed: ${error instanceof Error ? error.message : String(error)}`,
            );
            const again = RESTART_DELAYS_MS[Math.min(failures++, RESTART_DELAYS_MS.length - 1)] as number;
            setTimeout(retry, again).unref();
          },
        );
      };
      setTimeout(retry, delay).unref();
    });
  };
  supervise(child);
  return {
    uri,
    user: 'neo4j',
    password,
    reused: false,
    get pid() {
      return child.pid ?? null;
    },
    stop: async () => {
      stopping = true;
      await stopChild(child);
      rmSync(pidFile(dataDir), { force: true });
    },
  };
}

function waitForReady(child: ChildProcess, logFile: string): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new LocalNeo4jError(`The local Neo4j did not start within 180 s; see ${logFile}.`)),
      180_000,
    );
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`The local Neo4j exited during start-up (code ${code}); see ${logFile}.`));
    };
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      if (buffer.includes('VEIKART_NEO4J_READY')) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveReady();
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Stops the local Neo4j of a data folder, whoever started it (npm run db:stop): a detached one, or
 * one an app left running. Returns false when none ran.
 */
export async function stopDetachedNeo4j(dataDir: string): Promise<boolean> {
  const dir = resolve(dataDir);
  const record = readPidRecord(dir);
  if (record === null) return false;
  await stopPid(record.pid);
  rmSync(pidFile(dir), { force: true });
  return true;
}

/** The pid of the local Neo4j of a data folder and who owns it, or null when none runs. */
export function localNeo4jProcess(dataDir: string): { pid: number; owner: number | 'detached' } | null {
  const record = readPidRecord(resolve(dataDir));
  return record ? { pid: record.pid, owner: record.owner } : null;
}
