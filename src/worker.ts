import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
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
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...runtime.config, workerEnabled: true }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('Worker started: consuming the jobs queue');
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
