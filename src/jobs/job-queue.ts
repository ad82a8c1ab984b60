import type { JobName, JobPayloads } from './job-catalogue.js';

/** Where work is sent: BullMQ on Redis, or the in-process runner. */
export abstract class JobQueue {
  abstract readonly kind: 'redis' | 'in-process';
  abstract enqueue<K extends JobName>(name: K, payload: JobPayloads[K], jobId: string): Promise<void>;
  /** Round trip to the backend, for health checks. */
  abstract ping(): Promise<void>;
}
