import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { createRootLogger, PinoLoggerService } from './common/logging/logger.js';
import { AppModule } from './app.module.js';
import { ConfigError } from './config/env.js';
import { nodeVersionWarning } from './config/node-version.js';
import { checkBackends } from './config/preflight.js';
import { resolveRuntime } from './config/runtime.js';
import { heartbeatFile, startHeartbeat } from './health/worker-heartbeat.js';
import { JobQueue } from './jobs/job-queue.js';
import { DataSource } from 'typeorm';

/** A job worker without HTTP, for scaling out: API instances then run with WORKER_ENABLED=false. */
async function main(): Promise<void> {
  const runtime = await resolveRuntime();
  if (runtime.config.queue.kind !== 'redis') {
    console.error('npm run worker needs Redis (set REDIS_URL); without it the API runs jobs in-process.');
    process.exit(1);
  }
  await checkBackends(runtime.config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...runtime.config, workerEnabled: true }), {
    logger: new PinoLoggerService(createRootLogger(runtime.config.logLevel)),
  });
  await app.init();
  const logger = new Logger('Worker');
  const oldNode = nodeVersionWarning();
  if (oldNode) logger.warn(oldNode);
  logger.log('Worker started: consuming the jobs queue');
  // No HTTP here: the container's health check (node dist/src/worker-health.js) reads this heartbeat.
  const db = app.get(DataSource);
  const queue = app.get(JobQueue);
  const stopHeartbeat = startHeartbeat(
    async () => {
      await db.query('SELECT 1');
      await queue.ping();
    },
    heartbeatFile(),
    (err) => logger.warn(`Heartbeat skipped: ${err instanceof Error ? err.message : String(err)}`),
  );
  // Graceful shutdown (docker stop, Ctrl-C): running jobs finish, then exit 0.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    stopHeartbeat();
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    app.close().then(
      () => runtime.stop().then(() => process.exit(0)),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
