/**
 * What the tests need from the machine, found once per run (by run-tests.js, or by the global
 * setup when Jest is started directly) and handed to the test files in MORAL_BANK_TEST_HAVE.
 * Plain JavaScript: the runner loads it before anything is compiled.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { Socket } from 'node:net';
import pg from 'pg';

/** Each optional prerequisite: why a test that needs it cannot run, and the Debian package that provides it. */
export const NEEDS = {
  redis: { reason: 'no Redis answers on 127.0.0.1:6379 (or TEST_REDIS_URL)', install: 'redis-server' },
  'redis-server': { reason: 'no redis-server program to start a Redis of the test’s own', install: 'redis-server' },
  chromium: { reason: 'no Chromium at /usr/bin/chromium (or CHROMIUM_PATH)', install: 'chromium fonts-noto-cjk' },
  'local-postgres': { reason: 'no PostgreSQL on 127.0.0.1:5432 (the service’s local default)', install: 'postgresql' },
};

/** The one command that installs the given needs. */
export function installCommand(needs) {
  const packages = [
    ...new Set(
      needs
        .map((n) => NEEDS[n]?.install)
        .filter(Boolean)
        .flatMap((p) => p.split(' ')),
    ),
  ];
  return packages.length > 0 ? `apt-get install ${packages.join(' ')}` : null;
}

export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/postgres';
export const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/** Whether something accepts TCP connections on host:port. */
export function portAnswers(host, port, timeoutMs = 500) {
  return new Promise((done) => {
    const socket = new Socket();
    const finish = (ok) => {
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

/** null when a PostgreSQL at `url` lets us in, else why not (one line). */
export async function postgresProblem(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message || e.constructor.name : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether a Redis at `url` answers PING (RESP over a socket: no client library needed). */
export function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = new Socket();
    let reply = '';
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(Number(port || 6379), hostname.replace(/^\[|\]$/g, ''));
  });
}

/** The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env) {
  return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether fonts for Chinese are installed (without them the pages' screenshots show boxes). */
export function hasCjkFonts() {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execFileSync('fc-list', [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
}

/** The optional prerequisites this machine has, as the names of NEEDS. */
export async function findOptional(env) {
  const have = [];
  if (await redisAnswers(env.TEST_REDIS_URL || LOCAL_REDIS)) have.push('redis');
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0) have.push('redis-server');
  if (executable(chromiumPath(env))) have.push('chromium');
  if ((await portAnswers('127.0.0.1', 5432)) && (await postgresProblem(LOCAL_POSTGRES)) === null) have.push('local-postgres');
  return have;
}
