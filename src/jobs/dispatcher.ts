import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { TrackedJobName } from './job-catalogue.js';
import { JobQueue } from './job-queue.js';
import { TrackedRows, type TrackedWork } from './tracked-work.js';

/**
 * Hands the work of database rows to the queue. A request writes its row and calls `dispatch`,
 * which records the dispatch in the row and sends the job without waiting for the queue: with
 * Redis away the request still answers at once, and the reconciler sends the work again.
 * Every dispatch has a job id of its own, so a job id left in Redis (a restored database reuses
 * row ids) never swallows new work.
 */
@Injectable()
export class JobDispatcher {
  private readonly logger = new Logger('Jobs');
  private readonly works = new Map<TrackedJobName, { work: TrackedWork; rows: TrackedRows }>();

  constructor(
    private readonly db: DataSource,
    private readonly queue: JobQueue,
  ) {}

  /** Called by the module that owns the rows, in `onModuleInit`; one per job. */
  register(work: TrackedWork): void {
    if (this.works.has(work.job)) throw new Error(`Tracked work for job ${work.job} is registered already`);
    this.works.set(work.job, { work, rows: new TrackedRows(this.db, work.table) });
  }

  tracked(): { work: TrackedWork; rows: TrackedRows }[] {
    return [...this.works.values()];
  }

  /** Records a new dispatch of the row and sends its job; false when the row is no longer pending. */
  async dispatch(job: TrackedJobName, id: string | number): Promise<boolean> {
    const tracked = this.works.get(job);
    if (!tracked) throw new Error(`No tracked work registered for job ${job}`);
    const next = await tracked.rows.record(String(id), `${job}-${id}-`, `-${randomBytes(4).toString('hex')}`);
    if (!next) return false;
    this.queue
      .enqueue(job, tracked.work.payload(String(id), next.dispatch), next.jobId)
      .catch((err: unknown) =>
        this.logger.warn({ err, job, id, jobId: next.jobId }, 'could not queue the job; the reconciler will send it again'),
      );
    return true;
  }
}
