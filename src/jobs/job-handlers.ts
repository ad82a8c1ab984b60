import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JOB_NAMES, type JobContext, type JobHandler, type JobName, type JobPayloads } from './job-catalogue.js';

/**
 * Handlers by job name; the same handlers serve BullMQ workers and the in-process runner.
 * Modules register theirs in `onModuleInit`; the workers take jobs only from application
 * bootstrap on, when every handler is known.
 */
@Injectable()
export class JobHandlers implements OnApplicationBootstrap {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  /** Registers the one handler of a job; a second handler for the same job fails start-up. */
  register<K extends JobName>(name: K, handler: JobHandler<K>): void {
    if (this.handlers.has(name)) throw new Error(`A handler for job ${name} is registered already`);
    this.handlers.set(name, handler as JobHandler<JobName>);
  }

  /** Throws unless every job of the catalogue has a handler. */
  assertComplete(): void {
    const missing = JOB_NAMES.filter((n) => !this.handlers.has(n));
    if (missing.length > 0) throw new Error(`No handler registered for job(s): ${missing.join(', ')}`);
  }

  /** Start-up fails if a job of the catalogue has no handler. */
  onApplicationBootstrap(): void {
    this.assertComplete();
  }

  async run<K extends JobName>(name: K, payload: JobPayloads[K], ctx: JobContext): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for job ${name}`);
    await handler(payload, ctx);
  }
}
