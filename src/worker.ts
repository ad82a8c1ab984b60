import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { createRootLogger, PinoLoggerService } from './common/logging/logger.js';
import { AppModule } from './app.module.js';
import { ConfigError } from './config/env.js';
import { resolveRuntime } from './config/runtime.js';

/** A job worker without HTTP, for scaling out: API instances then run with WORKER_ENABLED=false. */
async function main(): Promise<void> {
  const runtime = await resolveRuntime();
  if (runtime.config.queue.kind !== 'redis') {
    console.error('npm run worker needs Redis (set REDIS_URL); without it the API runs jobs in-process.');
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...runtime.config, workerEnabled: true }), {
    logger: new PinoLoggerService(createRootLogger(runtime.config.logLevel)),
  });
  app.enableShutdownHooks();
  await app.init();
  new Logger('Worker').log('Worker started: consuming the jobs queue');
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
