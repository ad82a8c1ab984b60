import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { running, startProcess as startShared, within, type Service } from '../../scripts/service-process.js';
import { withDatabase } from '../../src/common/db/urls.js';
import { templateDb, TEST_SERVER_URL } from './databases.js';

export { freePort, running, stopService, waitForHealth, within, type Service } from '../../scripts/service-process.js';

/**
 * The built service as a child process (`node dist/src/main.js`, as `npm run start:prod` runs it):
 * start, wait for /health, stop gracefully or kill, and read its log. Processes started here are
 * remembered, so a test file's afterAll can stop whatever is still running (`stopAllServices`).
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MAIN = join(ROOT, 'dist/src/main.js');
export const CLI = join(ROOT, 'dist/src/cli.js');
const run = promisify(execFile);

/** Variables the service reads: the child gets only the ones a test sets, not the test runner's. */
const SERVICE_VARS = [
  'NODE_ENV',
  'NODE_OPTIONS',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_NAME',
  'REDIS_URL',
  'DATABASE_POOL_SIZE',
  'QUEUE_PREFIX',
  'JWT_SECRET',
  'JWT_TTL',
  'PII_HASH_KEY',
  'LOG_LEVEL',
  'MIGRATIONS_RUN',
  'WORKER_ENABLED',
  'DATA_DIR',
  'EMBEDDED_PG_PORT',
  'LOGIN_RATE_LIMIT',
  'PUBLIC_RATE_LIMIT',
  'IMPORT_MAX_MB',
  'EVIDENCE_MAX_MB',
  'TRUST_PROXY',
  'IDEMPOTENCY_RETENTION_DAYS',
];

/** The test runner's environment without the service's variables, plus `vars`. */
export function userEnv(vars: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of SERVICE_VARS) delete env[key];
  return { ...env, ...vars };
}

/** Where a run notes that it has built dist/ (removed by the global teardown). */
export const distBuiltMarker = (template: string): string => join(tmpdir(), `${template}.dist-built`);

/**
 * Builds dist/ once per test run, whichever file asks first; files asking meanwhile wait for that
 * build (an advisory lock), later ones find it done. Each call used to run tsc itself, and files
 * starting together on a fresh clone built it side by side. Call from a beforeAll with a long timeout.
 */
export async function buildDist(): Promise<void> {
  const marker = distBuiltMarker(templateDb());
  if (existsSync(marker)) return;
  const client = new pg.Client({ connectionString: withDatabase(TEST_SERVER_URL, 'postgres') });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext($1))`, [marker]);
    if (existsSync(marker)) return;
    await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, timeout: 170_000 });
    writeFileSync(marker, '');
  } finally {
    await client.end();
  }
}

/** Whether something accepts TCP connections on the loopback port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = new Socket();
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(port, '127.0.0.1');
  });
}

const started: Service[] = [];

/** `node dist/src/main.js` with exactly `env` (see `userEnv`). */
export function startService(env: NodeJS.ProcessEnv, args: string[] = []): Service {
  return startProcess(process.execPath, [MAIN, ...args], { cwd: ROOT, env });
}

/** Any program as a service of the test (stopped by `stopAllServices`), its output collected. */
export function startProcess(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Service {
  const service = startShared(file, args, options);
  started.push(service);
  return service;
}

/** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. Resolves once it is gone. */
export async function killService(service: Service): Promise<void> {
  if (running(service)) service.child.kill('SIGKILL');
  await within(service.exited, 10_000, 'exit after SIGKILL');
}

/** For an afterAll: stops every service this file started that still runs (SIGTERM, SIGKILL after 30 s). */
export async function stopAllServices(): Promise<void> {
  for (const service of started.filter(running)) {
    service.child.kill('SIGTERM');
    await within(service.exited, 30_000, 'cleanup').catch(async () => {
      service.child.kill('SIGKILL');
      await service.exited;
    });
  }
}

/** JSON log lines of the service's stdout. */
export function logLines(service: Service): { level: number; msg?: string; context?: string }[] {
  return service
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { level: number; msg?: string; context?: string });
}

/** `node dist/src/cli.js …` with the service's environment; resolves with the exit code and output. */
export async function cli(env: NodeJS.ProcessEnv, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd: ROOT, env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}
