import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { CronExpressionParser } from 'cron-parser';
import { JOB_ATTEMPTS, JOB_BACKOFF_MS, type JobName, type JobPayloads } from './job-catalogue.js';
import { JobHandlers } from './job-handlers.js';
import { JobQueue, type JobState } from './job-queue.js';

/**
 * Runs jobs in this process when there is no Redis: same handlers, same retries with
 * exponential backoff, duplicates dropped by job id while the job is pending.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue implements OnApplicationShutdown {
  readonly kind = 'in-process' as const;
  private readonly logger = new Logger('InProcessJobs');
  private readonly pending = new Map<string, Promise<void>>();
  private stopping = false;
  private readonly stopped = new AbortController();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly handlers: JobHandlers) {
    super();
  }

  enqueue<K extends JobName>(name: K, payload: JobPayloads[K], jobId: string, options: { delayMs?: number } = {}): Promise<void> {
    if (this.stopping || this.pending.has(jobId)) return Promise.resolve();
    const run = this.runWithRetries(name, payload, jobId, options.delayMs ?? 0).finally(() => this.pending.delete(jobId));
    this.pending.set(jobId, run);
    return Promise.resolve();
  }

  /** Only this process runs its jobs: a job is live while it is pending here, and forgotten after. */
  state(jobId: string): Promise<JobState> {
    return Promise.resolve(this.pending.has(jobId) ? { state: 'live' } : { state: 'missing' });
  }

  private async runWithRetries<K extends JobName>(name: K, payload: JobPayloads[K], jobId: string, delayMs: number): Promise<void> {
    if (delayMs > 0) {
      // A delayed job waits without holding the process; stopping the service drops it (in-process jobs live in this process alone).
      const waited = await sleep(delayMs, true, { signal: this.stopped.signal, ref: false }).catch(() => false);
      if (!waited) return;
    } else {
      await sleep(0);
    }
    for (let attempt = 1; attempt <= JOB_ATTEMPTS && !this.stopping; attempt++) {
      try {
        await this.handlers.run(name, payload, { attempt, finalAttempt: attempt === JOB_ATTEMPTS });
        return;
      } catch (err) {
        this.logger.warn({ err, jobId, attempt }, 'job attempt failed');
        if (attempt < JOB_ATTEMPTS) await sleep(JOB_BACKOFF_MS * 2 ** (attempt - 1));
      }
    }
  }

  /** Without Redis, schedules live in this process: the next time of the cron pattern, then again. */
  schedule<K extends JobName>(schedulerId: string, cron: { pattern: string; tz: string }, name: K, payload: JobPayloads[K]): Promise<void> {
    this.clear(schedulerId);
    const arm = () => {
      const next = CronExpressionParser.parse(cron.pattern, { tz: cron.tz, currentDate: new Date() }).next().toDate();
      // Timers hold at most ~24.8 days; a later time is reached in steps.
      const wait = Math.min(next.getTime() - Date.now(), 2 ** 31 - 1);
      const timer = setTimeout(
        () => {
          if (Date.now() + 1000 >= next.getTime()) void this.enqueue(name, payload, `${schedulerId}-${next.getTime()}`);
          arm();
        },
        Math.max(0, wait),
      );
      timer.unref();
      this.timers.set(schedulerId, timer);
    };
    if (!this.stopping) arm();
    return Promise.resolve();
  }

  unschedule(schedulerId: string): Promise<void> {
    this.clear(schedulerId);
    return Promise.resolve();
  }

  private clear(schedulerId: string): void {
    const timer = this.timers.get(schedulerId);
    if (timer) clearTimeout(timer);
    this.timers.delete(schedulerId);
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }

  /** Lets running jobs finish; unfinished work is picked up again at the next start. */
  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    for (const id of [...this.timers.keys()]) this.clear(id);
    await Promise.allSettled([...this.pending.values()]);
  }
}
