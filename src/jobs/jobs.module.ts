import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { bullJobProcessor, BullJobQueue } from './bull-job-queue.js';
import { JobDispatcher } from './dispatcher.js';
import { Reconciler } from './reconciler.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JOB_QUEUE } from './job-catalogue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue } from './job-queue.js';

/**
 * BullMQ on Redis when the configuration has a Redis, else the in-process runner.
 * Workers run in this process unless WORKER_ENABLED=false (then `npm run worker` runs them).
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (config.queue.kind === 'in-process' || !config.queue.url) {
      return {
        module: JobsModule,
        providers: [JobHandlers, InProcessJobQueue, { provide: JobQueue, useExisting: InProcessJobQueue }, JobDispatcher, Reconciler],
        exports: [JobHandlers, JobQueue, JobDispatcher, Reconciler],
      };
    }
    const url = config.queue.url;
    const providers: Provider[] = [JobHandlers, BullJobQueue, { provide: JobQueue, useExisting: BullJobQueue }, JobDispatcher, Reconciler];
    if (config.workerEnabled) providers.push(bullJobProcessor(config.queue.stallMs));
    return {
      module: JobsModule,
      imports: [
        BullModule.forRoot({
          connection: { url, maxRetriesPerRequest: null },
          prefix: config.queue.prefix,
        }),
        BullModule.registerQueue({ name: JOB_QUEUE }),
      ],
      providers,
      exports: [JobHandlers, JobQueue, JobDispatcher, Reconciler],
    };
  }
}
