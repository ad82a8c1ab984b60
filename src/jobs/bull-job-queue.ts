import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { JOB_ATTEMPTS, JOB_BACKOFF_MS, JOB_QUEUE, type JobName, type JobPayloads } from './job-catalogue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue, type JobState } from './job-queue.js';

/** Commands wait while Redis is away; a caller that must not wait gives up after 2 s. */
async function withinTime<T>(work: Promise<T>, ms = 2000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class BullJobQueue extends JobQueue {
  readonly kind = 'redis' as const;

  constructor(@InjectQueue(JOB_QUEUE) private readonly queue: Queue) {
    super();
  }

  async enqueue<K extends JobName>(name: K, payload: JobPayloads[K], jobId: string, options: { delayMs?: number } = {}): Promise<void> {
    await this.queue.add(name, payload, {
      jobId,
      ...(options.delayMs ? { delay: options.delayMs } : {}),
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async state(jobId: string): Promise<JobState> {
    const job = await withinTime(this.queue.getJob(jobId));
    if (!job) return { state: 'missing' };
    const state = await withinTime(job.getState());
    if (state === 'completed') return { state: 'completed' };
    if (state === 'failed') return { state: 'failed', reason: job.failedReason || 'the job failed' };
    return state === 'unknown' ? { state: 'missing' } : { state: 'live' };
  }

  async schedule<K extends JobName>(
    schedulerId: string,
    cron: { pattern: string; tz: string },
    name: K,
    payload: JobPayloads[K],
  ): Promise<void> {
    await this.queue.upsertJobScheduler(
      schedulerId,
      { pattern: cron.pattern, tz: cron.tz },
      {
        name,
        data: payload,
        opts: {
          attempts: JOB_ATTEMPTS,
          backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
          removeOnComplete: { count: 100 },
          removeOnFail: { count: 100 },
        },
      },
    );
  }

  async unschedule(schedulerId: string): Promise<void> {
    await this.queue.removeJobScheduler(schedulerId);
  }

  /** A real round trip, bounded: commands wait while Redis is away, health must not. */
  async ping(): Promise<void> {
    await withinTime(this.queue.getJobCounts('waiting'));
  }
}

/**
 * The BullMQ worker class: hands each job to its registered handler. It is created idle and
 * starts taking jobs at application bootstrap, once every module has registered its handlers. A
 * job's lock lasts `stallMs` without renewal, and the worker looks for stalled jobs (those whose
 * worker died) as often: such a job runs again, or fails the second time.
 */
export function bullJobProcessor(stallMs: number): new (handlers: JobHandlers) => WorkerHost & OnApplicationBootstrap {
  @Processor(JOB_QUEUE, { concurrency: 2, autorun: false, lockDuration: stallMs, stalledInterval: stallMs })
  class BullJobProcessor extends WorkerHost implements OnApplicationBootstrap {
    private readonly logger = new Logger('Jobs');

    constructor(private readonly handlers: JobHandlers) {
      super();
    }

    onApplicationBootstrap(): void {
      this.handlers.assertComplete();
      this.worker.run().catch((err: unknown) => this.logger.error({ err }, 'job worker stopped'));
    }

    async process(job: Job): Promise<void> {
      const attempt = job.attemptsMade + 1;
      const attempts = job.opts.attempts ?? 1;
      this.logger.log({ jobId: job.id, name: job.name, attempt }, 'job started');
      await this.handlers.run(job.name as JobName, job.data as JobPayloads[JobName], { attempt, finalAttempt: attempt >= attempts });
    }
  }
  return BullJobProcessor;
}
