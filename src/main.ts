import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigError } from './config/env.js';
import { nodeVersionWarning } from './config/node-version.js';
import { checkBackends } from './config/preflight.js';
import { resolveRuntime, type Runtime } from './config/runtime.js';
import { seedDemo } from './demo/seed-demo.js';

/** Listens on the configured port; a port in use is a one-line configuration error, not a stack. */
async function listen(app: Awaited<ReturnType<typeof createApp>>, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (e) {
    if ((e as { code?: string }).code !== 'EADDRINUSE') throw e;
    await app.close();
    throw new ConfigError(`Port ${config.port} on ${config.host} is in use by another program: stop it, or set PORT to a free port.`);
  }
}

async function main(): Promise<void> {
  const runtime = await resolveRuntime();
  try {
    await serve(runtime);
  } catch (e) {
    // Whatever stopped the start, the embedded database (if this process started it) stops too.
    await runtime.stop().catch(() => undefined);
    throw e;
  }
}

async function serve(runtime: Runtime): Promise<void> {
  const { config } = runtime;
  await checkBackends(config);
  const app = await createApp(config);
  const logger = new Logger('Main');
  const oldNode = nodeVersionWarning();
  if (oldNode) logger.warn(oldNode);
  logger.log(
    `Database: ${config.database.kind === 'embedded' ? `embedded PostgreSQL (data in ${config.dataDir}/pg)` : config.database.kind === 'local' ? 'local PostgreSQL on 127.0.0.1:5432' : 'DATABASE_URL'}; ` +
      `jobs: ${config.queue.kind === 'redis' ? `BullMQ on Redis${config.workerEnabled ? ', worker in this process' : ', workers run separately (npm run worker)'}` : 'in-process runner (no Redis)'}`,
  );
  // Graceful shutdown: stop taking requests, let jobs and queries finish, then stop the embedded database.
  // The embedded database's package stops it on SIGTERM by itself and then exits (code 143) while
  // requests, jobs and the audit log may still be writing; this process stops it in its own order.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    app
      .close()
      .then(() => runtime.stop())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          console.error(err);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  if (process.argv.includes('--demo')) {
    // Modules register their job handlers and tracked work at init: the seed queues a ranking run.
    await app.init();
    const seeded = await seedDemo(app);
    await listen(app, config);
    const base = `http://localhost:${config.port}`;
    console.log(seeded.summary(base));
    return;
  }
  await listen(app, config);
  logger.log(`Listening on http://localhost:${config.port} — API under /api/v1, docs at /docs, health at /health`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exit(1);
});
