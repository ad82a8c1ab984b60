import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { AppConfig } from './app-config.js';
import { ConfigError } from './env.js';

/** host:port of a URL, without credentials, for messages. */
function where(url: string): string {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || (url.startsWith('redis') ? 6379 : 5432)}`;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message || e.name : String(e)).split('\n')[0].replace(/\.+$/, '');

async function postgresProblem(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (e) {
    return reason(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisProblem(url: string): Promise<string | null> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 3000,
    enableOfflineQueue: false,
  });
  // The socket's own error (ECONNREFUSED, ENOTFOUND…) says more than the client's "Connection is closed".
  let socketError: unknown = null;
  redis.on('error', (e) => (socketError ??= e));
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (e) {
    return reason(socketError ?? e);
  } finally {
    redis.disconnect();
  }
}

/** Tries `check` until it passes or `attempts` are spent (a container's database may still be starting). */
async function settle(check: () => Promise<string | null>, attempts: number): Promise<string | null> {
  let problem: string | null = null;
  for (let i = 0; i < attempts; i++) {
    problem = await check();
    if (problem === null) return null;
    if (i < attempts - 1) await sleep(1000);
  }
  return problem;
}

/**
 * Before the service starts: the database and the Redis it was told to use answer, else one line
 * that says which, where and what to do (not a stack from deep inside a driver). A local or
 * embedded database was reached while it was chosen, so only configured URLs are checked.
 */
export async function checkBackends(config: AppConfig, attempts = 5): Promise<void> {
  const [database, queue] = await Promise.all([
    config.database.kind === 'url' ? settle(() => postgresProblem(config.database.url), attempts) : null,
    config.queue.kind === 'redis' && config.queue.url ? settle(() => redisProblem(config.queue.url!), attempts) : null,
  ]);
  if (database) {
    throw new ConfigError(
      `Cannot reach PostgreSQL at ${where(config.database.url)} (DATABASE_URL): ${database}. Start it or correct DATABASE_URL; without DATABASE_URL the service uses a local or an embedded PostgreSQL.`,
    );
  }
  if (queue) {
    throw new ConfigError(
      `Cannot reach Redis at ${where(config.queue.url!)} (REDIS_URL): ${queue}. Start it or correct REDIS_URL; REDIS_URL=none runs the jobs in-process.`,
    );
  }
}
