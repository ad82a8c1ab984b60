import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import type { AppConfig } from '../../src/config/app-config.js';
import { validateEnv } from '../../src/config/env.js';
import { buildConfig } from '../../src/config/runtime.js';
import { createTestDatabase, TEST_REDIS_URL } from './databases.js';
import { flushErrorCodes, recordErrorCodes } from './error-codes.js';
import { has } from './needs.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  db: DataSource;
  http: () => ReturnType<typeof request>;
  /** Closes the application as a shutdown would (hooks run), keeping its database for inspection. */
  stop: () => Promise<void>;
  close: () => Promise<void>;
}

/** How to start the test app: its job queue (Redis when one answers, else the in-process runner) and environment variables on top of the test ones. */
export interface TestAppOptions {
  queue?: 'redis' | 'in-process';
  env?: Record<string, string>;
  /** A Redis of the test's own (see redis-server.ts) instead of the machine's. */
  redisUrl?: string;
}

/**
 * The real application on its own cloned database and its own Redis key prefix, so test files
 * run in parallel without sharing state.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const prefix = `mbtest-${randomBytes(4).toString('hex')}`;
  const vars = validateEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'moral-bank-test-')),
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    PII_HASH_KEY: 'test-pii-key-test-pii-key-test-pii-key-01',
    LOGIN_RATE_LIMIT: '1000',
    PUBLIC_RATE_LIMIT: '1000000',
    DATABASE_POOL_SIZE: '5',
    QUEUE_PREFIX: prefix,
    // Browser tests may serve a build of their own (npx vite build … --outDir <dir>).
    ...(process.env.WEB_DIR ? { WEB_DIR: process.env.WEB_DIR } : {}),
    ...options.env,
  });
  const queue = options.queue ?? (has('redis') || options.redisUrl ? 'redis' : 'in-process');
  const config = buildConfig(
    vars,
    { kind: 'url', url: database.url },
    queue === 'redis' ? { kind: 'redis', url: options.redisUrl ?? TEST_REDIS_URL } : { kind: 'in-process', url: null },
  );
  const app = await createApp(config);
  recordErrorCodes(app);
  await app.init();
  const server = app.getHttpServer();
  let stopped: Promise<void> | null = null;
  // Connections a browser test left open (keep-alive, a request cut short) must not hold the close.
  const stop = () => (stopped ??= (server.closeAllConnections?.(), app.close()));
  return {
    app,
    config,
    db: app.get(DataSource),
    http: () => request(server),
    stop,
    close: async () => {
      await stop();
      flushErrorCodes();
      await database.drop();
      if (queue === 'redis' && !options.redisUrl) await deleteKeys(config.queue.prefix);
    },
  };
}

/**
 * The app of the calling describe block: started in a beforeAll, closed in an afterAll. What it
 * returns stands for that app (every member forwards to it), so tests and later hooks can use it.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): TestApp => {
    if (!started) throw new Error('the test app runs only within tests and hooks');
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get config() {
      return current().config;
    },
    get db() {
      return current().db;
    },
    http: () => current().http(),
    stop: () => current().stop(),
    close: () => current().close(),
  };
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
