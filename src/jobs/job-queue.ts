import type { JobName, JobPayloads } from './job-catalogue.js';

/** What the queue knows of a job: still to run or running, ended, or nothing (never added, or forgotten). */
export type JobState = { state: 'live' } | { state: 'completed' } | { state: 'failed'; reason: string } | { state: 'missing' };

/** Where work is sent: BullMQ on Redis, or the in-process runner. */
export abstract class JobQueue {
  abstract readonly kind: 'redis' | 'in-process';
  /** Adds a job (once per id); with `delayMs` it runs no sooner than that. */
  abstract enqueue<K extends JobName>(name: K, payload: JobPayloads[K], jobId: string, options?: { delayMs?: number }): Promise<void>;
  /** The state of a job by id; throws when the queue cannot be reached in time. */
  abstract state(jobId: string): Promise<JobState>;
  /**
   * Registers (or replaces) a repeating job by its scheduler id, on a cron pattern in a timezone.
   * Registering the same id again, from any instance, keeps one schedule.
   */
  abstract schedule<K extends JobName>(
    schedulerId: string,
    cron: { pattern: string; tz: string },
    name: K,
    payload: JobPayloads[K],
  ): Promise<void>;
  abstract unschedule(schedulerId: string): Promise<void>;
  /** Round trip to the backend, for health checks. */
  abstract ping(): Promise<void>;
}
